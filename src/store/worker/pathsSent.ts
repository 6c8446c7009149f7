/**
 * The focused node's paths as the derivation worker sends them after an edit: a path the page
 * holds as it is (in the paths of the document it names as `held`) goes as its id, and the page
 * takes it from the paths it has. A dump's busy workload has 5,000 paths, each with its verdict:
 * copying them in again took the page 40-110 ms, and comparing them with those on show as much.
 */
import type { NodePaths, Path } from '../../engine';
import { plainEqual } from '../plainEqual';
import type { SentPath, SentPaths } from './deriveProtocol';

/** The paths held for one node, by path id. */
export type HeldPaths = ReadonlyMap<string, Path>;

/** The paths the worker sent for its last few documents, which the page may name as held. */
export interface PathsSent {
  of: (seq: number, id: string) => HeldPaths | null;
  keep: (seq: number, id: string, paths: NodePaths) => void;
}

export function pathsSent(documents = 4): PathsSent {
  const byKey = new Map<string, HeldPaths>();
  const keyOf = (seq: number, id: string) => `${String(seq)} ${id}`;
  return {
    of: (seq, id) => byKey.get(keyOf(seq, id)) ?? null,
    keep: (seq, id, { inbound, outbound }) => {
      const key = keyOf(seq, id);
      byKey.delete(key);
      byKey.set(key, new Map([...outbound, ...inbound].map((p) => [p.id, p])));
      for (const old of byKey.keys()) {
        if (byKey.size <= documents) break;
        byKey.delete(old);
      }
    },
  };
}

/** `paths` as the worker posts them: each path equal to the one `held` under its id as its id. */
export function sentPaths(paths: NodePaths, held: HeldPaths | null): SentPaths {
  if (held === null) return paths;
  const sent = (path: Path): SentPath => {
    const old = held.get(path.id);
    return old !== undefined && plainEqual(old, path) ? path.id : path;
  };
  return { inbound: paths.inbound.map(sent), outbound: paths.outbound.map(sent) };
}

function id(entry: SentPath): string {
  return typeof entry === 'string' ? entry : entry.id;
}

function sentWhole(sent: SentPaths): sent is NodePaths {
  const whole = (entry: SentPath) => typeof entry !== 'string';
  return sent.inbound.every(whole) && sent.outbound.every(whole);
}

/**
 * The paths the worker sent, with each path sent as its id taken from `held` (the paths the
 * page shows); `held` itself when every path is as it was, so that what the page derives from
 * the paths stays as it is. Throws when a path sent as held is not among them.
 */
export function pathsTaken(sent: SentPaths, held: NodePaths | null): NodePaths {
  // Every path sent whole: the worker did not know what the page holds.
  if (sentWhole(sent)) return sent;
  const { inbound: sentIn, outbound: sentOut } = sent;
  const byId = new Map([...(held?.outbound ?? []), ...(held?.inbound ?? [])].map((p) => [p.id, p]));
  let same = held !== null;
  const take = (list: readonly SentPath[], before: readonly Path[]): Path[] =>
    list.map((entry, i) => {
      const path = typeof entry === 'string' ? byId.get(entry) : entry;
      if (path === undefined) throw new Error(`path ${id(entry)} was sent as held, but it is not`);
      if (path !== before[i]) same = false;
      return path;
    });
  const outbound = take(sentOut, held?.outbound ?? []);
  const inbound = take(sentIn, held?.inbound ?? []);
  const sameLength =
    outbound.length === held?.outbound.length && inbound.length === held.inbound.length;
  return held !== null && same && sameLength ? held : { inbound, outbound };
}
