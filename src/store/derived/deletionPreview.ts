/**
 * What a deletion would change, told before it is made: the connections between the
 * workloads that stay whose verdict it would flip (as `netpol-canvas diff` finds them, cell
 * for cell, with the rule that made each difference), and what it would take away with it
 * (a namespace's workloads). Pure: the derivation worker runs it, and the selectors in place
 * when there is no worker. The result is plain data, so it crosses `postMessage` unchanged.
 */
import type { DiffRow, DocEdit, PolicyIndex } from '../../engine';
import {
  applyEdit,
  compilePolicies,
  connectivityDiff,
  diffRows,
  oneSideLines,
  plural,
} from '../../engine';
import type { Doc } from '../../model';
import { changesOf, changesWorkedOut } from './derive';

/** A deletion the user asked to preview; `key` tells two requests apart (`deletionKeyOf`). */
export interface DeletionRequest {
  readonly key: string;
  readonly edit: DocEdit;
}

export interface DeletionPreview {
  readonly newlyAllowed: number;
  readonly newlyBlocked: number;
  /** One row per source, destination and direction of change, ports with the same reason together. */
  readonly rows: readonly DiffRow[];
  /** `Workloads removed: prod/web, prod/db`: what goes with the deletion (a namespace's). */
  readonly removed: readonly { readonly label: string; readonly names: readonly string[] }[];
  /**
   * How many of these the canvas and the status line will show once it is done (`changesOf`:
   * between two different workloads, on a port the destination declares); null when the
   * design is too large for them to show any.
   */
  readonly shown: number | null;
}

/** The same edit gives the same key, whichever button asked. */
export function deletionKeyOf(edit: DocEdit): string {
  return JSON.stringify(edit);
}

export function deriveDeletionPreview(
  doc: Doc,
  index: PolicyIndex,
  edit: DocEdit,
): DeletionPreview {
  const after = applyEdit(doc, edit);
  const afterIndex = compilePolicies(after);
  const diff = connectivityDiff({ doc, index }, { doc: after, index: afterIndex });
  const shown = changesOf({ doc, index }, { doc: after, index: afterIndex }).filter(
    (c) => c.from.kind === 'workload' && c.to.kind === 'workload' && c.before !== c.after,
  );
  const small = changesWorkedOut(doc) && changesWorkedOut(after);
  return {
    newlyAllowed: diff.newlyAllowed,
    newlyBlocked: diff.newlyBlocked,
    rows: diffRows(diff),
    removed: oneSideLines(diff).filter((line) => line.label.endsWith('removed')),
    shown: small ? shown.length : null,
  };
}

const connections = (n: number) => plural(n, 'connection');

/**
 * "Deleting this policy would allow 14 connections and block none." `what` names the
 * deleted thing (`this policy`, `this rule`); `enforced` false: a plugin that enforces nothing.
 */
export function deletionPreviewText(
  preview: DeletionPreview,
  what: string,
  enforced = true,
): string {
  if (!enforced) {
    return `With this network plugin no policy is enforced: deleting ${what} would change no connection.`;
  }
  const { newlyAllowed, newlyBlocked } = preview;
  const between = preview.removed.length > 0 ? ' between the workloads that stay' : '';
  if (newlyAllowed === 0 && newlyBlocked === 0) {
    return `Deleting ${what} would change no connection${between}.`;
  }
  const block = newlyBlocked === 0 ? 'none' : connections(newlyBlocked);
  const said =
    newlyAllowed === 0
      ? `Deleting ${what} would block ${block} and allow none${between}.`
      : `Deleting ${what} would allow ${connections(newlyAllowed)} and block ${block}${between}.`;
  return `${said}${shownText(preview)}`;
}

/**
 * Why the status line will name fewer: it and the canvas compare two different workloads at
 * the ports the destination declares, the diff every port some pod declares, a pod and itself too.
 */
function shownText({ shown, newlyAllowed, newlyBlocked }: DeletionPreview): string {
  if (shown === null || shown === newlyAllowed + newlyBlocked) return '';
  return ` The canvas and the status line will show ${shown} of them: those between two workloads on a port the destination declares.`;
}
