import { describe, expect, it } from 'vitest';
import { isPodNameOf } from './podNames';

describe('the names Kubernetes gives a workload’s pods', () => {
  it('a Deployment’s: its ReplicaSet’s hash, then five characters', () => {
    expect(isPodNameOf('web-7c9d5f8b6-x2x8z', 'web', 'Deployment')).toBe(true);
    expect(isPodNameOf('app-6-db-2-xgrnhia-xmlfo', 'app-6-db-2', 'Deployment')).toBe(true);
    expect(isPodNameOf('web-x2x8z', 'web', 'Deployment')).toBe(false);
    expect(isPodNameOf('web-api-7c9d5f8b6-x2x8z', 'web', 'Deployment')).toBe(false);
  });

  it('a StatefulSet’s: its ordinal', () => {
    expect(isPodNameOf('db-0', 'db', 'StatefulSet')).toBe(true);
    expect(isPodNameOf('db-primary', 'db', 'StatefulSet')).toBe(false);
  });

  it('a DaemonSet’s, a ReplicaSet’s, a Job’s: five characters; a CronJob’s: its minute first', () => {
    expect(isPodNameOf('agent-q7v2m', 'agent', 'DaemonSet')).toBe(true);
    expect(isPodNameOf('web-rs-x2x8z', 'web-rs', 'ReplicaSet')).toBe(true);
    expect(isPodNameOf('backup-4kd9p', 'backup', 'Job')).toBe(true);
    expect(isPodNameOf('report-29012345-4kd9p', 'report', 'CronJob')).toBe(true);
    expect(isPodNameOf('agent-q7v2', 'agent', 'DaemonSet')).toBe(false);
  });

  it('a bare Pod has no other name than its own', () => {
    expect(isPodNameOf('web-x2x8z', 'web', 'Pod')).toBe(false);
  });
});
