/**
 * Reads and checks imported files off the main thread, so the page keeps
 * responding (and can cancel) while a large cluster dump is parsed; and
 * flow logs, which can hold tens of thousands of flows.
 */
import { flowsRead, parseFiles } from '../../io';
import type { ImportReply, ImportRequest } from './importProtocol';

function reply(message: ImportReply): void {
  postMessage(message);
}

addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  try {
    if (event.data.read === 'flows') {
      reply({ type: 'flows', read: flowsRead(event.data.sources) });
      return;
    }
    const result = parseFiles(event.data.sources, {}, (progress) => {
      reply({ type: 'progress', progress });
    });
    reply({ type: 'done', result });
  } catch (error) {
    // A bug in the importer (parseFiles reports the user's mistakes as issues):
    // the page says so and keeps the design.
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
