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
 * The Legend button, beside the zoom controls: opens and closes the lines' legend; closed by
 * default, kept open or closed per browser (a setting of the store, saved with the others by
 * `settingsStorage.ts`).
 */
export function LegendToggle() {
  const open = useEditorStore((s) => s.legendOpen);
  const setOpen = useEditorStore((s) => s.setLegendOpen);
  return (
    <Panel position="bottom-left" className="nc-legend">
      <button
        type="button"
        className="nc-legend-toggle"
        aria-expanded={open}
        aria-controls={open ? LEGEND_ID : undefined}
        onClick={() => {
          setOpen(!open);
        }}
      >
        Legend
      </button>
    </Panel>
  );
}

const LEGEND_ID = 'nc-line-legend';

/**
 * What each look of a line means, in the words of the lines' labels and the Inspector: opened,
 * a strip along the foot of the canvas, under the Legend button, as the palette is a strip
 * above it. It takes its room from the canvas, so it never lies over a card (opened over the
 * canvas, it hid the cards in its corner: three tiers' dev/api, the Boutique's all-pods,
 * presented); the camera the app aimed (a fit, Find, Show) is aimed again in the canvas left.
 */
export function LineLegend() {
  const open = useEditorStore((s) => s.legendOpen);
  if (!open) return null;
  return (
    <dl id={LEGEND_ID} className="nc-legend-list" aria-label="What the lines mean">
      {LOOKS.map((look) => (
        <div key={look.edge} className="nc-legend-row">
          <dt>
            <LookSample look={look} />
            <span className={`nc-edge-label ${look.edge}`}>{look.label}</span>
          </dt>
          <dd>{look.meaning}</dd>
        </div>
      ))}
    </dl>
  );
}
