import type { PortRef } from '../../store';
import { portKey } from '../../store';
import { portText } from '../../engine';

interface Props {
  readonly ports: readonly PortRef[];
  readonly value: PortRef | null;
  readonly onChange: (port: PortRef | null) => void;
}

const ALL = '';

/** All ports, or one port and protocol. */
export function PortFilter({ ports, value, onChange }: Props) {
  return (
    <label className="matrix-filter">
      Ports
      <select
        value={value === null ? ALL : portKey(value)}
        onChange={(e) => {
          onChange(ports.find((p) => portKey(p) === e.target.value) ?? null);
        }}
      >
        <option value={ALL}>All ports</option>
        {ports.map((p) => (
          <option key={portKey(p)} value={portKey(p)}>
            {portText(p)}
          </option>
        ))}
      </select>
    </label>
  );
}
