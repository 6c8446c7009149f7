import { describe, expect, it } from 'vitest';
import { generateCluster } from '../engine/__fixtures__/generate';
import type { Doc } from '../model';
import { docReceiver, docSender } from './docSent';

const doc = generateCluster({ pods: 30, policies: 10, namespaces: 3, seed: 5 });
const edited: Doc = { ...doc, policies: doc.policies.slice(1), title: 'Shop, production' };

/** Each document sent in turn through a copy, as `postMessage` does, and taken in. */
function roundTrip(docs: readonly Doc[]) {
  const sender = docSender();
  const receive = docReceiver();
  return docs.map((d) => {
    const sent = structuredClone(sender.send(d));
    return { sent, received: receive(sent) };
  });
}

describe('a document the page posts to a worker', () => {
  it('goes whole the first time', () => {
    const [first] = roundTrip([doc]);
    expect(first?.sent).toEqual({ whole: doc });
    expect(first?.received).toEqual(doc);
  });

  it('then carries only the items an edit changed, and arrives equal to the document', () => {
    const withService: Doc = {
      ...edited,
      services: [{ namespace: 'ns-0', name: 'web', selector: {}, ports: [] }],
    };
    const undone = doc;
    const [, second, third, fourth] = roundTrip([doc, edited, withService, undone]);
    expect(second?.received).toEqual(edited);
    expect(third?.received).toEqual(withService);
    expect(fourth?.received).toEqual(undone);
    const changes = second !== undefined && 'changes' in second.sent ? second.sent.changes : null;
    expect(changes?.policies.items).toEqual([]);
    expect(changes?.workloads.items).toEqual([]);
    expect(changes?.policies.refs).toHaveLength(doc.policies.length - 1);
    const back = fourth !== undefined && 'changes' in fourth.sent ? fourth.sent.changes : null;
    expect(back?.policies.items).toEqual([doc.policies[0]]);
  });

  it('carries every field of the document besides its lists as it is, whatever its name', () => {
    // A field the document gains later must reach the workers without a change here.
    const later = { ...edited, note: { text: 'reviewed' } } as Doc;
    const [, second, third] = roundTrip([doc, later, { ...later, title: 'Shop' }]);
    expect(second?.received).toEqual(later);
    expect(third?.received).toEqual({ ...later, title: 'Shop' });
  });

  it('goes whole again once the worker is started again', () => {
    const sender = docSender();
    sender.send(doc);
    sender.forget();
    expect(sender.send(edited)).toEqual({ whole: edited });
  });

  it('cannot be taken in as changes by a worker that received no document before', () => {
    const sender = docSender();
    sender.send(doc);
    const sent = sender.send(edited);
    expect(() => docReceiver()(sent)).toThrow(/not received/);
  });

  it('is not taken in as changes after changes that could not be', () => {
    const sender = docSender();
    const receive = docReceiver();
    receive(sender.send(doc));
    const sent = sender.send(edited);
    if (!('changes' in sent)) throw new Error('the second document goes as changes');
    const wrong = { changes: { ...sent.changes, policies: { refs: [99], items: [] } } };
    expect(() => receive(wrong)).toThrow(/not received/);
    expect(() => receive(sender.send(doc))).toThrow(/not received/);
    sender.forget();
    expect(receive(sender.send(doc))).toEqual(doc);
  });
});
