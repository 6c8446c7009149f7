import { describe, expect, it } from 'vitest';
import type { FlowEdge, FlowEdgeData } from '../reactFlowTypes';
import {
  LABEL_FIRST,
  LABEL_GIVES_WAY,
  LABEL_PLAIN,
  LABEL_UNDRAWN,
  labelDrawn,
  labelPicked,
  labelTurnOf,
  lineFaint,
} from './labelOrder';

const data = (more: Partial<FlowEdgeData> = {}): FlowEdgeData => ({
  status: 'allowed',
  from: 'shop/frontend',
  to: 'shop/cart',
  ports: 'TCP 7070',
  reason: '',
  emphasis: false,
  path: false,
  changed: false,
  ...more,
});

const edge = (id: string, more: Partial<FlowEdgeData> = {}, selected = false): FlowEdge => ({
  id,
  source: 'workload:shop/a',
  target: 'workload:shop/b',
  data: data(more),
  selected,
});

describe('a line’s label, in turn for a place', () => {
  it('goes first for the picked workload’s lines', () => {
    expect(labelTurnOf(edge('x', { emphasis: true }), null)).toBe(LABEL_FIRST);
  });

  it('stays as it was for a line picked: its label keeps its place, or shows above the cards', () => {
    expect(labelTurnOf(edge('x', {}, true), null)).toBe(LABEL_PLAIN);
    expect(labelTurnOf(edge('x', { path: true }, true), null)).toBe(LABEL_UNDRAWN);
  });

  it('goes first for a line an edit flipped and a compared one', () => {
    expect(labelTurnOf(edge('x', { changed: true }), null)).toBe(LABEL_FIRST);
    expect(labelTurnOf(edge('x', { compare: 'allowed' }), null)).toBe(LABEL_FIRST);
  });

  it('goes first for a line a focus lights, and gives way for one it dims', () => {
    const lit = (e: FlowEdge) => e.id === 'lit';
    expect(labelTurnOf(edge('lit'), lit)).toBe(LABEL_FIRST);
    expect(labelTurnOf(edge('dimmed'), lit)).toBe(LABEL_GIVES_WAY);
    // Dimmed, a line touching another picked workload gives way too.
    expect(labelTurnOf(edge('dimmed', { emphasis: true }), lit)).toBe(LABEL_GIVES_WAY);
  });

  it('gives way for a line a comparison fades', () => {
    expect(labelTurnOf(edge('x', { faded: true }), null)).toBe(LABEL_GIVES_WAY);
    expect(labelTurnOf(edge('x'), null)).toBe(LABEL_PLAIN);
  });

  it('comes last when it is not drawn: a lit path of the picked workload takes no room', () => {
    const lit = () => true;
    expect(labelTurnOf(edge('x', { path: true }), lit)).toBe(LABEL_UNDRAWN);
    expect(labelTurnOf(edge('x', { quiet: true, faded: true }), null)).toBe(LABEL_UNDRAWN);
    expect(labelTurnOf(edge('x', { quiet: true, emphasis: true }), null)).toBe(LABEL_FIRST);
  });
});

describe('a line drawn faint', () => {
  it('is one a focus dims, a comparison fades or a pick puts behind', () => {
    const lit = (e: FlowEdge) => e.id === 'lit';
    expect(lineFaint(edge('dimmed'), lit)).toBe(true);
    expect(lineFaint(edge('lit'), lit)).toBe(false);
    expect(lineFaint(edge('x', { faded: true }), null)).toBe(true);
    expect(lineFaint(edge('x', { emphasis: true }), null)).toBe(false);
  });
});

describe('a line’s label drawn', () => {
  it('always when picked; a path’s only then or just flipped; a quiet one’s when emphasised', () => {
    expect(labelDrawn(data({ path: true }), true)).toBe(true);
    expect(labelDrawn(data({ path: true }), false)).toBe(false);
    expect(labelDrawn(data({ path: true, changed: true }), false)).toBe(true);
    expect(labelDrawn(data({ quiet: true }), false)).toBe(false);
    expect(labelDrawn(data({ quiet: true, emphasis: true }), false)).toBe(true);
    expect(labelDrawn(data(), false)).toBe(true);
  });
});

describe('a line of the picked workload, whose label may lie over lines and cards', () => {
  it('is one the pick marks, or one a focus with F lights', () => {
    expect(labelPicked(edge('x', { emphasis: true, picked: true }), null)).toBe(true);
    expect(labelPicked(edge('lit'), (e) => e.id === 'lit')).toBe(true);
    expect(labelPicked(edge('x'), null)).toBe(false);
  });

  it('is not one a lesson step or an edit emphasises, though its label goes first', () => {
    for (const more of [{ emphasis: true }, { emphasis: true, changed: true }, { changed: true }]) {
      expect(labelTurnOf(edge('x', more), null)).toBe(LABEL_FIRST);
      expect(labelPicked(edge('x', more), null), JSON.stringify(more)).toBe(false);
    }
  });

  it('is the line picked itself, a path of the picked workload or dimmed by a focus too', () => {
    expect(labelPicked(edge('x', {}, true), null)).toBe(true);
    expect(labelPicked(edge('x', { path: true }, true), null)).toBe(true);
    expect(labelPicked(edge('dimmed', {}, true), (e) => e.id === 'lit')).toBe(true);
    expect(labelPicked(edge('x', { summary: true }, true), null)).toBe(false);
  });

  it('is not a summary, a compared line, one dimmed, nor one whose label is not drawn', () => {
    const picked = { emphasis: true, picked: true } as const;
    expect(labelPicked(edge('x', { ...picked, summary: true }), null)).toBe(false);
    expect(labelPicked(edge('x', { ...picked, compare: 'allowed' }), null)).toBe(false);
    expect(labelPicked(edge('dimmed', picked), (e) => e.id === 'lit')).toBe(false);
    expect(labelPicked(edge('x', { path: true }), () => true)).toBe(false);
  });
});
