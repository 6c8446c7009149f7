/**
 * The policy a lesson step shows beside the canvas: that policy's YAML alone
 * (as the exporter writes it), line by line, with the lines the step marks.
 */
import { loadYaml, serializePolicies } from '../../io';
import type { Doc, NetworkPolicy } from '../../model';
import { EMPTY_DOC } from '../../model';
import type { LessonPolicyShow } from './lesson';

export interface PolicyListingLine {
  readonly text: string;
  readonly marked: boolean;
}

export interface PolicyListing {
  /** `prod/db-policy`. */
  readonly name: string;
  readonly lines: readonly PolicyListingLine[];
}

/** The policy `name` (`namespace/name`) of `doc`, or undefined. */
export function lessonPolicyOf(doc: Doc, name: string): NetworkPolicy | undefined {
  return doc.policies.find((p) => `${p.metadata.namespace}/${p.metadata.name}` === name);
}

/** The listing of the policy `show` names, or null when `doc` has no such policy. */
export function lessonPolicyListing(doc: Doc, show: LessonPolicyShow): PolicyListing | null {
  const policy = lessonPolicyOf(doc, show.name);
  if (policy === undefined) return null;
  const text = serializePolicies({ ...EMPTY_DOC, policies: [policy] });
  const loaded = loadYaml({ name: `${show.name}.yaml`, text });
  if (!loaded.ok) throw new Error(`the exporter wrote YAML it cannot read: ${show.name}`);
  const marked = new Set((show.marks ?? []).map((path) => loaded.locate(0, path).line));
  const lines = text
    .replace(/\n$/, '')
    .split('\n')
    .map((line, i) => ({ text: line, marked: marked.has(i + 1) }));
  return { name: show.name, lines };
}
