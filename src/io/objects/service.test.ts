import { describe, expect, it } from 'vitest';
import { docOf, issuesOf } from '../__fixtures__/parseText';
import { serializeDocument } from '../serialize';

const WEB = `apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  type: ClusterIP
  clusterIP: 10.96.0.12
  selector: {app: web}
  ports:
    - {name: http, port: 80, targetPort: 8080}
    - {name: admin, port: 9000, targetPort: admin, protocol: TCP}
    - {name: dns, port: 53, protocol: UDP}
`;

describe('when a Service is imported', () => {
  it('keeps its selector and ports, targetPort defaulting to port as the API server does', () => {
    const doc = docOf(WEB);
    expect(doc.services).toEqual([
      {
        namespace: 'shop',
        name: 'web',
        selector: { app: 'web' },
        ports: [
          { name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' },
          { name: 'admin', port: 9000, targetPort: 'admin', protocol: 'TCP' },
          { name: 'dns', port: 53, targetPort: 53, protocol: 'UDP' },
        ],
      },
    ]);
    // its namespace exists, as for every other object
    expect(doc.namespaces.map((n) => n.name)).toEqual(['shop']);
  });

  it('keeps a Service without a selector (endpoints managed by hand) without one', () => {
    const doc = docOf(
      'apiVersion: v1\nkind: Service\nmetadata: {name: ext}\nspec: {ports: [{port: 443}]}\n',
    );
    expect(doc.services).toEqual([
      {
        namespace: 'default',
        name: 'ext',
        ports: [{ port: 443, targetPort: 443, protocol: 'TCP' }],
      },
    ]);
  });

  it('goes back to YAML that imports to the same Service', () => {
    const doc = docOf(WEB);
    expect(docOf(serializeDocument(doc))).toEqual(doc);
  });

  it('warns about a Service given twice and keeps the first', () => {
    const issues = issuesOf(`${WEB}---\n${WEB}`);
    expect(issues.map((i) => i.message)).toEqual([
      'Service shop/web is already defined (in.yaml:1); this one is skipped',
    ]);
  });
});

describe('when a Service is not valid', () => {
  it.each([
    ['a port without a number', '[{port: 0}]', 'spec.ports[0].port'],
    ['a port out of range', '[{port: 70000}]', 'spec.ports[0].port'],
    ['an unknown protocol', '[{port: 80, protocol: ICMP}]', 'spec.ports[0].protocol'],
    ['a target port out of range', '[{port: 80, targetPort: 70000}]', 'spec.ports[0].targetPort'],
    [
      'a target port name too long',
      '[{port: 80, targetPort: averyveryverylongname}]',
      'spec.ports[0].targetPort',
    ],
    ['two ports, one unnamed', '[{port: 80, name: a}, {port: 81}]', 'spec.ports[1].name'],
    ['two ports of one name', '[{port: 80, name: a}, {port: 81, name: a}]', 'spec.ports[1].name'],
  ])('reports %s at its field, as the API server does', (_what, ports, path) => {
    const issues = issuesOf(
      `apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {selector: {app: web}, ports: ${ports}}\n`,
    );
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.path)).toContain(path);
  });

  it('refuses a name that does not start with a letter (a DNS-1035 label)', () => {
    const issues = issuesOf('apiVersion: v1\nkind: Service\nmetadata: {name: 1web}\nspec: {}\n');
    expect(issues[0]).toMatchObject({ path: 'metadata.name', severity: 'error' });
    expect(issues[0]?.message).toContain('DNS-1035');
  });

  it('refuses selector labels that are not labels', () => {
    const issues = issuesOf(
      'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {selector: {"app web": x}}\n',
    );
    expect(issues[0]).toMatchObject({ path: 'spec.selector["app web"]', severity: 'error' });
  });
});
