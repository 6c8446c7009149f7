/**
 * Reading the design to compare with from files: the same reading path and messages as
 * Open file (`parseInWorker`, the first problem and where it is), so a file that opens
 * compares, and one that does not says why in the same words.
 */
import { isFlowLog } from '../../io';
import type { SourceFile } from '../../io';
import type { ComparedDesign } from '../../store';
import { positionsFromDoc } from '../../store';
import { issuesText } from '../import/importSources';
import { parseInWorker } from '../import/parseInWorker';

export type ComparedRead =
  | { readonly ok: true; readonly design: ComparedDesign }
  | { readonly ok: false; readonly error: string };

export async function comparedDesignRead(
  sources: readonly SourceFile[],
  signal: AbortSignal,
): Promise<ComparedRead> {
  const names = sources.map((s) => s.name).join(', ');
  if (sources.length === 0) return { ok: false, error: 'Nothing compared: no file was chosen.' };
  const logs = sources.filter(isFlowLog);
  if (logs.length > 0) {
    return {
      ok: false,
      error: `Nothing compared: ${logs.map((s) => s.name).join(', ')} is a flow log, not a design. Compare with… takes the YAML or JSON that Open file… opens as a design.`,
    };
  }
  let parsed;
  try {
    parsed = await parseInWorker(sources, () => undefined, signal);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Nothing compared: reading ${names} failed (${reason}).` };
  }
  if (!parsed.ok) return { ok: false, error: `Nothing compared. ${issuesText(parsed.issues)}` };
  // Positions travel as annotations: the comparison is about the policies and the pods.
  return { ok: true, design: { name: names, doc: positionsFromDoc(parsed.doc).doc } };
}
