import { describe, expect, it } from 'vitest';
import type { FlowEdgeData } from '../reactFlowTypes';
import { shortLabelTextOf } from './routeInput';

const line = (more: Partial<FlowEdgeData>): FlowEdgeData => ({
  status: 'allowed',
  from: 'x/a',
  to: 'x/b',
  ports: 'TCP 80',
  reason: '',
  emphasis: false,
  path: false,
  changed: false,
  ...more,
});

describe('the shorter label of a line short of room', () => {
  it('is its first port and how many more, marked as its line is', () => {
    const ports = 'TCP 80, TCP 443, TCP 8443';
    expect(shortLabelTextOf(line({ ports, portsShort: 'TCP 80 and 2 more' }))).toBe(
      'TCP 80 and 2 more',
    );
    expect(
      shortLabelTextOf(line({ status: 'partial', ports, portsShort: 'TCP 80 and 2 more' })),
    ).toBe('◐ TCP 80 and 2 more');
  });

  it('keeps the mark of what unenforced policies would do', () => {
    expect(shortLabelTextOf(line({ unenforced: 'blocked' }))).toBe('⊘ TCP 80');
  });

  it('is none for a line of one port', () => {
    expect(shortLabelTextOf(line({}))).toBeUndefined();
  });
});
