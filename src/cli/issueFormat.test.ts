import { describe, expect, it } from 'vitest';
import type { Issue } from '../model';
import { issueCounts, issueLine, issuesSorted } from './issueFormat';

const issue = (overrides: Partial<Issue>): Issue => ({
  file: 'a.yaml',
  line: 3,
  column: 7,
  path: 'spec.podSelector',
  severity: 'error',
  message: 'bad',
  ...overrides,
});

describe('when printing a problem', () => {
  it('writes FILE:LINE:COL: PATH: message', () => {
    expect(issueLine(issue({}))).toBe('a.yaml:3:7: spec.podSelector: bad');
  });

  it('says warning: before the message of a warning', () => {
    expect(issueLine(issue({ severity: 'warning' }))).toBe(
      'a.yaml:3:7: spec.podSelector: warning: bad',
    );
  });

  it('keeps the two ends of a huge path, so that one line stays readable', () => {
    const line = issueLine(issue({ path: `metadata.labels.${'k'.repeat(5000)}` }));
    expect(line.length).toBeLessThan(200);
    expect(line).toMatch(/^a\.yaml:3:7: metadata\.labels\.k+…k+: bad$/);
  });

  it('leaves out what is not known', () => {
    expect(issueLine(issue({ line: 0, column: 0, path: '' }))).toBe('a.yaml: bad');
    expect(issueLine(issue({ column: 0 }))).toBe('a.yaml:3: spec.podSelector: bad');
  });

  it('keeps one line per problem', () => {
    expect(issueLine(issue({ message: 'first\n  snippet\n  ^' }))).toBe(
      'a.yaml:3:7: spec.podSelector: first',
    );
  });
});

describe('when ordering problems', () => {
  it('follows the files as given, then lines and columns', () => {
    const sorted = issuesSorted(
      [
        issue({ file: 'b.yaml', line: 1 }),
        issue({ line: 9 }),
        issue({ line: 2, column: 5 }),
        issue({ line: 2, column: 1 }),
      ],
      ['a.yaml', 'b.yaml'],
    );
    expect(sorted.map((i) => `${i.file}:${i.line}:${i.column}`)).toEqual([
      'a.yaml:2:1',
      'a.yaml:2:5',
      'a.yaml:9:7',
      'b.yaml:1:7',
    ]);
  });

  it('counts errors and warnings', () => {
    expect(
      issueCounts([issue({}), issue({ severity: 'warning' }), issue({ severity: 'warning' })]),
    ).toBe('1 error, 2 warnings');
  });
});
