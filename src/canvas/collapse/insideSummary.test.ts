import { describe, expect, it } from 'vitest';
import { insideSummaryLines } from './insideSummary';

describe("a collapsed namespace's lines inside", () => {
  it('says when there are none', () => {
    expect(insideSummaryLines({ connections: 0, blocked: 0, partial: 0 })).toEqual([
      'no lines inside',
    ]);
  });

  it('counts them on one line when none is blocked', () => {
    expect(insideSummaryLines({ connections: 1, blocked: 0, partial: 0 })).toEqual([
      '1 connection inside',
    ]);
  });

  it('says what is blocked on a second line', () => {
    expect(insideSummaryLines({ connections: 6, blocked: 2, partial: 0 })).toEqual([
      '6 connections inside',
      '2 blocked',
    ]);
    expect(insideSummaryLines({ connections: 6, blocked: 0, partial: 1 })).toEqual([
      '6 connections inside',
      '1 partly blocked',
    ]);
  });

  it('shortens "partly blocked" beside the blocked ones, so the second line stays short', () => {
    // The whole wording, "30 connections, 24 blocked, 3 partly blocked inside", was cut
    // presented ("…3 partly block…").
    expect(insideSummaryLines({ connections: 30, blocked: 24, partial: 3 })).toEqual([
      '30 connections inside',
      '24 blocked, 3 partly',
    ]);
  });

  it('keeps each line within 25 characters up to four-digit counts', () => {
    for (const n of [9, 99, 999, 9999]) {
      for (const line of insideSummaryLines({ connections: n, blocked: n, partial: n })) {
        expect(line.length, line).toBeLessThanOrEqual(25);
      }
    }
  });
});
