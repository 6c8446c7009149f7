/**
 * A document as the page posts it to a worker: after the first, only what changed since the
 * document it sent before. `postMessage` copies what it is given, and an edit copied the whole
 * design each time (a dump's 2,000 workloads and 1,000 policies: 6-13 ms of the edit's task on
 * a quiet machine, over 100 ms on a busy one, and as much garbage in the worker). An item of a
 * list that is the very object sent before goes as its index in that list; the worker takes it
 * from the document it received before. Messages arrive in the order they were posted, so
 * the worker must take in every one it receives, in order, even those it will not work on.
 * Every other field of the document (the title, and any field `Doc` gains) goes as it is.
 */
import type { Doc } from '../model';

/** A list: `refs[i]` is the index of item i in the list sent before, or -1 for the next of `items`. */
export interface ListSent<T> {
  readonly refs: readonly number[];
  readonly items: readonly T[];
}

type Lists = Pick<Doc, 'namespaces' | 'workloads' | 'externals' | 'policies'>;

/** Every field of the document but its lists, sent as it is: a field `Doc` gains later too. */
export type DocFields = Omit<Doc, keyof Lists | 'services'>;

/** The document's lists as changes since the one before; its other fields as they are. */
export type DocChanges = { readonly [K in keyof Lists]: ListSent<Lists[K][number]> } & {
  readonly services?: ListSent<NonNullable<Doc['services']>[number]>;
  readonly fields: DocFields;
};

export type DocSent = { readonly whole: Doc } | { readonly changes: DocChanges };

function listSent<T>(before: readonly T[] | undefined, next: readonly T[]): ListSent<T> {
  const at = new Map<T, number>();
  before?.forEach((item, i) => at.set(item, i));
  const refs: number[] = [];
  const items: T[] = [];
  for (const item of next) {
    const i = at.get(item);
    refs.push(i ?? -1);
    if (i === undefined) items.push(item);
  }
  return { refs, items };
}

function fieldsOf(doc: Doc): DocFields {
  const {
    namespaces: _namespaces,
    workloads: _workloads,
    externals: _externals,
    policies: _policies,
    services: _services,
    ...fields
  } = doc;
  return fields;
}

function listTaken<T>(before: readonly T[] | undefined, { refs, items }: ListSent<T>): T[] {
  let next = 0;
  return refs.map((i) => {
    const item = i < 0 ? items[next++] : before?.[i];
    if (item === undefined) throw new Error('a document was sent as changes to one not received');
    return item;
  });
}

/** The page's side: each document as changes since the one it sent before (the first whole). */
export function docSender(): { send: (doc: Doc) => DocSent; forget: () => void } {
  let last: Doc | null = null;
  return {
    send: (doc) => {
      const before = last;
      last = doc;
      if (before === null) return { whole: doc };
      const { services } = doc;
      return {
        changes: {
          namespaces: listSent(before.namespaces, doc.namespaces),
          workloads: listSent(before.workloads, doc.workloads),
          externals: listSent(before.externals, doc.externals),
          policies: listSent(before.policies, doc.policies),
          ...(services === undefined ? {} : { services: listSent(before.services, services) }),
          fields: fieldsOf(doc),
        },
      };
    },
    /** The worker was started again: the next document goes whole. */
    forget: () => {
      last = null;
    },
  };
}

/**
 * The worker's side: the documents, in the order they were sent. Throws on changes to a
 * document it did not take in, and on any changes after that until a whole one comes.
 */
export function docReceiver(): (sent: DocSent) => Doc {
  let last: Doc | null = null;
  return (sent) => {
    if ('whole' in sent) {
      last = sent.whole;
      return last;
    }
    const before = last;
    // Until the next whole document, any changes are to a document not received.
    last = null;
    if (before === null) throw new Error('a document was sent as changes to one not received');
    const { services, fields } = sent.changes;
    last = {
      ...fields,
      namespaces: listTaken(before.namespaces, sent.changes.namespaces),
      workloads: listTaken(before.workloads, sent.changes.workloads),
      externals: listTaken(before.externals, sent.changes.externals),
      policies: listTaken(before.policies, sent.changes.policies),
      ...(services === undefined ? {} : { services: listTaken(before.services, services) }),
    };
    return last;
  };
}
