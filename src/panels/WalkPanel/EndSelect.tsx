import type { WalkEnd } from './walkEnds';

/** A labelled choice of one end of the connection to walk. */
export function EndSelect({
  label,
  ends,
  value,
  onChange,
}: {
  label: string;
  ends: readonly WalkEnd[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <label>
      <span>{label}</span>
      <select
        aria-label={label}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        {ends.map((e) => (
          <option key={e.id} value={e.id}>
            {e.label}
          </option>
        ))}
      </select>
    </label>
  );
}
