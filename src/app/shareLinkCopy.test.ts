import { describe, expect, it } from 'vitest';
import { createEditorStore, shareFragmentRead } from '../store';
import { fixtureDoc } from './fixtures';
import { shareLinkOf, sharedDesign } from './shareLinkCopy';

const PAGE = { origin: 'https://canvas.example', pathname: '/app/', search: '?lesson=x&step=2' };

describe('the link of a design', () => {
  it('keeps the address of the page and its lesson step, the design in the fragment', async () => {
    const doc = { ...fixtureDoc('three-tier')!, title: 'Shop' };
    const design = { doc, positions: { 'namespace:prod': { x: 1, y: 2 } }, collapsed: [] };
    const link = await shareLinkOf(design, PAGE);
    expect(link.startsWith('https://canvas.example/app/?lesson=x&step=2#design=1.')).toBe(true);
    const read = await shareFragmentRead(new URL(link).hash);
    expect(read.ok && read.design).toEqual(design);
  });

  it('shares the open design with its layout and what is collapsed', () => {
    const store = createEditorStore({ doc: fixtureDoc('three-tier')! });
    store.getState().setPositions({ 'namespace:dev': { x: 5, y: 6 } });
    const state = store.getState();
    expect(sharedDesign(state)).toEqual({
      doc: state.doc,
      positions: { 'namespace:dev': { x: 5, y: 6 } },
      collapsed: [],
    });
  });
});
