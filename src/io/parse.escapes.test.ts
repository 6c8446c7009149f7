/**
 * Names, kinds, keys and values read from a file may hold characters a terminal acts on (ESC
 * sequences that clear the screen, CR, BEL, C1 controls, U+2028). No issue repeats them raw:
 * the command line prints issues as they are.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFiles } from './parse';
import { yamlDump } from './text/yaml';
import { propertyRuns } from '../engine/__fixtures__/propertyRuns';

// eslint-disable-next-line no-control-regex -- the characters under test
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const HOSTILE = ['\u001b[2J\u001b[Hok', 'a\rb', '\u0007', 'x\u009b1m', 'y\u2028z', 'q\u202ep'];

const API_VERSIONS: Readonly<Record<string, string>> = {
  NetworkPolicy: 'networking.k8s.io/v1',
  Deployment: 'apps/v1',
  ExternalEndpoint: 'netpol-canvas.dev/v1alpha1',
};

function issuesOf(value: unknown): { path: string; message: string }[] {
  return parseFiles([{ name: 'in.yaml', text: yamlDump(value) }]).issues;
}

describe('when names and fields hold control characters', () => {
  it('escapes them in every issue message and path', () => {
    const hostile = fc.constantFrom(...HOSTILE);
    const text = fc.string({ unit: fc.constantFrom('\u001b', '\r', '\u009b', '\u2028', 'a') });
    const kind = fc.constantFrom(
      'NetworkPolicy',
      'Pod',
      'Namespace',
      'Deployment',
      'ExternalEndpoint',
      'Service',
    );
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3, stringUnit: text }), hostile, kind, (spec, h, k) => {
        const metadata = {
          name: `n${h}`,
          namespace: h,
          labels: { [h]: h },
          annotations: { 'netpol-canvas.dev/name': h },
        };
        const object = { apiVersion: API_VERSIONS[k] ?? 'v1', kind: k, metadata, spec };
        for (const issue of [...issuesOf(object), ...issuesOf({ ...object, spec: { [h]: spec } })])
          expect(`${issue.path} ${issue.message}`).not.toMatch(UNPRINTABLE);
      }),
      propertyRuns(100),
    );
  });

  it('escapes them in the warning for a kind that is not read', () => {
    const [clear = '', , , c1 = '', separator = ''] = HOSTILE;
    const object = {
      apiVersion: `v1${separator}`,
      kind: `ConfigMap${clear}`,
      metadata: { name: `cm${c1}`, namespace: `ns\r` },
    };
    expect(issuesOf(object).map((issue) => issue.message)).toContain(
      'ConfigMap\\u001b[2J\\u001b[Hok ns\\r/cmx\\u009b1m (v1y\\u2028z) is not read; skipped',
    );
  });
});
