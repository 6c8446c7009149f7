/**
 * Example designs, opened from the toolbar or with `?fixture=<name>` (the
 * end-to-end tests start from them).
 */
import { parseFiles } from '../io';
import type { Doc } from '../model';
import threeTierYaml from './fixtures/threeTier.yaml?raw';

export const FIXTURES: Readonly<Record<string, { title: string; yaml: string }>> = {
  'three-tier': { title: 'Three-tier application (web, api, db)', yaml: threeTierYaml },
};

/** The document of a fixture, or null when there is no such fixture. */
export function fixtureDoc(name: string): Doc | null {
  // Own names only: `__proto__`, `constructor` or `toString` are not fixtures.
  if (!Object.hasOwn(FIXTURES, name)) return null;
  const fixture = FIXTURES[name];
  if (fixture === undefined) return null;
  const parsed = parseFiles([{ name: `${name}.yaml`, text: fixture.yaml }]);
  if (!parsed.ok)
    throw new Error(`fixture ${name} does not import: ${parsed.issues[0]?.message ?? ''}`);
  return parsed.doc;
}
