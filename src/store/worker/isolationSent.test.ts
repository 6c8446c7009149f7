import { describe, expect, it } from 'vitest';
import { podKeyOf } from '../../model';
import type { IsolationMap } from './isolationSent';
import { isolationSent, isolationTaken } from './isolationSent';

const WEB = podKeyOf('prod', 'web');
const DB = podKeyOf('prod', 'db');
const API = podKeyOf('prod', 'api');
const shown: IsolationMap = new Map([
  [WEB, { ingress: false, egress: false }],
  [DB, { ingress: true, egress: false }],
]);

/** Sent, copied as `postMessage` copies it, and taken in with the isolation on show. */
function roundTrip(next: IsolationMap, onShow: IsolationMap | null, known: IsolationMap | null) {
  return isolationTaken(structuredClone(isolationSent(next, known)), onShow);
}

describe('the isolation the worker sends after an edit', () => {
  it('is the isolation on show, as that object, when no workload changed', () => {
    const equal = new Map(shown);
    expect(isolationSent(equal, shown)).toEqual({ changed: [], gone: [] });
    expect(roundTrip(equal, shown, shown)).toBe(shown);
  });

  it('carries only the workloads changed, added or gone', () => {
    const next: IsolationMap = new Map([
      [DB, { ingress: true, egress: true }],
      [API, { ingress: true, egress: false }],
    ]);
    expect(isolationSent(next, shown)).toEqual({
      changed: [
        [DB, { ingress: true, egress: true }],
        [API, { ingress: true, egress: false }],
      ],
      gone: [WEB],
    });
    expect(roundTrip(next, shown, shown)).toEqual(next);
  });

  it('goes whole when the worker does not know what is on show, kept where equal', () => {
    expect(roundTrip(new Map(shown), shown, null)).toBe(shown);
    const next = new Map(shown).set(WEB, { ingress: true, egress: false });
    expect(roundTrip(next, shown, null)).toEqual(next);
    expect(roundTrip(next, null, null)).toEqual(next);
  });

  it('cannot be taken in as changes when no isolation is on show', () => {
    expect(() => roundTrip(shown, null, shown)).toThrow(/none on show/);
  });
});
