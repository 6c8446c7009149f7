/**
 * "Does each unit let through anything the others together do not?" for a
 * whole list of units at once: a unit is one rule's reach, or the reaches of
 * one policy's rules. A pod is covered by the others iff at least two units
 * hold it, so one pass builds "held once" and "held twice" and each unit is
 * checked against "held twice" (linear in the number of units); addresses
 * are compared block by block. While units are taken out one by one, a count
 * per pod keeps "held twice" up to date (`holdersAdd`).
 */
import { reachCovered } from './coverage';
import type { RuleReach } from './coverage';

function podsUnion(list: readonly RuleReach[], words: number): Uint32Array {
  const [only] = list;
  if (list.length === 1 && only?.pods != null) return only.pods;
  const out = new Uint32Array(words);
  for (const x of list) {
    if (x.pods === null) continue;
    for (let w = 0; w < words; w++) out[w] = (out[w] ?? 0) | (x.pods[w] ?? 0);
  }
  return out;
}

const withoutPods = (x: RuleReach): RuleReach => ({ ...x, pods: null });

/** For each unit, whether the other units together cover it. */
export function leaveOneOut(units: readonly (readonly RuleReach[])[]): boolean[] {
  const words = units.flat().find((x) => x.pods !== null)?.pods?.length ?? 0;
  const own = units.map((u) => podsUnion(u, words));
  const once = new Uint32Array(words);
  const twice = new Uint32Array(words);
  for (const bits of own) {
    for (let w = 0; w < words; w++) {
      const v = bits[w] ?? 0;
      twice[w] = (twice[w] ?? 0) | ((once[w] ?? 0) & v);
      once[w] = (once[w] ?? 0) | v;
    }
  }
  return units.map((unit, i) => {
    const mine = own[i];
    if (mine === undefined) return true;
    for (let w = 0; w < words; w++) {
      if (((mine[w] ?? 0) & ~(twice[w] ?? 0)) !== 0) return false;
    }
    const addresses = unit.filter((x) => x.ips === 'all' || x.ips.length > 0);
    if (addresses.length === 0) return true;
    const others = units.flatMap((u, j) => (j === i ? [] : u.map(withoutPods)));
    return reachCovered(addresses.map(withoutPods), others);
  });
}

export function podsOrInto(target: Uint32Array, pods: Uint32Array | null): void {
  if (pods === null) return;
  for (let w = 0; w < target.length; w++) target[w] = (target[w] ?? 0) | (pods[w] ?? 0);
}

/** Adds `delta` to the count of every pod in `bits`, keeping `multi` (count >= 2) in step. */
export function holdersAdd(
  holders: { counts: Uint16Array; multi: Uint32Array },
  bits: Uint32Array,
  delta: number,
): void {
  const { counts, multi } = holders;
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w] ?? 0;
    while (word !== 0) {
      const low = word & -word;
      const bit = (w << 5) + 31 - Math.clz32(low);
      word ^= low;
      const count = (counts[bit] ?? 0) + delta;
      counts[bit] = count;
      multi[w] = count >= 2 ? (multi[w] ?? 0) | low : (multi[w] ?? 0) & ~low;
    }
  }
}
