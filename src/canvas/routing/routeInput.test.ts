import { describe, expect, it } from 'vitest';
import type { FlowEdge, FlowEdgeData } from '../reactFlowTypes';
import { LABEL_FIRST, LABEL_GIVES_WAY } from './labelOrder';
import { PICKED_HALO, routeInputOf, shortLabelTextOf } from './routeInput';

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

describe('the picked line, zoomed out where its label is drawn larger', () => {
  const edge = (id: string, selected: boolean): FlowEdge => ({
    id,
    source: 'workload:x/a',
    target: `workload:x/${id}`,
    data: line({}),
    selected,
  });

  it('has its label routed at its own size, the others at theirs', () => {
    const input = routeInputOf([], [edge('b', true), edge('c', false)], 1, 0, 24 / 11);
    expect(input.edges.map((e) => e.labelScale)).toEqual([24 / 11, 1]);
  });

  it('has its label’s halo kept clear of other labels, the others none', () => {
    const input = routeInputOf([], [edge('b', true), edge('c', false)]);
    expect(input.edges.map((e) => e.halo)).toEqual([PICKED_HALO, undefined]);
  });

  it('routes again when it is drawn larger, and not otherwise', () => {
    const edges = [edge('b', true), edge('c', false)];
    expect(routeInputOf([], edges, 1, 0, 24 / 11).key).not.toBe(routeInputOf([], edges).key);
    expect(routeInputOf([], edges, 1, 0, 1).key).toBe(routeInputOf([], edges).key);
  });
});

describe('a summary line', () => {
  it('is routed with its wider arrowhead, a rule line with none said', () => {
    const summary: FlowEdge = {
      id: 's',
      source: 'namespace:x',
      target: 'workload:y/b',
      data: line({ summary: true }),
    };
    const rule: FlowEdge = {
      id: 'r',
      source: 'workload:x/a',
      target: 'workload:y/b',
      data: line({}),
    };
    const [s, r] = routeInputOf([], [summary, rule]).edges;
    expect(s?.arrow).toBeGreaterThan(20);
    expect(r?.arrow).toBeUndefined();
  });
});

describe('a focus', () => {
  const edge = (id: string): FlowEdge => ({
    id,
    source: 'workload:x/a',
    target: `workload:x/${id}`,
    data: line({}),
  });
  const edges = [edge('dimmed'), edge('lit')];
  const lit = (e: FlowEdge) => e.id === 'lit';

  it('routes its lit lines’ labels first and its dimmed ones after', () => {
    const turns = routeInputOf([], edges, 1, 0, 1, lit).edges.map((e) => e.turn);
    expect(turns).toEqual([LABEL_GIVES_WAY, LABEL_FIRST]);
  });

  it('routes the labels again when it starts', () => {
    expect(routeInputOf([], edges, 1, 0, 1, lit).key).not.toBe(routeInputOf([], edges).key);
  });
});

describe('no line', () => {
  it('reads no node and routes nothing, once', () => {
    const node = { id: 'workload:x/a', type: 'workload', position: { x: 0, y: 0 } };
    const input = routeInputOf([node as Parameters<typeof routeInputOf>[0][number]], []);
    expect(input.nodes).toEqual([]);
    expect(input.edges).toEqual([]);
    expect(routeInputOf([], []).key).toBe(input.key);
    expect(input.key).not.toBe(routeInputOf([], [{ id: 'l', source: 'a', target: 'b' }]).key);
  });
});
