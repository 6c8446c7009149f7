import { Panel } from '@xyflow/react';
import './lineLegend.css';
import { useEditorStore } from '../store';

/** One look of a line: drawn with the line's own classes, so it is the line's colour and dash. */
interface Look {
  readonly edge: string;
  readonly label: string;
  readonly meaning: string;
}

const LOOKS: readonly Look[] = [
  { edge: 'is-allowed', label: 'TCP 80', meaning: 'allowed: the ports named get through' },
  { edge: 'is-blocked', label: '⊘ TCP 80', meaning: 'blocked by the policies' },
  {
    edge: 'is-partial',
    label: '◐ all ports',
    meaning: 'partly blocked: some ports or pods get through, others not',
  },
  {
    edge: 'is-path is-allowed',
    label: 'TCP 80',
    meaning: 'a picked workload’s connection (its blocked ones faint)',
  },
  { edge: 'is-allowed is-picked', label: 'TCP 80', meaning: 'the line explained in the Inspector' },
];

const LABEL_SIZE = { fontSize: 'var(--nc-legend-label-size)' } as const;

function LookSample({ look }: { look: Look }) {
  return (
    <svg className="nc-legend-line" width="44" height="14" aria-hidden="true">
      <g className={`nc-edge ${look.edge}`}>
        <path className="nc-edge-path" d="M3 7 H41" fill="none" />
      </g>
    </svg>
  );
}

/**
 * What each look of a line means, in the words of the lines' labels and the Inspector, opened
 * from a button beside the zoom controls; closed by default, kept open or closed per browser (a setting of the store, saved with the
 * others by `settingsStorage.ts`).
 */
export function LineLegend() {
  const open = useEditorStore((s) => s.legendOpen);
  const setOpen = useEditorStore((s) => s.setLegendOpen);
  return (
    <Panel position="bottom-left" className="nc-legend">
      {open && (
        <dl className="nc-legend-list" aria-label="What the lines mean">
          {LOOKS.map((look) => (
            <div key={look.edge} className="nc-legend-row">
              <dt>
                <LookSample look={look} />
                {/* Its own size at every zoom (a line's label grows as the canvas zooms out). */}
                <span className={`nc-edge-label ${look.edge}`} style={LABEL_SIZE}>
                  {look.label}
                </span>
              </dt>
              <dd>{look.meaning}</dd>
            </div>
          ))}
        </dl>
      )}
      <button
        type="button"
        className="nc-legend-toggle"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
        }}
      >
        Legend
      </button>
    </Panel>
  );
}
