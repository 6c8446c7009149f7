/**
 * A block YAML file is read by the block reader alone; js-yaml reads it only when a message
 * needs a line, and then places it exactly as before.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadObjects } from './load';
import type * as Yaml from './yaml';

const parsed = vi.hoisted(() => ({ count: 0 }));

vi.mock('./yaml', async (importOriginal) => {
  const original = await importOriginal<typeof Yaml>();
  return {
    ...original,
    yamlEvents: (text: string, maxDepth: number) => {
      parsed.count += 1;
      return original.yamlEvents(text, maxDepth);
    },
  };
});

beforeEach(() => {
  parsed.count = 0;
});

describe('when a file is block YAML', () => {
  const text =
    '# a policy\nkind: NetworkPolicy\nspec:\n  podSelector: {}\n  ingress:\n  - ports:\n    - port: 80\n';

  it('is read without js-yaml until a message needs a line', () => {
    const result = loadObjects({ name: 'in.yaml', text });
    expect(result.ok && result.objects.map((object) => object.value)).toEqual([
      { kind: 'NetworkPolicy', spec: { podSelector: {}, ingress: [{ ports: [{ port: 80 }] }] } },
    ]);
    expect(parsed.count).toBe(0);
    const [object] = result.ok ? result.objects : [];
    expect(object?.locate('spec.ingress[0].ports[0].port')).toEqual({ line: 7, column: 7 });
    expect(object?.locate('spec.podSelector')).toEqual({ line: 4, column: 3 });
    expect(parsed.count).toBe(1);
  });

  it('is read by js-yaml when it holds what the block reader leaves to it', () => {
    const result = loadObjects({ name: 'in.yaml', text: `${text}metadata: {name: &n web}\n` });
    expect(result.ok).toBe(true);
    expect(parsed.count).toBe(1);
  });
});
