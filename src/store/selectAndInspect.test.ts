import { describe, expect, it } from 'vitest';
import { builtInLesson } from '../workshop';
import { createEditorStore } from './createEditorStore';

const web = { kind: 'node', id: 'workload:prod/web' } as const;
const line = { kind: 'flow', id: 'workload:prod/web>workload:prod/api', focus: null } as const;
const walk = {
  from: 'workload:prod/web',
  to: 'workload:prod/api',
  port: 5000,
  protocol: 'TCP',
} as const;

describe('when a node or line is clicked on the canvas', () => {
  it.each(['policies', 'yaml', 'findings', 'traffic', 'walk'] as const)(
    'selects it and opens the Inspector from the %s tab',
    (panel) => {
      const store = createEditorStore();
      store.getState().openPanel(panel);
      store.getState().selectAndInspect(web);
      expect(store.getState().selection).toEqual(web);
      expect(store.getState().panel).toBe('inspector');
    },
  );

  it('opens the Inspector for a line too', () => {
    const store = createEditorStore();
    store.getState().openPanel('findings');
    store.getState().selectAndInspect(line);
    expect(store.getState()).toMatchObject({ selection: line, panel: 'inspector' });
  });

  it('keeps the Walk tab while a walk is on show in it', () => {
    const store = createEditorStore();
    store.getState().startWalk(walk);
    store.getState().openPanel('walk');
    store.getState().selectAndInspect(web);
    expect(store.getState()).toMatchObject({ selection: web, panel: 'walk' });
  });

  it('opens the Inspector when a walk runs but another tab is open', () => {
    const store = createEditorStore();
    store.getState().startWalk(walk);
    store.getState().openPanel('findings');
    store.getState().selectAndInspect(web);
    expect(store.getState().panel).toBe('inspector');
  });

  it('keeps the panel while a lesson is presented', () => {
    const lesson = builtInLesson('three-tiers');
    if (lesson === null) throw new Error('three-tiers is a built-in lesson');
    const store = createEditorStore();
    store.getState().openLesson(lesson);
    store.getState().setPresenting(true);
    store.getState().openPanel('traffic');
    store.getState().selectAndInspect(web);
    expect(store.getState()).toMatchObject({ selection: web, panel: 'traffic' });
  });

  it('opens the Inspector in presentation mode without a lesson', () => {
    const store = createEditorStore();
    store.getState().setPresenting(true);
    store.getState().openPanel('traffic');
    store.getState().selectAndInspect(web);
    expect(store.getState().panel).toBe('inspector');
  });
});
