/**
 * Reading the objects of one file by kind, each problem placed at its line.
 * Objects of kinds netpol-canvas does not use are reported (a warning) and
 * skipped; a file without a single object of a kind it reads is an error.
 */
import type { ExternalEndpoint, Issue, Namespace, NetworkPolicy, Service } from '../../model';
import { readExternalEndpoint } from './externalEndpoint';
import { issueAt } from '../text/fileIssue';
import type { LoadedObject } from '../text/load';
import { loadObjects } from '../text/load';
import { readNamespace } from './namespace';
import { readNetworkPolicy } from './networkPolicy';
import { objectKindOf } from './objectKind';
import type { OwnedWorkload } from './ownership';
import type { SourceFile } from '../text/sourceFile';
import type { PathIssue } from '../validate/networkPolicy';
import { readService } from './service';
import { readWorkload } from './workload';

/** A value read from an object, with the object it came from and its place in the input. */
export interface Read<T> {
  readonly value: T;
  readonly object: LoadedObject;
  /** Position in the whole input, across files. */
  readonly order: number;
}

export interface ReadObjects {
  readonly issues: Issue[];
  readonly namespaces: Read<Namespace>[];
  readonly workloads: Read<OwnedWorkload>[];
  readonly externals: Read<ExternalEndpoint>[];
  readonly policies: Read<NetworkPolicy>[];
  readonly services: Read<Service>[];
}

/** How strictly input is read: the app and most commands read leniently, `validate` as kubectl. */
export interface ParseOptions {
  /**
   * A plain yes/no/on/off/y/n where text is expected: 'warning' (the default) reads it as the
   * text it looks like; 'error' reports what kubectl and the API server say.
   */
  readonly booleanWords?: 'warning' | 'error';
  /**
   * A file with no document at all (empty, or only whitespace and comments) is an empty
   * design rather than a mistake: the "before" of a file a pull request adds
   * (`git show main:new.yaml` prints nothing), for `diff`.
   */
  readonly emptyIsDesign?: boolean;
}

export function emptyReadObjects(): ReadObjects {
  return { issues: [], namespaces: [], workloads: [], externals: [], policies: [], services: [] };
}

/** An issue about a field of `object`, at the line where the field was written. */
export function objectIssue(object: LoadedObject, issue: PathIssue): Issue {
  return issueAt(object.file, object.locate(issue.path), issue.path, issue.severity, issue.message);
}

/** Whether the object was of a kind netpol-canvas reads. */
function readObject(object: LoadedObject, into: ReadObjects, order: number): boolean {
  const kind = objectKindOf(object.value);
  const report = (issues: readonly PathIssue[]): void => {
    for (const issue of issues) into.issues.push(objectIssue(object, issue));
  };
  switch (kind.kind) {
    case 'skip':
      report([{ path: '', severity: 'warning', message: kind.message }]);
      return false;
    case 'invalid':
      report([{ path: kind.path, severity: 'error', message: kind.message }]);
      return true;
  }
  into.issues.push(...object.duplicates);
  // In a workload only its metadata and ports are read as text; elsewhere a
  // YAML 1.1 boolean word may be a real boolean field (`tty: yes`).
  into.issues.push(
    ...(kind.kind === 'Workload'
      ? object.booleanWords.filter((w) => /(^|\.)(metadata|ports)\b/.test(w.path))
      : object.booleanWords),
  );
  const raw = object.value;
  switch (kind.kind) {
    case 'NetworkPolicy': {
      const { policy, issues } = readNetworkPolicy(raw);
      report(issues);
      if (policy) into.policies.push({ value: policy, object, order });
      break;
    }
    case 'Namespace': {
      const { namespace, issues } = readNamespace(raw);
      report(issues);
      if (namespace) into.namespaces.push({ value: namespace, object, order });
      break;
    }
    case 'Workload': {
      const { workload, issues, ...made } = readWorkload(raw, kind.workloadKind);
      report(issues);
      if (workload) into.workloads.push({ value: { workload, ...made }, object, order });
      break;
    }
    case 'Service': {
      const { service, issues } = readService(raw);
      report(issues);
      if (service) into.services.push({ value: service, object, order });
      break;
    }
    case 'ExternalEndpoint': {
      const { external, issues } = readExternalEndpoint(raw);
      report(issues);
      if (external) into.externals.push({ value: external, object, order });
      break;
    }
  }
  return true;
}

/**
 * Read every object of `file` into `into`; `order` numbers the objects across
 * files. Returns the next free order number and, when the file held no object of
 * a kind read here (and no error said why), what to report about that.
 */
export function readFile(
  file: SourceFile,
  into: ReadObjects,
  order: number,
  options: ParseOptions = {},
): { next: number; nothingRead?: string } {
  const loaded = loadObjects(file, options.booleanWords);
  into.issues.push(...loaded.issues);
  if (!loaded.ok) return { next: order };
  let next = order;
  let known = 0;
  for (const object of loaded.objects) {
    if (readObject(object, into, next)) known += 1;
    next += 1;
  }
  if (known > 0 || loaded.issues.some((issue) => issue.severity === 'error')) return { next };
  if (loaded.objects.length === 0 && options.emptyIsDesign === true) return { next };
  const nothingRead =
    loaded.objects.length === 0
      ? 'the file holds no Kubernetes object'
      : 'nothing usable: no NetworkPolicy, Namespace, Pod, workload or Service in the file';
  return { next, nothingRead };
}
