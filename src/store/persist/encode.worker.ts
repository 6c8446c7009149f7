/**
 * Writes the autosave entry (the design as YAML, with its positions) off the
 * main thread: on a large design that takes longer than a frame.
 */
import type { EncodeReply, EncodeRequest } from './encodeInWorker';
import { encodeEntry } from './designEntry';

addEventListener('message', (event: MessageEvent<EncodeRequest>) => {
  const { id, design, meta } = event.data;
  let reply: EncodeReply;
  try {
    reply = { id, text: encodeEntry(design, meta) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  postMessage(reply);
});
