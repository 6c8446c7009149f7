// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { linePortsTexts } from '../../engine';
import type * as Engine from '../../engine';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { EditorProvider, createEditorStore, selectFlowGroups } from '../../store';
import { useLineTextsAhead } from './useLineTextsAhead';

vi.mock('../../engine', async (actual) => {
  const real = await actual<typeof Engine>();
  return { ...real, linePortsTexts: vi.fn(real.linePortsTexts) };
});

const idle: IdleRequestCallback[] = [];

beforeEach(() => {
  idle.length = 0;
  vi.mocked(linePortsTexts).mockClear();
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
  vi.stubGlobal('cancelIdleCallback', () => undefined);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('an opened design whose lines are in', () => {
  it('has every line’s text worked out while the page is idle, before Expand all draws them', () => {
    const doc = generateCluster({ pods: 40, policies: 15, namespaces: 4, seed: 7 });
    const store = createEditorStore({ doc });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <EditorProvider store={store}>{children}</EditorProvider>
    );
    renderHook(
      () => {
        useLineTextsAhead();
      },
      { wrapper },
    );
    expect(selectFlowGroups(store.getState()).length).toBeGreaterThan(10);
    expect(linePortsTexts).not.toHaveBeenCalled();
    for (let period = 0; period < 100 && idle.length > 0; period++) {
      idle.shift()?.({ didTimeout: false, timeRemaining: () => 50 });
    }
    expect(linePortsTexts).toHaveBeenCalledTimes(selectFlowGroups(store.getState()).length);
  });
});
