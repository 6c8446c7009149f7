/**
 * Writes the autosave entry (the design as YAML, with its positions) off the
 * main thread: on a large design that takes longer than a frame. The page sends each
 * document after the first as its changes (`docSent.ts`).
 */
import type { EncodeRequest } from './encodeInWorker';
import { encodeAnswerer } from './encodeInWorker';

const answer = encodeAnswerer();

addEventListener('message', (event: MessageEvent<EncodeRequest>) => {
  postMessage(answer(event.data));
});
