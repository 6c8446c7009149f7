/**
 * Whether a workload is isolated for one direction, in words and in shape,
 * so that it reads without colour (forced colours, a grey-scale handout): a
 * closed padlock and a solid, heavier border for "isolated", an open padlock
 * and a dashed border for "open".
 */
const TITLES = {
  ingress: {
    on: 'Ingress isolated: only traffic some policy allows may come in',
    off: 'Ingress open: no policy selects it for Ingress, so all traffic may come in',
  },
  egress: {
    on: 'Egress isolated: it may only open connections some policy allows',
    off: 'Egress open: no policy selects it for Egress, so it may open any connection',
  },
} as const;

function Padlock({ closed }: { closed: boolean }) {
  return (
    <svg className="nc-badge-lock" viewBox="0 0 10 12" aria-hidden="true" focusable="false">
      <path
        d={closed ? 'M2.5 5.5V3.5a2.5 2.5 0 0 1 5 0v2' : 'M2.5 5.5V3.5a2.5 2.5 0 0 1 5 0'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        transform={closed ? undefined : 'translate(3.2 -1.2)'}
      />
      <rect x="1" y="5.5" width="8" height="6" rx="1" fill="currentColor" />
    </svg>
  );
}

export function IsolationBadge({
  direction,
  isolated,
}: {
  direction: 'ingress' | 'egress';
  isolated: boolean;
}) {
  const state = isolated ? 'isolated' : 'open';
  const text = `${direction} ${state}`;
  return (
    <span
      className={`nc-badge ${isolated ? 'is-on' : 'is-off'}`}
      aria-label={text}
      title={TITLES[direction][isolated ? 'on' : 'off']}
    >
      <Padlock closed={isolated} />
      {direction}
      <span className="nc-badge-state"> {state}</span>
    </span>
  );
}
