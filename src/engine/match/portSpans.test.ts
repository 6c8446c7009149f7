import { describe, expect, it } from 'vitest';
import {
  EVERY_PORT,
  portSpansHave,
  portSpansIntersect,
  portSpansNormal,
  portSpansWithout,
} from './portSpans';

describe('port spans', () => {
  it('merge overlapping and touching ranges of one protocol, sorted TCP, UDP, SCTP', () => {
    expect(
      portSpansNormal([
        { protocol: 'UDP', port: 53, endPort: 53 },
        { protocol: 'TCP', port: 81, endPort: 90 },
        { protocol: 'TCP', port: 80, endPort: 80 },
        { protocol: 'TCP', port: 85, endPort: 85, names: ['http'] },
        { protocol: 'TCP', port: 100, endPort: 200 },
      ]),
    ).toEqual([
      { protocol: 'TCP', port: 80, endPort: 90 },
      { protocol: 'TCP', port: 100, endPort: 200 },
      { protocol: 'UDP', port: 53, endPort: 53 },
    ]);
  });

  it('intersect per protocol, keeping a single port and its names once', () => {
    const both = portSpansIntersect(
      [
        { protocol: 'TCP', port: 1, endPort: 65535 },
        { protocol: 'UDP', port: 53, endPort: 53 },
      ],
      [
        { protocol: 'TCP', port: 6379, endPort: 6379, names: ['redis'] },
        { protocol: 'SCTP', port: 53, endPort: 53 },
      ],
    );
    expect(both).toEqual([{ protocol: 'TCP', port: 6379, endPort: 6379, names: ['redis'] }]);
    expect(portSpansHave(both, 6379, 'TCP')).toBe(true);
    expect(portSpansHave(both, 6379, 'UDP')).toBe(false);
  });
});

describe('named single ports', () => {
  it('stay apart when they touch, and share one span when they are the same port', () => {
    expect(
      portSpansNormal([
        { protocol: 'TCP', port: 81, endPort: 81, names: ['metrics'] },
        { protocol: 'TCP', port: 80, endPort: 80, names: ['http'] },
        { protocol: 'TCP', port: 80, endPort: 80, names: ['web'] },
      ]),
    ).toEqual([
      { protocol: 'TCP', port: 80, endPort: 80, names: ['http', 'web'] },
      { protocol: 'TCP', port: 81, endPort: 81, names: ['metrics'] },
    ]);
  });
});

describe('the ports of one set without another', () => {
  it('leaves the gaps and whole protocols the other does not touch, names kept', () => {
    const without = portSpansWithout(EVERY_PORT, [{ protocol: 'TCP', port: 80, endPort: 80 }]);
    expect(without).toEqual([
      { protocol: 'TCP', port: 1, endPort: 79 },
      { protocol: 'TCP', port: 81, endPort: 65535 },
      { protocol: 'UDP', port: 1, endPort: 65535 },
      { protocol: 'SCTP', port: 1, endPort: 65535 },
    ]);
    const grpc = { protocol: 'TCP' as const, port: 7070, endPort: 7070, names: ['grpc'] };
    expect(portSpansWithout([grpc], [])).toEqual([grpc]);
    expect(portSpansWithout([grpc], EVERY_PORT)).toEqual([]);
  });
});
