/**
 * `explain --port http`: a named port, looked up as NetworkPolicies do, among
 * the destination pod's container ports with that name AND protocol.
 */
import type { Endpoint } from '../engine';
import { containerPortText } from '../engine';
import type { Doc, Protocol } from '../model';
import { podKeyOf } from '../model';
import type { OptionResult } from './options';

/** IANA_SVC_NAME: 1-15 lowercase letters, digits and '-', with at least one letter. */
export function portNameIs(text: string): boolean {
  return (
    /^[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?$/.test(text) && /[a-z]/.test(text) && !text.includes('--')
  );
}

export function namedPortResolve(
  name: string,
  destination: Endpoint,
  protocol: Protocol,
  doc: Doc,
): OptionResult<number> {
  if (destination.kind !== 'pod') {
    return {
      ok: false,
      message: `--port ${name} is a port name, but only a pod destination has named ports`,
    };
  }
  const pod = doc.workloads.find((w) => podKeyOf(w.namespace, w.name) === destination.key);
  const ports = pod?.ports ?? [];
  const found = ports.find((p) => p.name === name && p.protocol === protocol);
  if (found !== undefined) return { ok: true, value: found.containerPort };
  const named = ports.filter((p) => p.name !== undefined).map(containerPortText);
  const known =
    named.length > 0 ? `its named ports: ${named.join(', ')}` : 'it names none of its ports';
  return {
    ok: false,
    message: `${destination.key} has no ${protocol} container port named '${name}' (${known})`,
  };
}
