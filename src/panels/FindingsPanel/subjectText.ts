import type { FindingSubject } from '../../engine';

/** `prod/db`, `namespace prod`, `policy prod/db-policy spec.ingress[0]` */
export function subjectText(subject: FindingSubject): string {
  switch (subject.kind) {
    case 'workload':
      return `${subject.namespace}/${subject.name}`;
    case 'namespace':
      return `namespace ${subject.name}`;
    case 'policy':
      return `policy ${subject.namespace}/${subject.name}${subject.path === undefined ? '' : ` ${subject.path}`}`;
  }
}
