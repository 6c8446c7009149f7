import { describe, expect, it } from 'vitest';
import type { Issue } from '../../model';
import { yamlDiagnostics } from './yamlDiagnostics';

const issue = (line: number, column: number, message = 'bad'): Issue => ({
  file: 'f',
  line,
  column,
  path: 'spec.policyTypes[0]',
  severity: 'error',
  message,
});

describe('when the importer reports an issue at a line and column', () => {
  const text = 'a: 1\nspec:\n  policyTypes: [Ingres]\n';

  it('marks from that column to the end of the line', () => {
    const [d] = yamlDiagnostics(text, [issue(3, 17)]);
    expect(text.slice(d!.from, d!.to)).toBe('Ingres]');
    expect(d!.message).toBe('bad (spec.policyTypes[0])');
    expect(d!.severity).toBe('error');
  });

  it('marks the first line when the issue has no place in the text', () => {
    const [d] = yamlDiagnostics(text, [issue(0, 0)]);
    expect(text.slice(d!.from, d!.to)).toBe('a: 1');
  });

  it('stays inside the text when the position is past its end', () => {
    const [d] = yamlDiagnostics(text, [issue(99, 99)]);
    expect(d!.to).toBeLessThanOrEqual(text.length);
    expect(d!.from).toBeLessThanOrEqual(d!.to);
  });
});
