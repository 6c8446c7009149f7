/**
 * The per-pair evaluators `npm run bench` times against the command, end to end: a command
 * that reads a file as netpol-canvas does (parseFiles) and prints the same `reach --json`
 * for one TCP port, deciding every ordered pair on its own. Bundled by the bench with esbuild.
 *
 *   node per-pair.mjs oracle FILE PORT    the deliberately simple oracle (naiveEvaluator.ts):
 *                                         every policy, rule and peer walked for every pair
 *   node per-pair.mjs verdict FILE PORT   compilePolicies once, then isTrafficAllowed per pair
 *                                         (policy-assistant's IsTrafficAllowed, with reasons)
 */
import { readFileSync, writeSync } from 'node:fs';
import { compilePolicies, isTrafficAllowed } from '../src/engine/index';
import { naiveAllowed } from '../src/engine/__fixtures__/naiveEvaluator';
import { parseFiles } from '../src/io/index';
import type { PodKey } from '../src/model/index';

const [mode, file = '', portText = '80'] = process.argv.slice(2);
const parsed = parseFiles([{ name: file, text: readFileSync(file, 'utf8') }]);
if (!parsed.ok) {
  process.stderr.write(`${file}: invalid input\n`);
  process.exit(1);
}
const { doc } = parsed;
const port = Number(portText);
const keys = doc.workloads.map((w) => `${w.namespace}/${w.name}` as PodKey);
const index = mode === 'verdict' ? compilePolicies(doc) : null;
const allowed = (from: PodKey, to: PodKey): boolean =>
  index === null
    ? naiveAllowed(doc, from, to, port, 'TCP')
    : isTrafficAllowed(index, {
        from: { kind: 'pod', key: from },
        to: { kind: 'pod', key: to },
        port,
        protocol: 'TCP',
      }).allowed;

const quoted = keys.map((k) => JSON.stringify(k));
writeSync(1, `{"results":[{"port":${port},"protocol":"TCP","allowed":{`);
keys.forEach((from, i) => {
  const cells = keys.map((to, j) => `${quoted[j] ?? ''}:${allowed(from, to) ? 'true' : 'false'}`);
  writeSync(1, `${i === 0 ? '' : ','}${quoted[i] ?? ''}:{${cells.join(',')}}`);
});
writeSync(1, '}}]}\n');
