/**
 * `parseFiles` in a Web Worker: resolves with its result, reports progress,
 * and rejects with an `AbortError` when `signal` aborts (the worker is ended
 * at once). Where there is no Worker (unit tests in Node), it parses in place.
 */
import { parseFiles } from '../../io';
import type { ParseProgress, ParseResult, SourceFile } from '../../io';
import type { ImportReply, ImportRequest } from './importProtocol';

export class ImportFailure extends Error {
  override name = 'ImportFailure';
}

function aborted(): DOMException {
  return new DOMException('The import was cancelled.', 'AbortError');
}

export function parseInWorker(
  sources: readonly SourceFile[],
  onProgress: (progress: ParseProgress) => void,
  signal: AbortSignal,
): Promise<ParseResult> {
  if (signal.aborted) return Promise.reject(aborted());
  if (typeof Worker === 'undefined') return Promise.resolve(parseFiles(sources, {}, onProgress));
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
      if (message.type === 'done') resolve(message.result);
      else reject(new ImportFailure(message.message));
    });
    worker.addEventListener('error', (event) => {
      finish();
      reject(new ImportFailure(event.message || 'the import worker could not start'));
    });
    const request: ImportRequest = { sources };
    worker.postMessage(request);
  });
}
