import { describe, expect, it } from 'vitest';
import type { Doc } from '../../model';
import {
  EXTERNAL_NAME_ANNOTATION,
  externalEndpointObjects,
  readExternalEndpoint,
} from './externalEndpoint';
import { parseFiles } from '../parse';
import { serializeDocument } from '../serialize';

const POSITION = 'netpol-canvas.dev/position';

function raw(metadata: Record<string, unknown>, cidr = '192.168.5.10/32') {
  return {
    apiVersion: 'netpol-canvas.dev/v1alpha1',
    kind: 'ExternalEndpoint',
    metadata,
    spec: { cidr },
  };
}

describe('when an external endpoint carries annotations', () => {
  it('keeps them, without the annotation that holds its name', () => {
    const { external } = readExternalEndpoint(
      raw({
        name: 'backup-server',
        annotations: { [EXTERNAL_NAME_ANNOTATION]: 'backup server', [POSITION]: '520,80' },
      }),
    );
    expect(external).toEqual({
      name: 'backup server',
      cidr: '192.168.5.10/32',
      annotations: { [POSITION]: '520,80' },
    });
  });

  it('writes them back beside the name annotation, keys sorted', () => {
    const [object] = externalEndpointObjects([
      { name: 'backup server', cidr: '192.168.5.10/32', annotations: { [POSITION]: '520,80' } },
    ]);
    expect(object?.metadata).toEqual({
      name: 'backup-server',
      annotations: { [EXTERNAL_NAME_ANNOTATION]: 'backup server', [POSITION]: '520,80' },
    });
  });

  it('lets the name, not a stale name annotation, decide what is written', () => {
    const [object] = externalEndpointObjects([
      {
        name: 'dns',
        cidr: '8.8.8.8',
        annotations: { [EXTERNAL_NAME_ANNOTATION]: 'old name', [POSITION]: '1,2' },
      },
    ]);
    expect(object?.metadata).toEqual({ name: 'dns', annotations: { [POSITION]: '1,2' } });
  });
});

describe('when an external endpoint has no annotations', () => {
  it('reads without an annotations field', () => {
    const { external } = readExternalEndpoint(raw({ name: 'dns' }, '8.8.8.8'));
    expect(external).toEqual({ name: 'dns', cidr: '8.8.8.8' });
    expect(external !== null && 'annotations' in external).toBe(false);
  });

  it('writes no annotations', () => {
    const [object] = externalEndpointObjects([{ name: 'dns', cidr: '8.8.8.8' }]);
    expect(object?.metadata).toEqual({ name: 'dns' });
  });
});

describe('when a design with annotated external endpoints is exported and imported', () => {
  it('gives back the same endpoints', () => {
    const doc: Doc = {
      namespaces: [],
      workloads: [],
      externals: [
        { name: 'backup server', cidr: '192.168.5.10/32', annotations: { [POSITION]: '520,80' } },
        { name: 'dns', cidr: '8.8.8.8', annotations: { owner: 'platform', [POSITION]: '0,-40' } },
      ],
      policies: [],
    };
    const parsed = parseFiles([{ name: 'design.yaml', text: serializeDocument(doc) }]);
    expect(parsed.ok && parsed.doc.externals).toEqual(doc.externals);
  });
});
