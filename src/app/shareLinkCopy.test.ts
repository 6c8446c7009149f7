import { describe, expect, it } from 'vitest';
import { createEditorStore, shareFragmentRead } from '../store';
import { builtInLesson } from '../workshop';
import { fixtureDoc } from './fixtures';
import { shareLinkOf, sharedDesign, sharedLesson } from './shareLinkCopy';

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

describe('the link made while a lesson is open', () => {
  const threeTiers = builtInLesson('three-tiers');
  if (threeTiers === null) throw new Error('three-tiers is built in');
  const own = { ...threeTiers, id: 'mine', title: 'Mine' };

  it('carries a trainer’s own lesson, which no other browser has', async () => {
    const store = createEditorStore({ doc: fixtureDoc('three-tier')! });
    store.getState().openLesson(own, { stepIndex: 1, builtIn: false });
    const state = store.getState();
    expect(sharedLesson(state)).toBe(own);
    const link = await shareLinkOf(sharedDesign(state), PAGE, sharedLesson(state));
    const read = await shareFragmentRead(new URL(link).hash);
    expect(read.ok && read.lesson).toEqual(own);
    // What is shared is the user's design under the lesson, not the step's.
    expect(read.ok && read.design.doc).toEqual(fixtureDoc('three-tier'));
  });

  it('carries no built-in lesson: its address opens it anywhere', () => {
    const store = createEditorStore();
    store.getState().openLesson(threeTiers, { stepIndex: 1, builtIn: true });
    expect(sharedLesson(store.getState())).toBeNull();
    expect(sharedLesson(createEditorStore().getState())).toBeNull();
  });
});
