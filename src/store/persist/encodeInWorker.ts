/**
 * `encodeEntry` in a Web Worker, for autosave: one worker, started on the
 * first save, answers each request by id. Without a Worker (Node, unit
 * tests), or once the worker could not start, entries are encoded in place.
 */
import type { EntryMeta, SavedDesign } from './designEntry';
import { encodeEntry } from './designEntry';
import type { DocSent } from '../docSent';
import { docReceiver, docSender } from '../docSent';

/** A design to encode; its document as changes since the one sent before (`docSent.ts`). */
export interface EncodeRequest {
  readonly id: number;
  readonly design: Omit<SavedDesign, 'doc'> & { readonly doc: DocSent };
  readonly meta: EntryMeta;
}

export type EncodeReply =
  { readonly id: number; readonly text: string } | { readonly id: number; readonly error: string };

/** Turns a design into the text autosave stores. */
export type EntryEncoder = (design: SavedDesign, meta: EntryMeta) => Promise<string>;

export function encodeInPlace(design: SavedDesign, meta: EntryMeta): Promise<string> {
  return Promise.resolve(encodeEntry(design, meta));
}

/** The worker's answers, request by request, in the order they were posted. */
export function encodeAnswerer(): (request: EncodeRequest) => EncodeReply {
  const receive = docReceiver();
  return ({ id, design, meta }) => {
    try {
      return { id, text: encodeEntry({ ...design, doc: receive(design.doc) }, meta) };
    } catch (error) {
      return { id, error: error instanceof Error ? error.message : String(error) };
    }
  };
}

interface Waiting {
  readonly resolve: (text: string) => void;
  readonly reject: (error: Error) => void;
}

/** An encoder that runs in a worker when the page has one. */
export function encodeInWorker(): EntryEncoder {
  if (typeof Worker === 'undefined') return encodeInPlace;
  let worker: Worker | null = null;
  let broken = false;
  let next = 0;
  const waiting = new Map<number, Waiting>();
  const sender = docSender();
  const start = (): Worker => {
    sender.forget();
    const started = new Worker(new URL('./encode.worker.ts', import.meta.url), {
      type: 'module',
      name: 'netpol-canvas autosave',
    });
    started.addEventListener('message', (event: MessageEvent<EncodeReply>) => {
      const reply = event.data;
      const done = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('text' in reply) done?.resolve(reply.text);
      else {
        // The worker may not have taken the document in: the next goes whole.
        sender.forget();
        done?.reject(new Error(reply.error));
      }
    });
    started.addEventListener('error', (event) => {
      // The worker could not start: these saves fail (autosave says so), later ones run in place.
      event.preventDefault();
      broken = true;
      started.terminate();
      for (const done of waiting.values()) done.reject(new Error('the autosave worker failed'));
      waiting.clear();
    });
    return started;
  };
  return (design, meta) => {
    if (broken) return encodeInPlace(design, meta);
    worker ??= start();
    const id = (next += 1);
    const running = worker;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      const request: EncodeRequest = {
        id,
        design: { ...design, doc: sender.send(design.doc) },
        meta,
      };
      running.postMessage(request);
    });
  };
}
