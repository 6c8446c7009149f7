import { describe, expect, it } from 'vitest';
import type { Doc } from '../../model';
import { EMPTY_DOC } from '../../model';
import { applyEdit } from './applyEdit';

const named = (title: string): Doc => applyEdit(EMPTY_DOC, { type: 'setTitle', title });

describe('naming the design', () => {
  it('keeps the name on one line without surrounding spaces', () => {
    expect(named('  Shop,\n production  ').title).toBe('Shop, production');
  });

  it('leaves the document as it was when the name does not change', () => {
    const doc = named('Shop');
    expect(applyEdit(doc, { type: 'setTitle', title: ' Shop ' })).toBe(doc);
    expect(applyEdit(EMPTY_DOC, { type: 'setTitle', title: '   ' })).toBe(EMPTY_DOC);
  });

  it('takes the name away when it is emptied', () => {
    const doc = applyEdit(named('Shop'), { type: 'setTitle', title: '' });
    expect('title' in doc).toBe(false);
    expect(doc).toEqual(EMPTY_DOC);
  });

  it('touches nothing else of the design', () => {
    const doc = named('Shop');
    expect(doc.policies).toBe(EMPTY_DOC.policies);
    expect(doc.workloads).toBe(EMPTY_DOC.workloads);
  });
});
