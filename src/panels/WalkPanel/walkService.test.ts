import { describe, expect, it } from 'vitest';
import type { Doc, Service } from '../../model';
import { docOf, namespaceOf, podOf } from '../../engine/__fixtures__/docBuilder';
import { walkEndsOf } from './walkEnds';
import { walkViaService } from './walkService';

const web = podOf(
  'shop/web',
  { app: 'web' },
  {
    ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
  },
);
const client = podOf('shop/client', { app: 'client' });

function shop(targetPort: number | string, selector = { app: 'web' }): Doc {
  const service: Service = {
    namespace: 'shop',
    name: 'web',
    selector,
    ports: [{ port: 80, targetPort, protocol: 'TCP' }],
  };
  return docOf({
    namespaces: [namespaceOf('shop')],
    workloads: [web, client],
    services: [service],
  });
}

const request = {
  from: 'workload:shop/client',
  to: 'service:shop/web',
  port: 80,
  protocol: 'TCP' as const,
};

describe('when a connection is walked to a Service', () => {
  it('is offered as a destination with its own ports', () => {
    expect(walkEndsOf(shop(8080)).at(-1)).toEqual({
      id: 'service:shop/web',
      label: 'Service shop/web',
      ports: [{ port: 80, protocol: 'TCP' }],
    });
  });

  it.each([8080, 'http'])('goes to the pod on its targetPort (%s)', (targetPort) => {
    expect(walkViaService(shop(targetPort), request)).toEqual({
      ok: true,
      walk: {
        from: 'workload:shop/client',
        to: 'workload:shop/web',
        port: 8080,
        protocol: 'TCP',
        via: { service: 'shop/web', port: 80 },
      },
    });
  });

  it('says why when the port is not the Service’s, or no pod receives it', () => {
    expect(walkViaService(shop(8080), { ...request, port: 81 })).toEqual({
      ok: false,
      message: 'Service shop/web has no TCP port 81 (its ports: TCP 80).',
    });
    const named = shop(8080);
    const service = named.services?.[0];
    if (service === undefined) throw new Error('no Service');
    const withName = { ...service, ports: service.ports.map((p) => ({ ...p, name: 'http' })) };
    expect(walkViaService({ ...named, services: [withName] }, { ...request, port: 81 })).toEqual({
      ok: false,
      message: 'Service shop/web has no TCP port 81 (its ports: TCP 80 (http)).',
    });
    expect(walkViaService(shop(8080, { app: 'nope' }), request)).toMatchObject({ ok: false });
    expect(walkViaService(shop('grpc'), request)).toMatchObject({ ok: false });
  });
});
