import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEditorStore } from '../createEditorStore';
import { startAutosave } from './autosave';
import { builtInLesson } from '../../workshop';
import { AUTOSAVE_KEY, RESCUE_KEY } from './autosaveLoad';
import { decodeEntry } from './designEntry';
import { memoryDesignStore } from './designStore';
import type { DesignStore } from './designStore';
import { memoryTabHub } from './tabChannel';
import { failingDesignStore, threeTier } from './testDesigns';

function savedDoc(designs: ReturnType<typeof memoryDesignStore>) {
  const decoded = decodeEntry(designs.map.get(AUTOSAVE_KEY) ?? '');
  return decoded.ok ? decoded.design.doc : null;
}

function start(designs: DesignStore, options: Partial<Parameters<typeof startAutosave>[1]> = {}) {
  const store = createEditorStore();
  const autosave = startAutosave(store, { designs, tab: 'a', delayMs: 100, ...options });
  return { store, autosave };
}

describe('when autosave runs', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once after a burst of changes, not on every change', async () => {
    const designs = memoryDesignStore();
    const set = vi.spyOn(designs, 'set');
    const { store, autosave } = start(designs);
    store.getState().replaceDoc(threeTier());
    store.getState().setPositions({ 'namespace:prod': { x: 1, y: 1 } });
    expect(set).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(set).toHaveBeenCalledTimes(1);
    expect(savedDoc(designs)).toEqual(store.getState().doc);
    autosave.stop();
  });

  it('ignores changes of selection alone', async () => {
    const designs = memoryDesignStore();
    const { store, autosave } = start(designs);
    store.getState().select({ kind: 'node', id: 'namespace:prod' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(designs.map.size).toBe(0);
    autosave.stop();
  });

  it('saves which namespaces are collapsed, so a reload shows what was open', async () => {
    const designs = memoryDesignStore();
    const { store, autosave } = start(designs);
    store.getState().replaceDoc(threeTier());
    await autosave.flush();
    store.getState().setCollapsed(['prod'], true);
    await vi.advanceTimersByTimeAsync(100);
    const decoded = decodeEntry(designs.map.get(AUTOSAVE_KEY) ?? '');
    expect(decoded.ok && decoded.design.collapsed).toEqual(['prod']);
    autosave.stop();
  });

  it('saves a design being opened once, after it is laid out', async () => {
    const designs = memoryDesignStore();
    const set = vi.spyOn(designs, 'set');
    const { store, autosave } = start(designs);
    const state = () => store.getState();
    state().replaceDoc(threeTier());
    state().requestLayout('unplaced');
    await vi.advanceTimersByTimeAsync(2000);
    expect(set).not.toHaveBeenCalled();
    state().setPositions({ 'namespace:prod': { x: 1, y: 1 } });
    state().finishLayout(state().layoutRequest?.id ?? 0);
    await vi.advanceTimersByTimeAsync(100);
    expect(set).toHaveBeenCalledTimes(1);
    const decoded = decodeEntry(designs.map.get(AUTOSAVE_KEY) ?? '');
    expect(decoded.ok && decoded.design.positions).toEqual({ 'namespace:prod': { x: 1, y: 1 } });
    autosave.stop();
  });

  it('waits for a file being read, and saves once it is open', async () => {
    const designs = memoryDesignStore();
    const { store, autosave } = start(designs);
    const state = () => store.getState();
    state().setImporting({ names: 'a.yaml', bytes: 1, filesDone: 0, files: 1, startedAt: 0 });
    state().replaceDoc(threeTier());
    await vi.advanceTimersByTimeAsync(1000);
    expect(designs.map.size).toBe(0);
    state().setImporting(null);
    await vi.advanceTimersByTimeAsync(100);
    expect(savedDoc(designs)).toEqual(state().doc);
    autosave.stop();
  });

  it('saves a design whose layout never comes, after waiting for it at most openingWaitMs', async () => {
    const designs = memoryDesignStore();
    const { store, autosave } = start(designs, { openingWaitMs: 3000 });
    store.getState().requestLayout('unplaced');
    store.getState().replaceDoc(threeTier());
    await vi.advanceTimersByTimeAsync(2900);
    expect(designs.map.size).toBe(0);
    await vi.advanceTimersByTimeAsync(300);
    expect(savedDoc(designs)).toEqual(store.getState().doc);
    autosave.stop();
  });

  it('saves what is pending at once when flushed', async () => {
    const designs = memoryDesignStore();
    const { store, autosave } = start(designs);
    store.getState().replaceDoc(threeTier());
    await autosave.flush();
    expect(savedDoc(designs)).toEqual(store.getState().doc);
    autosave.stop();
  });
});

describe('when a save fails', () => {
  it('says why until a save succeeds', async () => {
    let fail = true;
    const memory = memoryDesignStore();
    const flaky: DesignStore = {
      ...memory,
      set: (k, v) => (fail ? failingDesignStore().set(k, v) : memory.set(k, v)),
    };
    const { store, autosave } = start(flaky);
    store.getState().replaceDoc(threeTier());
    await autosave.flush();
    expect(autosave.status.getState().failure).toBe('the browser’s storage for this site is full');
    fail = false;
    store.getState().dispatch({ type: 'addNamespace', name: 'more' });
    await autosave.flush();
    expect(autosave.status.getState().failure).toBeNull();
    autosave.stop();
  });
});

/** Two tabs on one store; the first has saved a namespace 'first'. */
async function twoTabsFirstSaved() {
  const designs = memoryDesignStore();
  const hub = memoryTabHub();
  const one = start(designs, { tab: 'one', channel: hub.channel() });
  const two = start(designs, { tab: 'two', channel: hub.channel() });
  one.store.getState().dispatch({ type: 'addNamespace', name: 'first' });
  await one.autosave.flush();
  return { designs, one, two };
}

describe('when two tabs edit the design', () => {
  it('tells the other tab, which stops saving until the user chooses', async () => {
    const { designs, one, two } = await twoTabsFirstSaved();
    expect(two.autosave.status.getState().otherTab).toBe(true);
    expect(one.autosave.status.getState().otherTab).toBe(false);
    two.store.getState().dispatch({ type: 'addNamespace', name: 'second' });
    await two.autosave.flush();
    expect(savedDoc(designs)?.namespaces.map((n) => n.name)).toEqual(['first']);
    one.autosave.stop();
    two.autosave.stop();
  });

  it('loads the other tab’s design on request, with undo back to its own', async () => {
    const { one, two } = await twoTabsFirstSaved();
    two.store.getState().dispatch({ type: 'addNamespace', name: 'second' });
    await two.autosave.loadSavedDesign();
    expect(two.store.getState().doc.namespaces.map((n) => n.name)).toEqual(['first']);
    expect(two.autosave.status.getState().otherTab).toBe(false);
    two.store.getState().undo();
    expect(two.store.getState().doc.namespaces.map((n) => n.name)).toEqual(['second']);
    one.autosave.stop();
    two.autosave.stop();
  });

  it('keeps this tab’s design on request, and the first tab is told in turn', async () => {
    const { designs, one, two } = await twoTabsFirstSaved();
    two.store.getState().dispatch({ type: 'addNamespace', name: 'second' });
    await two.autosave.keepThisDesign();
    expect(savedDoc(designs)?.namespaces.map((n) => n.name)).toEqual(['second']);
    expect(one.autosave.status.getState().otherTab).toBe(true);
    one.autosave.stop();
    two.autosave.stop();
  });
});

describe('when an example was opened over the saved design', () => {
  it('does not save the example over it; "back" brings the saved design', async () => {
    const designs = memoryDesignStore();
    const mine = start(designs);
    mine.store.getState().dispatch({ type: 'addNamespace', name: 'mine' });
    await mine.autosave.flush();
    mine.autosave.stop();
    const example = start(designs, { initial: { example: 'Three-tier' } });
    example.store.getState().replaceDoc(threeTier());
    example.store.getState().dispatch({ type: 'addNamespace', name: 'edited' });
    await example.autosave.flush();
    expect(savedDoc(designs)?.namespaces.map((n) => n.name)).toEqual(['mine']);
    await example.autosave.loadSavedDesign();
    expect(example.store.getState().doc.namespaces.map((n) => n.name)).toEqual(['mine']);
    expect(example.autosave.status.getState().example).toBeNull();
    example.autosave.stop();
  });

  it('saves the example once the user keeps it', async () => {
    const designs = memoryDesignStore();
    const { store, autosave } = start(designs, { initial: { example: 'Three-tier' } });
    store.getState().replaceDoc(threeTier());
    await autosave.keepThisDesign();
    expect(savedDoc(designs)).toEqual(store.getState().doc);
    autosave.stop();
  });
});

describe('an unreadable entry that could not be set aside', () => {
  it('is never saved over, and stays on screen', async () => {
    const designs = memoryDesignStore();
    designs.map.set(AUTOSAVE_KEY, '{broken');
    const unreadable = { reason: 'it is not valid JSON', text: '{broken', key: null };
    const { store, autosave } = start(designs, { initial: { unreadable } });
    store.getState().replaceDoc(threeTier());
    await autosave.flush();
    autosave.dismissUnreadable();
    expect(designs.map.get(AUTOSAVE_KEY)).toBe('{broken');
    expect(autosave.status.getState().unreadable).toEqual(unreadable);
    autosave.stop();
  });
});

describe('when the page goes away with an edit not yet saved', () => {
  function rescueStorage() {
    const map = new Map<string, string>();
    return { map, getItem: (k: string) => map.get(k) ?? null, setItem: map.set.bind(map) };
  }

  it('writes the design at once to the rescue storage, and still saves it', async () => {
    const designs = memoryDesignStore();
    const rescue = rescueStorage();
    const { store, autosave } = start(designs, { rescue });
    store.getState().replaceDoc(threeTier());
    autosave.unloading();
    const kept = decodeEntry(rescue.map.get(RESCUE_KEY) ?? '');
    expect(kept.ok && kept.design.doc).toEqual(store.getState().doc);
    await autosave.flush();
    expect(savedDoc(designs)).toEqual(store.getState().doc);
    autosave.stop();
  });

  it('writes nothing when everything is saved, or while a lesson is open', async () => {
    const designs = memoryDesignStore();
    const rescue = rescueStorage();
    const { store, autosave } = start(designs, { rescue });
    store.getState().replaceDoc(threeTier());
    await autosave.flush();
    autosave.unloading();
    expect(rescue.map.size).toBe(0);
    const lesson = builtInLesson('three-tiers');
    if (lesson === null) throw new Error('three-tiers is a built-in lesson');
    store.getState().openLesson(lesson);
    autosave.unloading();
    expect(rescue.map.size).toBe(0);
    autosave.stop();
  });
});
