/**
 * The connectivity diff on random pairs of documents (the same pods with other
 * policies or labels, or two unrelated documents) equals the cell-by-cell
 * difference of the two versions' all-pairs answers, computed by the naive
 * per-pair evaluator: same pods, same ports, nothing more, nothing less.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../model';
import { podKeyOf } from '../../model';
import { arbDoc } from '../__fixtures__/arbitraries';
import { naiveAllowed } from '../__fixtures__/naiveEvaluator';
import { propertyRuns } from '../__fixtures__/propertyRuns';
import { compilePolicies } from '../compile/compile';
import { declaredPorts } from '../verdict/declaredPorts';
import { connectivityDiff } from './connectivityDiff';

/** Every cell both versions have whose answer differs: `from>to port/protocol allowed-after`. */
function cellDifference(before: Doc, after: Doc): string[] {
  const keys = (doc: Doc) => doc.workloads.map((w) => podKeyOf(w.namespace, w.name));
  const had = new Set(keys(before));
  const both = keys(after).filter((k) => had.has(k));
  const hadPorts = new Set(declaredPorts(before).map((p) => `${p.port}/${p.protocol}`));
  const cells: string[] = [];
  for (const { port, protocol } of declaredPorts(after)) {
    if (!hadPorts.has(`${port}/${protocol}`)) continue;
    for (const from of both) {
      for (const to of both) {
        const now = naiveAllowed(after, from, to, port, protocol);
        if (now !== naiveAllowed(before, from, to, port, protocol)) {
          cells.push(`${from}>${to} ${port}/${protocol} ${now}`);
        }
      }
    }
  }
  return cells.sort();
}

const evaluated = (doc: Doc) => ({ doc, index: compilePolicies(doc) });

/** The same pods under other policies or other namespace labels, or another document. */
const arbPair: fc.Arbitrary<[Doc, Doc]> = fc.oneof(
  fc.tuple(arbDoc(), arbDoc()).map(([a, b]): [Doc, Doc] => [a, { ...a, policies: b.policies }]),
  fc.tuple(arbDoc(), arbDoc()).map(([a, b]): [Doc, Doc] => [a, { ...a, namespaces: b.namespaces }]),
  fc
    .tuple(arbDoc(), arbDoc())
    .map(([a, b]): [Doc, Doc] => [a, { ...b, workloads: [...b.workloads].reverse() }]),
  fc.tuple(arbDoc(), arbDoc()),
);

describe('the connectivity diff of random documents', () => {
  it('equals the cell-by-cell difference of the two all-pairs answers', () => {
    fc.assert(
      fc.property(arbPair, ([before, after]) => {
        const diff = connectivityDiff(evaluated(before), evaluated(after));
        const cells = diff.pairs
          .flatMap((pair) =>
            [...pair.newlyAllowed, ...pair.newlyBlocked].map(
              (c) => `${pair.from}>${pair.to} ${c.port}/${c.protocol} ${c.allowed}`,
            ),
          )
          .sort();
        expect(cells).toEqual(cellDifference(before, after));
        expect(diff.newlyAllowed + diff.newlyBlocked).toBe(cells.length);
        for (const pair of diff.pairs) {
          expect(pair.newlyAllowed.every((c) => c.allowed)).toBe(true);
          expect(pair.newlyBlocked.every((c) => !c.allowed)).toBe(true);
          // Every change is explained by at least one policy or rule.
          for (const c of [...pair.newlyAllowed, ...pair.newlyBlocked]) {
            expect(c.because.length).toBeGreaterThan(0);
          }
        }
      }),
      propertyRuns(1000),
    );
  });
});
