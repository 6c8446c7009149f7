/**
 * What a workload's card says under its name, and how tall the card is at
 * full zoom at the desk: a name on two lines (`app-recommendation|service`),
 * or a kind too wide to sit beside its name, takes a line of its own, and so
 * does a Service; the card grows by those lines rather than crowding its
 * small print into the badge row. The automatic layout (`elkGraph.ts`), the
 * canvas (`toFlowNodes.ts`) and the namespace boxes size a card the same.
 * The heights are Chromium's for the card's type (`canvas.css`).
 */
import { replicasText } from '../engine';
import type { Workload } from '../model';
import { WORKLOAD_SIZE } from './layoutGeometry';
import type { Size } from './layoutGeometry';
import { NAME_EM } from './nameEm';

/** "Deployment", "Deployment · 3 replicas", or what an inferred workload is. */
export function workloadKindText(w: {
  readonly kind: Workload['kind'];
  readonly replicas?: number;
  readonly inferred?: object;
}): string {
  if (w.inferred !== undefined) return 'inferred from policies';
  return w.replicas === undefined ? w.kind : `${w.kind} · ${replicasText(w.replicas)}`;
}

/** What decides a card's height. */
export interface WorkloadCardText {
  readonly name: string;
  /** `workloadKindText` */
  readonly kind: string;
  /** Whether a Service selects it (a line `svc …`). */
  readonly services: boolean;
}

/** The card's width less its padding (10 px) and border (1.5 px) each side. */
const INNER_WIDTH = WORKLOAD_SIZE.width - 22;
/** Padding (8 px) and border (1.5 px) above and below. */
const FRAME = 19;
/** Between the card's rows. */
const GAP = 4;
/** The name's size, and the length beyond which it is drawn smaller to fit two lines. */
const NAME_PX = 14;
const NAME_TWO_LINES = 554;
const NAME_LINE = 16;
/** The kind: 11 px, at most 0.6 em a character; between it and the name. */
const KIND_PX = 11;
const KIND_EM = 0.6;
const KIND_GAP = 6;
const KIND_LINE = 13;
/** Labels, ports and badges (always there), and the Services line. */
const ROWS = 13 + 14 + 15 + 3 * GAP;
const SERVICES_ROW = 13 + GAP;

/** How many lines the name takes at full zoom (`.nc-workload .nc-node-name`), and how wide it is. */
function nameDrawn(name: string): { lines: 1 | 2; width: number } {
  const px = Math.min(NAME_PX, NAME_TWO_LINES / Math.max(1, name.length));
  const width = name.length * NAME_EM * px;
  return { lines: width > INNER_WIDTH ? 2 : 1, width };
}

/** The card's size: `WORKLOAD_SIZE`, taller when its lines need it. */
export function workloadCardSize(card: WorkloadCardText): Size {
  const name = nameDrawn(card.name);
  const kindWidth = card.kind.length * KIND_EM * KIND_PX;
  const kindBeside = name.lines === 1 && name.width + KIND_GAP + kindWidth <= INNER_WIDTH;
  const head = name.lines * NAME_LINE + (kindBeside ? 0 : KIND_LINE);
  const height = FRAME + head + ROWS + (card.services ? SERVICES_ROW : 0);
  return height <= WORKLOAD_SIZE.height ? WORKLOAD_SIZE : { ...WORKLOAD_SIZE, height };
}
