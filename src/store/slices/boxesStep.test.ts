import { describe, expect, it } from 'vitest';
import { OUTSIDE_GROUP_ID } from '../ids';
import { boxesStepText } from './boxesStep';

describe('what an Expand or Collapse did, for the status line', () => {
  it('names one box, a few, or counts many', () => {
    expect(boxesStepText(['ns-9'], false)).toBe('Expanded ns-9');
    expect(boxesStepText(['ns-4', 'ns-9'], true)).toBe('Collapsed ns-4 and ns-9');
    expect(boxesStepText(['a', 'b', 'c'], false)).toBe('Expanded a, b and c');
    expect(boxesStepText(['a', 'b', 'c', 'd'], false)).toBe('Expanded 4 boxes');
  });

  it('names the group outside the cluster as the canvas does', () => {
    expect(boxesStepText([OUTSIDE_GROUP_ID], true)).toBe('Collapsed Outside the cluster');
  });
});
