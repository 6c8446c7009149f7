// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MOVING_ATTRIBUTE, useCameraMoving } from './useCameraMoving';

afterEach(cleanup);

describe('the canvas while its camera moves', () => {
  it('is marked from the start of a move to its end, and only then', () => {
    const { result } = renderHook(() => useCameraMoving());
    const wrapper = document.createElement('div');
    result.current.ref.current = wrapper;
    expect(wrapper.hasAttribute(MOVING_ATTRIBUTE)).toBe(false);
    result.current.onMoveStart();
    expect(wrapper.getAttribute(MOVING_ATTRIBUTE)).toBe('true');
    result.current.onMoveEnd();
    expect(wrapper.hasAttribute(MOVING_ATTRIBUTE)).toBe(false);
  });

  it('keeps its callbacks across renders, so React Flow is handed the same ones', () => {
    const { result, rerender } = renderHook(() => useCameraMoving());
    const first = result.current;
    rerender();
    expect(result.current.onMoveStart).toBe(first.onMoveStart);
    expect(result.current.onMoveEnd).toBe(first.onMoveEnd);
  });
});
