/**
 * `--infer` (reach, explain, check, diff): for namespaces with policies and no pods (a Git
 * folder of policies), the pods the policies select are added (`withInferred`, as the canvas
 * does); reach lists them, each marked `(inferred)`. Without the flag, a note on stderr says
 * that the flag exists.
 */
import {
  inferWorkloads,
  inferredPodsText,
  namesJoin,
  withInferred,
  workloadPortsText,
} from '../engine';
import type { Doc, Workload } from '../model';
import { flagSet } from './args';
import type { ParsedArgs } from './args';
import { writeLines } from './context';
import type { CliContext } from './context';
import { PROGRAM } from './help';
import { INFER_FLAG } from './options';

/**
 * The lines that list the inferred pods, with the ports they were given (a
 * named port's number is made up, so it is shown with its name):
 * `shop/web (inferred): pods with app=web; ports TCP 8080; from shop/web`.
 */
export function inferredPodLines(inferred: readonly Workload[]): string[] {
  if (inferred.length === 0) return [];
  return [
    'Pods inferred from the policies (their namespaces have policies and no pods in the input):',
    ...inferred.map((w) => {
      const policies = w.inferred?.policies ?? [];
      const what = w.inferred === undefined ? '' : inferredPodsText(w.inferred);
      const ports = workloadPortsText(w);
      const portsText = ports.length === 0 ? 'no ports' : `ports ${ports.join(', ')}`;
      return `  ${w.namespace}/${w.name} (inferred): ${what}; ${portsText}; from ${policies.join(', ')}`;
    }),
  ];
}

/** The note for input whose namespaces have policies and no pods, when `--infer` is not given. */
export function inferHint(doc: Doc): string | null {
  const namespaces = [...new Set(inferWorkloads(doc).map((w) => w.namespace))];
  if (namespaces.length === 0) return null;
  const which = namesJoin(namespaces);
  const have = namespaces.length === 1 ? 'has' : 'have';
  return `namespace${namespaces.length === 1 ? '' : 's'} ${which} ${have} policies and no pods; --infer adds the pods the policies select`;
}

/**
 * The designs a command answers for: with `--infer`, each with the pods its policies select
 * added; without, as given, and the note (`inferHint`) on stderr when the flag would add some.
 */
export async function inferredDocs(
  command: string,
  args: ParsedArgs,
  docs: readonly Doc[],
  ctx: CliContext,
): Promise<Doc[]> {
  if (flagSet(args, INFER_FLAG.name)) return docs.map(withInferred);
  const hint = docs.map(inferHint).find((h) => h !== null) ?? null;
  if (hint !== null) await writeLines(ctx.stderr, [`${PROGRAM} ${command}: ${hint}`]);
  return [...docs];
}
