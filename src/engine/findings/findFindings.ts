/**
 * Every finding of the document, in one order (see `types.ts` for what a
 * finding is).
 */
import type { Doc } from '../../model';
import { egressWithoutDns } from './dns';
import { namedPortUndeclared } from './ports';
import { ingressFromAnywhere, workloadUnreachable } from './reach';
import { redundantFindings } from './redundant';
import { peersCombined, peersSeparate } from './peers';
import { policySelectsNothing } from './selectsNothing';
import { serviceSelectsNothing, servicePortNotTargetPort } from './services';
import type { PolicyIndex } from '../compile/policyIndex';
import type { Finding, FindingKind } from './types';

const KIND_ORDER: readonly FindingKind[] = [
  'workloadUnreachable',
  'egressWithoutDns',
  'peersSeparate',
  'peersCombined',
  'namedPortUndeclared',
  'servicePortNotTargetPort',
  'policySelectsNothing',
  'serviceSelectsNothing',
  'ingressFromAnywhere',
  'policyRedundant',
  'ruleRedundant',
];

/**
 * Every finding of the document: warnings first, then by kind, then in
 * document order. `index` is the document's compiled index (from
 * `compilePolicies(doc)` or an evaluator). The redundancy check, the costly
 * one, is bounded (see `findingsRedundant.ts`); the others are linear in the
 * rules and pods (a few milliseconds on 1,000 pods).
 */
export function findFindings(doc: Doc, index: PolicyIndex): Finding[] {
  const all = [
    ...workloadUnreachable(doc, index),
    ...egressWithoutDns(doc, index),
    ...peersSeparate(doc, index),
    ...peersCombined(doc, index),
    ...namedPortUndeclared(doc, index),
    ...servicePortNotTargetPort(doc, index),
    ...serviceSelectsNothing(doc),
    ...policySelectsNothing(doc, index),
    ...ingressFromAnywhere(doc, index),
    ...redundantFindings(doc, index),
  ];
  const rank = (f: Finding): number =>
    (f.severity === 'warning' ? 0 : KIND_ORDER.length) + KIND_ORDER.indexOf(f.kind);
  return all
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
}
