import { describe, expect, it } from 'vitest';
import type { VerdictChange } from '../engine';
import { EMPTY_DOC } from '../model';
import type { Doc } from '../model';
import { statusText } from './changesText';

const web = { kind: 'workload', namespace: 'prod', name: 'web' } as const;
const db = { kind: 'workload', namespace: 'prod', name: 'db' } as const;
const change = (before: boolean): VerdictChange => ({
  id: `prod/web>prod/db TCP/3306`,
  from: web,
  to: db,
  port: 3306,
  protocol: 'TCP',
  before,
  after: !before,
  reason: '',
});

describe('the status line after edits', () => {
  const drawn: Doc = { ...EMPTY_DOC, namespaces: [{ name: 'prod', labels: {} }] };
  const deleted: Doc = { ...drawn };

  it('says what the latest edit allowed and blocked', () => {
    const notice = {
      tone: 'info',
      text: 'Deleted policy prod/db-policy.',
      doc: deleted,
      withChanges: true,
    } as const;
    expect(statusText(notice, deleted, [change(false)])).toBe(
      'Deleted policy prod/db-policy. Now allowed: prod/web → prod/db TCP 3306.',
    );
    expect(statusText(notice, deleted, [])).toBe('Deleted policy prod/db-policy.');
  });

  it('names the first five connections an edit opened and counts the rest, not hundreds', () => {
    // c200 (seed 57): deleting ns-10/policy-19 opened 378 connections, and the status line
    // named every one: unfolded, the message covered half the canvas and was still cut.
    const many: VerdictChange[] = Array.from({ length: 378 }, (_, i) => ({
      ...change(false),
      id: `prod/w-${String(i)}>prod/db TCP/3306`,
      from: { kind: 'workload', namespace: 'prod', name: `w-${String(i)}` },
    }));
    const notice = {
      tone: 'info',
      text: 'Deleted policy prod/db-policy.',
      doc: deleted,
      withChanges: true,
    } as const;
    expect(statusText(notice, deleted, [...many, change(true)])).toBe(
      'Deleted policy prod/db-policy. Now allowed: prod/w-0 → prod/db TCP 3306, ' +
        'prod/w-1 → prod/db TCP 3306, prod/w-2 → prod/db TCP 3306, prod/w-3 → prod/db TCP 3306, ' +
        'prod/w-4 → prod/db TCP 3306 and 373 more (Compare… lists every change since the last save). ' +
        'Now blocked: prod/web → prod/db TCP 3306.',
    );
  });

  it('says where to read what an edit changed in a design too large to work it out at each edit', () => {
    const large: Doc = {
      ...drawn,
      workloads: Array.from({ length: 201 }, (_, i) => ({
        namespace: 'prod',
        name: `w-${String(i)}`,
        kind: 'Pod' as const,
        labels: {},
        ports: [],
        ips: [],
      })),
    };
    const notice = {
      tone: 'info',
      text: 'Deleted policy prod/db-policy.',
      doc: large,
      withChanges: true,
    } as const;
    expect(statusText(notice, large, [])).toBe(
      'Deleted policy prod/db-policy. In a design this large what an edit allows and blocks is not worked out at each edit: Compare… lists every change since the last save.',
    );
  });

  it('no longer names an earlier edit once the design changed', () => {
    const notice = {
      tone: 'info',
      text: 'Allowed web → db. Now blocked: prod/web → prod/db TCP 3306.',
      doc: drawn,
    } as const;
    expect(statusText(notice, drawn, [])).toBe(notice.text);
    expect(statusText(notice, deleted, [change(false)])).toBeNull();
  });

  /** An import's notice with its hint for collapsed boxes, and a design of three namespaces. */
  const IMPORTED = {
    notice: {
      tone: 'info',
      text: 'Imported c.yaml: 3 namespaces.',
      whileCollapsed: 'double-click one to open it.',
    },
    three: {
      ...EMPTY_DOC,
      namespaces: ['kube-system', 'prod', 'dev'].map((name) => ({ name, labels: {} })),
    } satisfies Doc,
  } as const;

  it('says how many namespaces are collapsed, and how to open them, only while one is', () => {
    const { notice, three } = IMPORTED;
    expect(statusText(notice, three, [], 1)).toBe(
      'Imported c.yaml: 3 namespaces. 1 of 3 namespaces collapsed: double-click one to open it.',
    );
    expect(statusText(notice, three, [], 3)).toBe(
      'Imported c.yaml: 3 namespaces. 3 of 3 namespaces collapsed: double-click one to open it.',
    );
    expect(statusText(notice, three, [], 0)).toBe('Imported c.yaml: 3 namespaces.');
  });

  it('says the design is being laid out instead of how to open a box not drawn yet', () => {
    const { notice, three } = IMPORTED;
    const laying = 'Laying out 3 namespaces…';
    expect(statusText(notice, three, [], 3, laying)).toBe(
      'Imported c.yaml: 3 namespaces. Laying out 3 namespaces…',
    );
    expect(statusText(null, three, [], 3, laying)).toBe(laying);
  });

  it('keeps a message that is about no design (an import that failed)', () => {
    const notice = { tone: 'error', text: 'Could not read the file.' } as const;
    expect(statusText(notice, deleted, [])).toBe('Could not read the file.');
  });
});
