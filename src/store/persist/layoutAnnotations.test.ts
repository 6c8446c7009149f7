import { describe, expect, it } from 'vitest';
import { threeTierCluster } from '../../engine/__fixtures__/clusters/threeTier';
import { parseFiles, serializeDocument, serializePolicies } from '../../io';
import { docWithPositions, positionsFromDoc, POSITION_ANNOTATION } from './layoutAnnotations';

function imported(text: string) {
  const parsed = parseFiles([{ name: 'design.yaml', text }]);
  if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
  return parsed.doc;
}

const doc = imported(serializeDocument(threeTierCluster([])));
const positions = {
  'namespace:prod': { x: 120, y: 40 },
  'workload:prod/web': { x: 24, y: 56 },
  'external:backup server': { x: 640, y: -80 },
};

describe('when a design is saved and opened again', () => {
  it('gives back the same document and the same positions', () => {
    const yaml = serializeDocument(docWithPositions(doc, positions));
    expect(yaml).toContain(`${POSITION_ANNOTATION}: 120,40`);
    expect(yaml).toContain(`${POSITION_ANNOTATION}: 640,-80`);
    const opened = positionsFromDoc(imported(yaml));
    expect(opened.doc).toEqual(doc);
    expect(opened.positions).toEqual(positions);
  });

  it('keeps positions out of the policies', () => {
    const policies = serializePolicies(docWithPositions(doc, positions));
    expect(policies).not.toContain(POSITION_ANNOTATION);
  });
});

describe('when an external endpoint has annotations of its own', () => {
  it('keeps them beside its position, and gets them back without it', () => {
    const annotated = {
      ...doc,
      externals: doc.externals.map((e) => ({ ...e, annotations: { owner: 'backups' } })),
    };
    const saved = docWithPositions(annotated, positions);
    expect(saved.externals[0]?.annotations).toEqual({
      owner: 'backups',
      [POSITION_ANNOTATION]: '640,-80',
    });
    const opened = positionsFromDoc(imported(serializeDocument(saved)));
    expect(opened.doc).toEqual(annotated);
    expect(opened.positions['external:backup server']).toEqual({ x: 640, y: -80 });
  });
});

describe('when an opened document has no positions', () => {
  it('is left as it is', () => {
    expect(positionsFromDoc(doc)).toEqual({ doc, positions: {} });
  });
});

describe('when a position annotation is not x,y', () => {
  it('is ignored', () => {
    const odd = {
      ...doc,
      namespaces: doc.namespaces.map((n) => ({
        ...n,
        annotations: { [POSITION_ANNOTATION]: 'left' },
      })),
    };
    expect(positionsFromDoc(odd).positions).toEqual({});
  });
});
