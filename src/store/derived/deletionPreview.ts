/**
 * What a deletion would change, told before it is made: the connections between the
 * workloads that stay whose verdict it would flip (as `netpol-canvas diff` finds them, cell
 * for cell, with the rule that made each difference), and what it would take away with it
 * (a namespace's workloads). Pure: the derivation worker runs it, and the selectors in place
 * when there is no worker. The result is plain data, so it crosses `postMessage` unchanged.
 */
import type { DiffRow, DocEdit, PolicyIndex } from '../../engine';
import { applyEdit, compilePolicies, connectivityDiff, diffRows, oneSideLines } from '../../engine';
import type { Doc } from '../../model';

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
  const diff = connectivityDiff({ doc, index }, { doc: after, index: compilePolicies(after) });
  return {
    newlyAllowed: diff.newlyAllowed,
    newlyBlocked: diff.newlyBlocked,
    rows: diffRows(diff),
    removed: oneSideLines(diff).filter((line) => line.label.endsWith('removed')),
  };
}

const plural = (n: number) => `${n} connection${n === 1 ? '' : 's'}`;

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
  const block = newlyBlocked === 0 ? 'none' : plural(newlyBlocked);
  if (newlyAllowed === 0) return `Deleting ${what} would block ${block} and allow none${between}.`;
  return `Deleting ${what} would allow ${plural(newlyAllowed)} and block ${block}${between}.`;
}
