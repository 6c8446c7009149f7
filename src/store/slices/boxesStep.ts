import { OUTSIDE_GROUP_ID, OUTSIDE_GROUP_NAME } from '../ids';

/** How many boxes a step names one by one; more are counted. */
const NAMED_BOXES = 3;

/**
 * What a user's Expand or Collapse did, as the status line says it when it is undone:
 * "Expanded ns-9", "Collapsed ns-4 and ns-9", "Expanded 12 boxes".
 */
export function boxesStepText(names: readonly string[], collapse: boolean): string {
  const verb = collapse ? 'Collapsed' : 'Expanded';
  const shown = names.map((name) => (name === OUTSIDE_GROUP_ID ? OUTSIDE_GROUP_NAME : name));
  if (shown.length > NAMED_BOXES) return `${verb} ${String(shown.length)} boxes`;
  const last = shown.at(-1) ?? '';
  return shown.length <= 1
    ? `${verb} ${last}`
    : `${verb} ${shown.slice(0, -1).join(', ')} and ${last}`;
}
