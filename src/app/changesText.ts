/** "What changed" after drawing a flow, in one line for the status line. */
import type { VerdictChange } from '../engine';
import { endLabel, portText } from '../engine';

function pathText(c: VerdictChange): string {
  return `${endLabel(c.from)} → ${endLabel(c.to)} ${portText(c)}`;
}

export function changesText(done: string, changes: readonly VerdictChange[]): string {
  const blocked = changes.filter((c) => c.before && !c.after).map(pathText);
  const allowed = changes.filter((c) => !c.before && c.after).map(pathText);
  const parts = [`${done}.`];
  if (allowed.length > 0) parts.push(`Now allowed: ${allowed.join(', ')}.`);
  if (blocked.length > 0) parts.push(`Now blocked: ${blocked.join(', ')}.`);
  return parts.join(' ');
}
