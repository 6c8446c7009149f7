import { describe, expect, it } from 'vitest';
import { designTitleRead, designTitleWrite } from './designTitle';
import { parseFiles } from './parse';

const YAML = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: prod}\n';

describe('the name of a saved design', () => {
  it('travels in a comment on the first line and comes back', () => {
    const text = designTitleWrite(YAML, 'Shop, production');
    expect(text.split('\n')[0]).toBe('# netpol-canvas design: Shop, production');
    expect(designTitleRead(text)).toBe('Shop, production');
  });

  it('leaves the file a list of Kubernetes objects', () => {
    const parsed = parseFiles([{ name: 'a.yaml', text: designTitleWrite(YAML, 'Shop') }]);
    expect(parsed.ok && parsed.doc.namespaces.map((n) => n.name)).toEqual(['prod']);
  });

  it('is absent for an untitled design and for other files', () => {
    expect(designTitleWrite(YAML, undefined)).toBe(YAML);
    expect(designTitleWrite(YAML, '  ')).toBe(YAML);
    expect(designTitleRead(YAML)).toBeUndefined();
    expect(designTitleRead(`# a comment\n${YAML}`)).toBeUndefined();
  });
});
