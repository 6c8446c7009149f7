import { describe, expect, it } from 'vitest';
import type { Doc, Service, Workload } from '../model';
import { serviceChipsOf } from './serviceChips';

const web: Workload = {
  namespace: 'shop',
  name: 'web',
  kind: 'Deployment',
  labels: { app: 'web' },
  ports: [{ containerPort: 8080, protocol: 'TCP', name: 'http' }],
  ips: [],
};
const db: Workload = { ...web, name: 'db', labels: { app: 'db' }, ports: [] };

const service = (name: string, selector: Record<string, string>, ports: Service['ports']) =>
  ({ namespace: 'shop', name, selector, ports }) as Service;

function docWith(services: Service[]): Doc {
  return {
    namespaces: [{ name: 'shop', labels: {} }],
    workloads: [web, db],
    externals: [],
    policies: [],
    services,
  };
}

describe('serviceChipsOf', () => {
  it('names each Service of a workload with its ports as called and as received', () => {
    const chips = serviceChipsOf(
      docWith([
        service('web', { app: 'web' }, [
          { port: 80, targetPort: 8080, protocol: 'TCP' },
          { port: 8080, targetPort: 'http', protocol: 'TCP' },
        ]),
        service('web-admin', { app: 'web' }, [
          { port: 9000, targetPort: 'admin', protocol: 'TCP' },
        ]),
      ]),
    );
    expect(chips.get('shop/web')).toEqual([
      'web TCP 80 → 8080, TCP 8080',
      'web-admin TCP 9000 → admin?',
    ]);
    expect(chips.has('shop/db')).toBe(false);
  });

  it('tells a UDP port from a TCP port of the same number', () => {
    const chips = serviceChipsOf(
      docWith([
        service('dns', { app: 'db' }, [
          { port: 53, targetPort: 53, protocol: 'UDP' },
          { port: 53, targetPort: 53, protocol: 'TCP' },
        ]),
      ]),
    );
    expect(chips.get('shop/db')).toEqual(['dns UDP 53, TCP 53']);
  });

  it('gives nothing for a design without Services', () => {
    expect(serviceChipsOf(docWith([])).size).toBe(0);
  });
});
