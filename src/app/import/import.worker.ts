/**
 * Reads and checks imported files off the main thread (picked files are
 * decoded here too), so the page keeps responding (and can cancel) while a
 * large cluster dump is parsed; and flow logs, which can hold tens of
 * thousands of flows.
 */
import { flowsRead, parseFiles } from '../../io';
import type { ImportReply, ImportRequest } from './importProtocol';
import { sourceText } from './pickedFile';

function reply(message: ImportReply): void {
  postMessage(message);
}

addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  void answer(event.data);
});

async function answer(request: ImportRequest): Promise<void> {
  try {
    const sources = await Promise.all(request.sources.map(sourceText));
    if (request.read === 'flows') {
      reply({ type: 'flows', read: flowsRead(sources) });
      return;
    }
    const result = parseFiles(sources, {}, (progress) => {
      reply({ type: 'progress', progress });
    });
    reply({ type: 'done', result });
  } catch (error) {
    // A bug in the importer (parseFiles reports the user's mistakes as issues):
    // the page says so and keeps the design.
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
