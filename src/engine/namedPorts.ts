/**
 * Named container ports at one port number and protocol, for the matrix: a
 * rule port `{port: http}` reaches destination D on P/TCP iff D declares a
 * container port named `http` with `containerPort: P` and `protocol: TCP`.
 */
import type { Protocol } from '../model';
import { bitsetAddInto, bitsetEmpty, bitsetOrInto } from './bitset';
import type { Bitset } from './bitset';
import type { ClusterIndex } from './clusterIndex';

export interface NamedPorts {
  /** The names pod `pod` gives to the port, sorted (usually none or one). */
  of(pod: number): readonly string[];
  /** The pods that give the port one of `names`. */
  any(names: readonly string[]): Bitset;
}

const NONE: readonly string[] = [];

export function namedPortsAt(cluster: ClusterIndex, port: number, protocol: Protocol): NamedPorts {
  const byName = new Map<string, Bitset>();
  const perPod = new Map<number, string[]>();
  cluster.workloads.forEach((w, pod) => {
    for (const p of w.ports) {
      if (p.name === undefined || p.containerPort !== port || p.protocol !== protocol) continue;
      let bits = byName.get(p.name);
      if (bits === undefined) {
        bits = bitsetEmpty(cluster.size);
        byName.set(p.name, bits);
      }
      bitsetAddInto(bits, pod);
      const names = perPod.get(pod) ?? [];
      if (!names.includes(p.name)) names.push(p.name);
      perPod.set(pod, names.sort());
    }
  });
  const empty = bitsetEmpty(cluster.size);
  return {
    of: (pod) => perPod.get(pod) ?? NONE,
    any: (names) => {
      const [only] = names;
      if (names.length === 1 && only !== undefined) return byName.get(only) ?? empty;
      const bits = bitsetEmpty(cluster.size);
      for (const name of names) {
        const set = byName.get(name);
        if (set !== undefined) bitsetOrInto(bits, set);
      }
      return bits;
    },
  };
}
