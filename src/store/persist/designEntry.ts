/**
 * The autosave entry as text: the YAML of the whole design
 * (`serializeDocument`) and the positions, with a format version. It is read
 * back through the importer, so a damaged or outdated entry is rejected by
 * the same validation as any file rather than trusted; the reason is kept,
 * for the user.
 */
import { applyEdit } from '../../engine';
import { parseFiles, serializeDocument } from '../../io';
import type { Doc } from '../../model';
import { EMPTY_DOC } from '../../model';
import type { Position, Positions } from '../editorState';
import { OUTSIDE_GROUP_ID } from '../ids';
import { ENTRY_VERSION, migrateEntry } from './migrations';

export interface SavedDesign {
  readonly doc: Doc;
  readonly positions: Positions;
  /**
   * The namespaces drawn collapsed when it was saved (view state, so that a reload shows
   * what the user had open); absent in entries of older versions: the rule for opening applies.
   */
  readonly collapsed?: readonly string[];
}

export interface EntryMeta {
  /** When it was saved (ms since epoch); 0 when not known. */
  readonly savedAt: number;
  /** The tab that saved it; '' when not known. */
  readonly tab: string;
}

export type DecodedEntry =
  | { readonly ok: true; readonly design: SavedDesign; readonly meta: EntryMeta }
  | { readonly ok: false; readonly reason: string };

export function encodeEntry(design: SavedDesign, meta: EntryMeta): string {
  return JSON.stringify({
    version: ENTRY_VERSION,
    savedAt: meta.savedAt,
    tab: meta.tab,
    title: design.doc.title ?? '',
    yaml: serializeDocument(design.doc),
    positions: design.positions,
    ...(design.collapsed === undefined ? {} : { collapsed: design.collapsed }),
  });
}

function isPosition(value: unknown): value is Position {
  if (typeof value !== 'object' || value === null) return false;
  const { x, y } = value as Record<string, unknown>;
  return typeof x === 'number' && Number.isFinite(x) && typeof y === 'number' && Number.isFinite(y);
}

function positionsOf(value: unknown): Positions {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter(([, p]) => isPosition(p)));
}

/**
 * The collapsed boxes an entry names that the design still has (its namespaces, and the group
 * outside the cluster, which a reload would otherwise open); undefined when it names none.
 */
function collapsedOf(value: unknown, doc: Doc): readonly string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const names = new Set([...doc.namespaces.map((n) => n.name), OUTSIDE_GROUP_ID]);
  return value.filter((name): name is string => typeof name === 'string' && names.has(name));
}

function docOf(yaml: string): { doc: Doc } | { reason: string } {
  if (yaml.trim() === '') return { doc: EMPTY_DOC };
  const parsed = parseFiles([{ name: 'autosave', text: yaml }]);
  if (parsed.ok) return { doc: parsed.doc };
  const first = parsed.issues[0];
  const where = first === undefined ? '' : ` (line ${first.line}: ${first.message})`;
  return { reason: `the design in it does not pass validation${where}` };
}

function withCollapsed(collapsed: readonly string[] | undefined) {
  return collapsed === undefined ? {} : { collapsed };
}

/** The saved design, or why it cannot be read. */
export function decodeEntry(text: string): DecodedEntry {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (_notJson) {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'it is not a saved design' };
  }
  const migrated = migrateEntry(raw as Record<string, unknown>);
  if (!migrated.ok) return migrated;
  const { yaml, positions, savedAt, tab, collapsed, title } = migrated.entry;
  if (typeof yaml !== 'string') return { ok: false, reason: 'it holds no design' };
  const doc = docOf(yaml);
  if ('reason' in doc) return { ok: false, reason: doc.reason };
  return {
    ok: true,
    design: {
      doc: typeof title === 'string' ? applyEdit(doc.doc, { type: 'setTitle', title }) : doc.doc,
      positions: positionsOf(positions),
      ...withCollapsed(collapsedOf(collapsed, doc.doc)),
    },
    meta: {
      savedAt: typeof savedAt === 'number' ? savedAt : 0,
      tab: typeof tab === 'string' ? tab : '',
    },
  };
}

/** What an unreadable entry is offered as: its YAML when there is some, else the text. */
export function entryAsFile(text: string): { readonly name: string; readonly text: string } {
  try {
    const raw: unknown = JSON.parse(text);
    const yaml =
      typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).yaml : null;
    if (typeof yaml === 'string') return { name: 'netpol-design-unreadable.yaml', text: yaml };
  } catch (_notJson) {
    // Offered as it is, below.
  }
  return { name: 'netpol-design-unreadable.txt', text };
}
