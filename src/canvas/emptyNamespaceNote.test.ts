import { describe, expect, it } from 'vitest';
import { emptyNamespaceNote } from './emptyNamespaceNote';

describe('when a namespace box has no workloads', () => {
  it('asks for a workload when no policy waits for pods', () => {
    expect(emptyNamespaceNote('shop', 0)).toEqual({
      text: 'No workloads yet: drag one in.',
      command: null,
    });
  });

  it('counts the policies that select missing pods and gives the command to list them', () => {
    const note = emptyNamespaceNote('onlineboutique', 12);
    expect(note.text).toBe(
      'No workloads yet. 12 policies here select pods that are not in the design: drag a workload in, or import the pods:',
    );
    expect(note.command).toBe('kubectl get pods -n onlineboutique -o yaml');
  });

  it('speaks of one policy in the singular', () => {
    expect(emptyNamespaceNote('shop', 1).text).toContain('1 policy here selects pods');
  });
});
