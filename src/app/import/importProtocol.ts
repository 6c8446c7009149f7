/**
 * The messages between the page and the import worker, in one place. The
 * page sends the files once (text in hand, or picked files the worker
 * reads); the worker answers with progress, then the
 * result of `parseFiles` (or why it could not run); for flow logs
 * (`read: 'flows'`), the result of `flowsRead`. Cancelling ends the
 * worker: parsing is one synchronous run that cannot be interrupted from
 * inside.
 */
import type { FlowsRead, ParseProgress, ParseResult } from '../../io';
import type { ImportSource } from './pickedFile';

export interface ImportRequest {
  readonly sources: readonly ImportSource[];
  /** What the files are: a design (the default) or flow logs. */
  readonly read?: 'design' | 'flows';
}

export type ImportReply =
  | { readonly type: 'progress'; readonly progress: ParseProgress }
  | { readonly type: 'done'; readonly result: ParseResult }
  | { readonly type: 'flows'; readonly read: FlowsRead }
  | { readonly type: 'failed'; readonly message: string };
