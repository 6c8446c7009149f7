/**
 * What `--from`/`--to` (and an expectation's `from`/`to`) name: a pod
 * `namespace/name`, a bare pod name when only one namespace has it, an IP or a
 * CIDR, or the name of an external endpoint of the document. An IP that is a
 * pod's IP names that pod (its traffic is subject to the pod's policies).
 */
import { isIP } from 'node:net';
import type { Endpoint } from '../engine';
import { ipRangeParse } from '../engine';
import type { Doc, PodKey, Workload } from '../model';
import { podKeyOf } from '../model';
import { closeNames } from './closeNames';

export type EndpointResolve =
  | { readonly ok: true; readonly endpoint: Endpoint; readonly note?: string }
  | { readonly ok: false; readonly message: string };

/** `10.0.0.1`, `fd00::1`, `10.0.0.0/8`, `fd00::/64`; the prefix must fit the address family. */
export function ipOrCidrIs(text: string): boolean {
  const slash = text.indexOf('/');
  const address = slash === -1 ? text : text.slice(0, slash);
  if (address.includes('%')) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (slash === -1) return true;
  const prefix = text.slice(slash + 1);
  return /^[0-9]{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

function keyOf(w: Workload): PodKey {
  return podKeyOf(w.namespace, w.name);
}

/**
 * A pod whose IP this is: a bare address, or a single-host CIDR (`/32`,
 * `/128`), compared as addresses (`fd00::b` is `FD00:0:0:0:0:0:0:B`).
 */
function podWithIp(text: string, doc: Doc): Workload | undefined {
  const range = ipRangeParse(text);
  if (range === null || range.first !== range.last) return undefined;
  return doc.workloads.find((w) =>
    w.ips.some((ip) => {
      const own = ipRangeParse(ip);
      return own !== null && own.family === range.family && own.first === range.first;
    }),
  );
}

/** Looks like an address (`10.0.0.1/33`, `10.0.0.256`, `fd00::g`), not a pod name. */
function addressLike(text: string): boolean {
  const ipv4 = /^[0-9.]+(\/[0-9]*)?$/.test(text) && text.includes('.');
  const ipv6 = /^[0-9a-fA-F:.]+(\/[0-9]*)?$/.test(text) && text.includes(':');
  return ipv4 || ipv6;
}

function unknown(text: string, doc: Doc): string {
  if (addressLike(text)) {
    return `'${text}' is not a valid IP or CIDR (e.g. 10.0.0.1, 10.0.0.0/24, fd00::1; a prefix is at most 32 for IPv4, 128 for IPv6)`;
  }
  const keys = doc.workloads.map(keyOf);
  const externals = doc.externals.map((e) => e.name);
  if (keys.length === 0 && externals.length === 0) {
    return `unknown pod '${text}': the input declares no pods (add Pod or Deployment objects, or give an IP)`;
  }
  const near = closeNames(text, [...keys, ...externals], Math.max(2, Math.floor(text.length / 3)));
  const hint =
    near.length > 0
      ? `did you mean ${near.join(', ')}?`
      : `pods are named namespace/name, e.g. ${keys.slice(0, 3).join(', ') || externals[0] || ''}`;
  return `unknown pod '${text}' (${hint})`;
}

export function endpointResolve(text: string, doc: Doc): EndpointResolve {
  const trimmed = text.trim();
  const exact = doc.workloads.find((w) => keyOf(w) === trimmed);
  if (exact !== undefined) return { ok: true, endpoint: { kind: 'pod', key: keyOf(exact) } };
  if (ipOrCidrIs(trimmed)) {
    const owner = podWithIp(trimmed, doc);
    if (owner === undefined) return { ok: true, endpoint: { kind: 'ip', ip: trimmed } };
    return {
      ok: true,
      endpoint: { kind: 'pod', key: keyOf(owner) },
      note: `${trimmed} is the IP of pod ${keyOf(owner)}`,
    };
  }
  const external =
    doc.externals.find((e) => e.name === trimmed) ??
    doc.externals.find((e) => e.name.toLowerCase() === trimmed.toLowerCase());
  if (external !== undefined && ipOrCidrIs(external.cidr)) {
    return { ok: true, endpoint: { kind: 'ip', ip: external.cidr } };
  }
  const named = doc.workloads.filter((w) => w.name === trimmed);
  const [only] = named;
  if (only !== undefined && named.length === 1) {
    return { ok: true, endpoint: { kind: 'pod', key: keyOf(only) } };
  }
  if (named.length > 1) {
    return {
      ok: false,
      message: `'${trimmed}' is ambiguous: ${named.map(keyOf).join(', ')} (write namespace/name)`,
    };
  }
  return { ok: false, message: unknown(trimmed, doc) };
}
