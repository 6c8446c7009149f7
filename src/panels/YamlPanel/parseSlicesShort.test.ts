// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

const scheduling = { isInputPending: () => false };

afterEach(() => {
  Reflect.deleteProperty(navigator, 'scheduling');
  vi.resetModules();
});

describe("CodeMirror's parse slices", () => {
  it('are set while isInputPending is hidden, and the page has it again after', async () => {
    Object.defineProperty(navigator, 'scheduling', { value: scheduling, configurable: true });
    const { parseSlicesShortEnd } = await import('./parseSlicesShort');
    expect((navigator as { scheduling?: unknown }).scheduling).toBeUndefined();
    parseSlicesShortEnd();
    expect((navigator as { scheduling?: unknown }).scheduling).toBe(scheduling);
  });

  it('leave a browser without it as it was', async () => {
    const { parseSlicesShortEnd } = await import('./parseSlicesShort');
    parseSlicesShortEnd();
    expect('scheduling' in navigator).toBe(false);
  });
});
