import { describe, expect, it } from 'vitest';
import { builtInLesson } from '../../workshop';
import { EMPTY_DOC } from '../../model';
import { startAutosave } from '../persist/autosave';
import { AUTOSAVE_KEY } from '../persist/autosaveLoad';
import { memoryDesignStore } from '../persist/designStore';
import { createEditorStore } from '../createEditorStore';
import { nodeIdOf } from '../ids';
import { selectCanUndo } from '../derived/selectors';
import {
  selectLessonFocusNodes,
  selectLessonStep,
  selectLessonViewNodes,
} from '../derived/lesson/stepSelectors';
import { savedNames, shownDoc, threeTiers } from './lessonTestkit';

function userDesign() {
  const store = createEditorStore({ positions: { 'namespace:mine': { x: 7, y: 9 } } });
  store.getState().dispatch({ type: 'addNamespace', name: 'mine' });
  return store;
}

describe('when a lesson opens', () => {
  it("loads the step's document outside the undo history", () => {
    const store = userDesign();
    const lesson = threeTiers();
    store.getState().openLesson(lesson, { builtIn: true });
    const state = store.getState();
    expect(state.doc).toEqual(shownDoc(lesson, 0));
    expect(selectCanUndo(state)).toBe(false);
    state.undo();
    expect(store.getState().doc).toEqual(shownDoc(lesson, 0));
  });

  it('draws a step as its design places it, and gives the user back their own places on exit', () => {
    const store = userDesign();
    store.getState().openLesson(threeTiers(), { builtIn: true });
    const { positions } = store.getState();
    expect(positions[nodeIdOf({ kind: 'workload', namespace: 'prod', name: 'web' })]).toEqual({
      x: 24,
      y: 56,
    });
    expect(positions[nodeIdOf({ kind: 'namespace', name: 'prod' })]).toEqual({ x: 0, y: 150 });
    expect(JSON.stringify(store.getState().doc)).not.toContain('netpol-canvas.dev/position');
    store.getState().exitLesson();
    expect(store.getState().positions).toEqual({ 'namespace:mine': { x: 7, y: 9 } });
  });

  it('opens at the step asked for, kept within the lesson', () => {
    const store = userDesign();
    const lesson = threeTiers();
    store.getState().openLesson(lesson, { stepIndex: 99 });
    expect(store.getState().lessonSession?.stepIndex).toBe(lesson.steps.length - 1);
  });

  it('starts clean: a walk of the design does not carry over, nor into the next step', () => {
    const store = userDesign();
    const walk = {
      from: 'workload:mine/a',
      to: 'workload:mine/b',
      port: 80,
      protocol: 'TCP' as const,
    };
    store.getState().startWalk(walk);
    store.getState().openLesson(threeTiers());
    expect(store.getState().walk).toBeNull();
    store.getState().startWalk(walk);
    store.getState().setWalkStop(2);
    store.getState().lessonStep(1);
    expect(store.getState().walk).toBeNull();
    expect(store.getState().walkStop).toBe(0);
  });

  it('highlights the nodes the step names', () => {
    const store = userDesign();
    store.getState().openLesson(threeTiers());
    expect(selectLessonFocusNodes(store.getState())).toEqual([
      'workload:prod/web',
      'workload:prod/api',
      'workload:prod/db',
    ]);
  });

  it('fits the view to the pods a recipe talks about, not the whole design', () => {
    const store = userDesign();
    const recipes = builtInLesson('recipes');
    if (recipes === null) throw new Error('recipes is a built-in lesson');
    store.getState().openLesson(recipes);
    const view = selectLessonViewNodes(store.getState());
    expect(view).toEqual(
      expect.arrayContaining([
        'workload:default/web',
        'workload:default/api',
        'workload:prod/client',
      ]),
    );
    expect(view).not.toContain('workload:ops/tool');
    expect(selectLessonViewNodes(store.getState())).toBe(view);
  });

  it('fits nothing in particular outside a lesson', () => {
    expect(selectLessonViewNodes(userDesign().getState())).toEqual([]);
  });
});

describe('when a lesson steps forward', () => {
  it("selects the step's connection so that its explanation shows", () => {
    const store = userDesign();
    store.getState().openLesson(threeTiers());
    store.getState().lessonStep(3);
    const state = store.getState();
    expect(selectLessonStep(state)?.title).toBe('web can no longer reach the database');
    // The step draws web → db itself (with web → api, which it says still works): the line is
    // selected as drawn, not as one of web's paths.
    expect(state.selection).toEqual({
      kind: 'flow',
      id: 'workload:prod/web>workload:prod/db',
      focus: null,
    });
    expect(state.panel).toBe('inspector');
  });

  it('does nothing past the last step', () => {
    const store = userDesign();
    const lesson = threeTiers();
    store.getState().openLesson(lesson, { stepIndex: lesson.steps.length - 1 });
    const before = store.getState().doc;
    store.getState().lessonStep(lesson.steps.length);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().lessonSession?.stepIndex).toBe(lesson.steps.length - 1);
  });
});

describe('when the lesson is left', () => {
  it("brings the user's design and layout back, and ends presentation mode", () => {
    const store = userDesign();
    const mine = store.getState().doc;
    store.getState().openLesson(threeTiers());
    store.getState().setPresenting(true);
    store.getState().lessonStep(2);
    store.getState().exitLesson();
    const state = store.getState();
    expect(state.doc).toBe(mine);
    expect(state.positions).toEqual({ 'namespace:mine': { x: 7, y: 9 } });
    expect(state.lessonSession).toBeNull();
    expect(state.presenting).toBe(false);
  });

  it('keeps the first design when a second lesson opens over the first', () => {
    const store = userDesign();
    const mine = store.getState().doc;
    store.getState().openLesson(threeTiers());
    const namespaces = builtInLesson('namespaces');
    if (namespaces === null) throw new Error('namespaces is a built-in lesson');
    store.getState().openLesson(namespaces);
    store.getState().exitLesson();
    expect(store.getState().doc).toBe(mine);
  });
});

describe('when autosave runs during a lesson', () => {
  it("saves the user's design, never the lesson's", async () => {
    const designs = memoryDesignStore();
    const saved = designs.map;
    const store = createEditorStore({ doc: EMPTY_DOC });
    const autosave = startAutosave(store, { designs, tab: 'a', delayMs: 0 });
    store.getState().dispatch({ type: 'addNamespace', name: 'mine' });
    await autosave.flush();
    store.getState().openLesson(threeTiers());
    await autosave.flush();
    expect(savedNames(designs)).toEqual(['mine']);
    expect(saved.has(AUTOSAVE_KEY)).toBe(true);
    autosave.stop();
  });
});
