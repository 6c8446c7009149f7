/** Values of the shared flags `--port` and `--protocol`. */
import { PROTOCOLS } from '../model';
import type { Protocol } from '../model';
import type { FlagSpec } from './args';

/** `--port N` and `--protocol P` where they keep one port of the answer (reach, diff). */
export const PORT_FILTER_FLAGS: readonly FlagSpec[] = [
  { name: 'port', value: 'N', description: 'only this port (1-65535)' },
  { name: 'protocol', value: 'P', description: 'TCP, UDP or SCTP (with --port: default TCP)' },
];

/**
 * `--infer`: where a namespace has policies and no pods, the pods its policies select are added
 * (`inferredDocs`), as the app draws them; the same flag and rule for every command it serves.
 */
export const INFER_FLAG: FlagSpec = {
  name: 'infer',
  description: 'add the pods the policies select where a namespace has none',
};

export type OptionResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** A port number 1..65535 (decimal digits only). */
export function portParse(text: string): OptionResult<number> {
  const value = /^[0-9]{1,5}$/.test(text) ? Number(text) : NaN;
  if (value >= 1 && value <= 65535) return { ok: true, value };
  return { ok: false, message: `--port must be a number from 1 to 65535, not '${text}'` };
}

/** TCP, UDP or SCTP; any letter case is accepted on the command line. */
export function protocolParse(text: string): OptionResult<Protocol> {
  const upper = text.toUpperCase();
  const found = PROTOCOLS.find((p) => p === upper);
  if (found !== undefined) return { ok: true, value: found };
  return { ok: false, message: `--protocol must be TCP, UDP or SCTP, not '${text}'` };
}
