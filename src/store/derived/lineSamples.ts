/**
 * The checked connections of one canvas line (each with the verdict that
 * explains it), for the Inspector. Computed here without a derivation
 * worker; with one, the lines arrive without them and the worker sends those
 * of the opened line (`store/worker`).
 */
import type { FlowCheck } from '../../engine';
import type { EditorState } from '../editorState';
import type { FlowGroup } from './flowGroups';
import { memoWeak } from './memoWeak';
import { selectFlowGroups } from './selectors';

const NONE: readonly FlowCheck[] = [];

const samplesOfGroup = memoWeak((group: FlowGroup): readonly FlowCheck[] =>
  group.flows.flatMap((f) => (f.sample === null ? [] : [f.sample])),
);

/** The checked connections of line `id`; null while the worker has not sent them yet. */
export function selectLineSamples(state: EditorState, id: string): readonly FlowCheck[] | null {
  const group = selectFlowGroups(state).find((g) => g.id === id);
  if (group === undefined) return NONE;
  const { derived } = state;
  if (derived === null) return samplesOfGroup(group);
  const sent = derived.samples;
  return sent !== null && sent.id === id && sent.doc === derived.lines?.doc ? sent.samples : null;
}
