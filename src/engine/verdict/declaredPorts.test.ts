import { describe, expect, it } from 'vitest';
import { declaredPorts } from './declaredPorts';
import { docOf, podOf } from '../__fixtures__/docBuilder';

describe('when pods declare container ports', () => {
  it('lists each port/protocol once, by port then TCP, UDP, SCTP', () => {
    const doc = docOf({
      workloads: [
        podOf(
          'x/a',
          {},
          {
            ports: [
              { containerPort: 81, protocol: 'SCTP' },
              { name: 'http', containerPort: 80, protocol: 'TCP' },
              { containerPort: 81, protocol: 'TCP' },
            ],
          },
        ),
        podOf(
          'x/b',
          {},
          {
            ports: [
              { containerPort: 80, protocol: 'TCP' },
              { containerPort: 81, protocol: 'UDP' },
              { containerPort: 53, protocol: 'UDP' },
            ],
          },
        ),
      ],
    });
    expect(declaredPorts(doc)).toEqual([
      { port: 53, protocol: 'UDP' },
      { port: 80, protocol: 'TCP' },
      { port: 81, protocol: 'TCP' },
      { port: 81, protocol: 'UDP' },
      { port: 81, protocol: 'SCTP' },
    ]);
  });

  it('is empty when no pod declares a port', () => {
    expect(declaredPorts(docOf({ workloads: [podOf('x/a', {})] }))).toEqual([]);
  });
});
