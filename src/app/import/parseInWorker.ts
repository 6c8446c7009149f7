/**
 * `parseFiles` in a Web Worker (which also reads picked files): resolves with its result (in a
 * task after the one that read it), reports progress,
 * and rejects with an `AbortError` when `signal` aborts (the worker is ended
 * at once). Where there is no Worker (unit tests in Node), it parses in place.
 * `flowsReadInWorker` reads flow logs the same way.
 */
import { flowsRead, parseFiles } from '../../io';
import type { FlowsRead, ParseProgress, ParseResult } from '../../io';
import type { ImportReply, ImportRequest } from './importProtocol';
import type { ImportSource } from './pickedFile';
import { sourceText } from './pickedFile';

export class ImportFailure extends Error {
  override name = 'ImportFailure';
}

function aborted(): DOMException {
  return new DOMException('The import was cancelled.', 'AbortError');
}

/**
 * Resolves in a later task (a zero-delay timer), or rejects with an
 * `AbortError` when `signal` aborted meanwhile: an import's steps that each
 * take long (reading the worker's answer, preparing the design, taking it)
 * run as tasks of their own, and a Cancel between them still counts.
 */
export function nextTask(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      if (signal.aborted) reject(aborted());
      else resolve();
    }, 0);
  });
}

/** Runs one request in a new import worker: its last answer, or why it failed. */
function importWorkerRun(
  request: ImportRequest,
  onProgress: (progress: ParseProgress) => void,
  signal: AbortSignal,
): Promise<Exclude<ImportReply, { type: 'progress' | 'failed' }>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
      type: 'module',
      name: 'netpol-canvas import',
    });
    const finish = () => {
      signal.removeEventListener('abort', cancel);
      worker.terminate();
    };
    const cancel = () => {
      finish();
      reject(aborted());
    };
    signal.addEventListener('abort', cancel);
    worker.addEventListener('message', (event: MessageEvent<ImportReply>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress(message.progress);
        return;
      }
      finish();
      if (message.type === 'failed') {
        reject(new ImportFailure(message.message));
        return;
      }
      // Reading the answer copied the whole design in; taking it (the design replaced, its
      // canvas drawn) waits for a task of its own, so the two are not one long task.
      nextTask(signal).then(() => {
        resolve(message);
      }, reject);
    });
    worker.addEventListener('error', (event) => {
      finish();
      reject(new ImportFailure(event.message || 'the import worker could not start'));
    });
    worker.postMessage(request);
  });
}

export async function parseInWorker(
  sources: readonly ImportSource[],
  onProgress: (progress: ParseProgress) => void,
  signal: AbortSignal,
): Promise<ParseResult> {
  if (signal.aborted) throw aborted();
  if (typeof Worker === 'undefined') {
    return parseFiles(await Promise.all(sources.map(sourceText)), {}, onProgress);
  }
  const answer = await importWorkerRun({ sources }, onProgress, signal);
  if (answer.type !== 'done') throw new ImportFailure('the import worker answered out of turn');
  return answer.result;
}

/** `flowsRead` in a Web Worker (in place without one). */
export async function flowsReadInWorker(sources: readonly ImportSource[]): Promise<FlowsRead> {
  if (typeof Worker === 'undefined') return flowsRead(await Promise.all(sources.map(sourceText)));
  const answer = await importWorkerRun(
    { sources, read: 'flows' },
    () => undefined,
    new AbortController().signal,
  );
  if (answer.type !== 'flows') throw new ImportFailure('the import worker answered out of turn');
  return answer.read;
}
