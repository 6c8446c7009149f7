import { describe, expect, it } from 'vitest';
import {
  ARROW_SIZES,
  ARROW_STATUSES,
  arrowMarkerId,
  dimmedArrowId,
  dimmedMarker,
} from './arrowMarkers';

describe('dimmedMarker', () => {
  it('names the faint twin of the arrowhead a line names, as React Flow hands it', () => {
    expect(dimmedMarker("url('#nc-arrow-blocked-16')")).toBe("url('#nc-arrow-blocked-16-dimmed')");
  });

  it('gives every arrowhead a twin of its own', () => {
    const ids = ARROW_STATUSES.flatMap((s) => ARROW_SIZES.map((n) => arrowMarkerId(s, n)));
    const twins = new Set(ids.map(dimmedArrowId));
    expect(twins.size).toBe(ids.length);
    for (const id of ids) expect(twins.has(id)).toBe(false);
  });
});
