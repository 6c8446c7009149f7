import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../createEditorStore';
import { FIND_TEST_DOC } from '../find/findTestDoc';

const WALK = {
  from: 'workload:prod/web',
  to: 'workload:prod/db',
  port: 5432,
  protocol: 'TCP',
} as const;

describe('startWalk', () => {
  it('opens the collapsed namespace of its ends and frames the pair', () => {
    const s = createEditorStore({ doc: FIND_TEST_DOC });
    s.getState().setCollapsed(['prod'], true);
    s.getState().startWalk(WALK);
    expect(s.getState().collapsed).not.toContain('prod');
    expect(s.getState().focusRequest).toMatchObject({ ids: [WALK.from, WALK.to], pair: true });
  });

  it('leaves the camera to the walk layer when both ends are drawn', () => {
    const s = createEditorStore({ doc: FIND_TEST_DOC });
    s.getState().startWalk(WALK);
    expect(s.getState().focusRequest).toBeNull();
  });
});
