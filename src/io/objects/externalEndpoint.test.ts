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

describe('when an external endpoint lists the ports it listens on', () => {
  const withPorts = (ports: unknown) => ({
    ...raw({ name: 'backup-server' }),
    spec: { cidr: '192.168.5.10/32', ports },
  });

  it('reads each port, TCP when the protocol is left out', () => {
    const { external, issues } = readExternalEndpoint(
      withPorts([
        { port: 80, name: 'http' },
        { port: 514, protocol: 'UDP' },
      ]),
    );
    expect(issues).toEqual([]);
    expect(external?.ports).toEqual([
      { port: 80, protocol: 'TCP', name: 'http' },
      { port: 514, protocol: 'UDP' },
    ]);
  });

  it('says where a port or a protocol is wrong', () => {
    const { external, issues } = readExternalEndpoint(
      withPorts([{ port: 0 }, { port: 80, protocol: 'HTTP' }]),
    );
    expect(external).toBeNull();
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['spec.ports[0].port', 'spec.ports[0].port must be a number from 1 to 65535'],
      ['spec.ports[1].protocol', 'spec.ports[1].protocol must be TCP, UDP or SCTP'],
    ]);
  });

  it('says so when ports is not a list', () => {
    const { issues } = readExternalEndpoint(withPorts({ port: 80 }));
    expect(issues.map((i) => i.message)).toEqual(['spec.ports must be a list']);
  });

  it('writes them back and reads them again unchanged', () => {
    const doc: Doc = {
      namespaces: [],
      workloads: [],
      policies: [],
      externals: [
        { name: 'backup-server', cidr: '192.168.5.10/32', ports: [{ port: 80, protocol: 'TCP' }] },
      ],
    };
    const parsed = parseFiles([{ name: 'design.yaml', text: serializeDocument(doc) }]);
    expect(parsed.ok && parsed.doc.externals).toEqual(doc.externals);
  });
});
