import { describe, expect, it } from 'vitest';
import { VEIL_REACH, boxAt, veilClipPath } from './veilHoles';

describe('the veil of a focus', () => {
  it('covers all when no lit opened box is drawn', () => {
    expect(veilClipPath([], 40)).toBeUndefined();
  });

  it('leaves a hole over each lit opened box’s header and the badges on its edge', () => {
    const path = veilClipPath([{ x: 10, y: 20, width: 300 }], 40) ?? '';
    const side = 2 * VEIL_REACH;
    expect(path).toBe(
      `path(evenodd, 'M0 0H${String(side)}V${String(side)}H0Z` +
        `M${String(VEIL_REACH + 10)} ${String(VEIL_REACH + 8)}h300v52h-300Z')`,
    );
  });

  it('finds the lit opened box under a click on it', () => {
    const boxes = [
      { id: 'namespace:a', x: 0, y: 0, width: 100, height: 50 },
      { id: 'namespace:b', x: 200, y: 0, width: 100, height: 50 },
    ];
    expect(boxAt({ x: 250, y: 25 }, boxes)).toBe('namespace:b');
    expect(boxAt({ x: 150, y: 25 }, boxes)).toBeNull();
  });
});
