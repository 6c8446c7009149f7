import { describe, expect, it } from 'vitest';
import { generateCluster } from '../__fixtures__/generate';
import { compilePolicies } from '../compile/compile';
import { declaredPorts } from './declaredPorts';
import { isTrafficAllowed } from './evaluate';
import { trafficCheckerOf } from './trafficChecker';
import type { Traffic } from './verdict';

describe('when many connections are asked about', () => {
  it('answers as isTrafficAllowed does, before and after it switches to matrices', () => {
    const doc = generateCluster({ pods: 60, namespaces: 4, policies: 30, seed: 7 });
    const index = compilePolicies(doc);
    const allows = trafficCheckerOf(index);
    const ports = declaredPorts(doc).slice(0, 3);
    let differences = 0;
    let blocked = 0;
    for (const { port, protocol } of ports) {
      for (const from of index.pods) {
        for (const to of index.pods) {
          const traffic: Traffic = {
            from: { kind: 'pod', key: from },
            to: { kind: 'pod', key: to },
            port,
            protocol,
          };
          const expected = isTrafficAllowed(index, traffic).allowed;
          if (!expected) blocked++;
          if (allows(traffic) !== expected) differences++;
        }
      }
    }
    expect(blocked).toBeGreaterThan(0);
    expect(differences).toBe(0);
  });
});
