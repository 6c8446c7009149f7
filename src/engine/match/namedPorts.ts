/**
 * Named container ports at one port number and protocol, for the matrix: a
 * rule port `{port: http}` reaches destination D on P/TCP iff D declares a
 * container port named `http` with `containerPort: P` and `protocol: TCP`.
 */
import type { Protocol } from '../../model';
import { bitsetAddInto, bitsetEmpty, bitsetOrInto } from './bitset';
import type { Bitset } from './bitset';
import type { ClusterIndex } from '../compile/clusterIndex';

export interface NamedPorts {
  /**
   * Per pod, a number for the set of names it gives the port: pods with the
   * same names share it; 0 means no name (most pods).
   */
  readonly signatureOf: Int32Array;
  /** The names of each signature, sorted; `signatures[0]` is empty. */
  readonly signatures: readonly (readonly string[])[];
  /** The pods that give the port one of `names`. */
  any(names: readonly string[]): Bitset;
}

export function namedPortsAt(cluster: ClusterIndex, port: number, protocol: Protocol): NamedPorts {
  const byName = new Map<string, Bitset>();
  const signatureOf = new Int32Array(cluster.size);
  const signatures: string[][] = [[]];
  const signatureIds = new Map<string, number>();
  cluster.workloads.forEach((w, pod) => {
    let names: string[] | null = null;
    for (const p of w.ports) {
      if (p.name === undefined || p.containerPort !== port || p.protocol !== protocol) continue;
      let bits = byName.get(p.name);
      if (bits === undefined) {
        bits = bitsetEmpty(cluster.size);
        byName.set(p.name, bits);
      }
      bitsetAddInto(bits, pod);
      names ??= [];
      if (!names.includes(p.name)) names.push(p.name);
    }
    if (names === null) return;
    const key = JSON.stringify(names.sort());
    let id = signatureIds.get(key);
    if (id === undefined) {
      id = signatures.length;
      signatures.push(names);
      signatureIds.set(key, id);
    }
    signatureOf[pod] = id;
  });
  const empty = bitsetEmpty(cluster.size);
  return {
    signatureOf,
    signatures,
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
