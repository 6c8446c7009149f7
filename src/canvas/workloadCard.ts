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
export const INNER_WIDTH = WORKLOAD_SIZE.width - 22;
/** Padding (8 px) and border (1.5 px) above and below. */
export const FRAME = 19;
/** Between the card's rows. */
const GAP = 4;
/** The name's size, and the length beyond which it is drawn smaller to fit two lines. */
export const NAME_PX = 14;
export const NAME_TWO_LINES = 554;
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

/**
 * Presented at full zoom (`presentation.css`), the card keeps the height the layout gave it
 * (`workloadCardSize`, at the desk's type) and its type fits that height: the name at 20 px, or
 * as large as fits down to the desk's size, and the small print (labels, ports, Services) at
 * 12.5 px, or the desk's 11 px where the name needs the room. Heights are Chromium's.
 */
export interface PresentedType {
  /** The name's size in px. */
  readonly name: number;
  /** The labels', ports' and Services' size in px. */
  readonly small: number;
}

const PRESENTED_NAMES = [20, 19, 18, 17, 16, 15, NAME_PX] as const;
const PRESENTED_SMALL = [12.5, 11] as const;
/** Line heights of the presented type: the name's 1.15 em, the small print's 1.2 em. */
const PRESENTED_NAME_LINE = 1.15;
const PRESENTED_SMALL_LINE = 1.2;
/** The presented kind (12 px) on a line of its own, and the badges' row (unchanged). */
const PRESENTED_KIND_LINE = 15;
const PRESENTED_KIND_PX = 12;
const BADGES_ROW = 15;

function presentedHeight(card: WorkloadCardText, name: number, small: number): number {
  const width = card.name.length * NAME_EM * name;
  const lines = width > INNER_WIDTH ? 2 : 1;
  const kindWidth = card.kind.length * KIND_EM * PRESENTED_KIND_PX;
  const kindBeside = lines === 1 && width + KIND_GAP + kindWidth <= INNER_WIDTH;
  const head =
    Math.ceil(lines * name * PRESENTED_NAME_LINE) + (kindBeside ? 0 : PRESENTED_KIND_LINE + 1);
  const rows = card.services ? 3 : 2;
  const smallRows = rows * Math.ceil(small * PRESENTED_SMALL_LINE);
  return FRAME + head + smallRows + BADGES_ROW + (rows + 1) * GAP;
}

/** The type of a card presented at full zoom: the largest that keeps within its height. */
export function presentedCardType(card: WorkloadCardText): PresentedType {
  const { height } = workloadCardSize(card);
  // Two lines at most: a long name is drawn smaller, as at the desk (`canvas.css`).
  const most = NAME_TWO_LINES / Math.max(1, card.name.length);
  for (const small of PRESENTED_SMALL) {
    for (const size of PRESENTED_NAMES) {
      const name = Math.min(size, most);
      if (presentedHeight(card, name, small) <= height) return { name, small };
    }
  }
  return { name: Math.min(NAME_PX, most), small: KIND_PX };
}
