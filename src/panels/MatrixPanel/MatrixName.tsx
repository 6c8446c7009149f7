import type { MatrixNode } from '../../store';
import { matrixNodeName } from '../../store';
import { middleCut } from './headerSizes';

/** The mark of a pod inferred from the policies, in place of the words `(inferred)`. */
export const INFERRED_MARK = '◌';

/** The least a namespace written before a name keeps when both cannot read whole (`kube…/`). */
const NAMESPACE_LEAST = 6;

/**
 * What a header writes of a workload in `letters`: its namespace (when it says it, `dev/`) and
 * its name, cut in its middle so that its end reads, the namespace giving way first.
 */
export function headerParts(
  node: MatrixNode,
  namespace: string | null,
  letters: number,
): { readonly namespace: string | null; readonly name: string } {
  const room = letters - (node.inferred ? 2 : 0);
  if (namespace === null) return { namespace: null, name: middleCut(node.name, room) };
  const whole = `${namespace}/`;
  const name = middleCut(node.name, room - Math.min(whole.length, NAMESPACE_LEAST));
  const left = Math.max(NAMESPACE_LEAST, room - Array.from(name).length);
  const shown =
    whole.length <= left
      ? whole
      : `${Array.from(namespace)
          .slice(0, left - 2)
          .join('')}…/`;
  return { namespace: shown, name };
}

/**
 * A workload's name in a header, after a small mark when it is inferred from the policies (its
 * accessible name, tooltip and focus tip read it whole, `headerTip`).
 */
export function MatrixName({ node, name }: { node: MatrixNode; name: string }) {
  return (
    <>
      {node.inferred && (
        <span className="matrix-inferred" aria-hidden="true">
          {INFERRED_MARK}{' '}
        </span>
      )}
      {name}
    </>
  );
}

/** What a header's focus tip and tooltip read: `kube-system/app-web (inferred)`. */
export function headerTip(node: MatrixNode): string {
  const name = matrixNodeName(node);
  return node.namespace === null ? name : `${node.namespace}/${name}`;
}
