/**
 * A design in a link's fragment (`#design=1.<data>`), so that sharing needs
 * no server: the fragment never leaves the browser. `<data>` is the design as
 * an autosave entry (`encodeEntry`: its YAML, positions and name, with the
 * entry's format version, so the entry migrations open a link made by an
 * older version too), compressed with the browser's own `CompressionStream`
 * (`deflate-raw`, nothing added to the page) and written in base64url (RFC
 * 4648 §5, safe in an address). The `1.` names this wrapping; a link of a
 * wrapping this app does not know is refused with a reason, never guessed at.
 *
 * A trainer's own lesson, open when the link was made, travels with it
 * (`&lesson=1.<data>`, its steps as a lesson entry, `encodeLessonEntry`,
 * wrapped the same way), since its address (`?lesson=<id>&step=<n>`) finds it
 * only in the browser that ran it. A built-in lesson needs only its address.
 */
import type { Lesson } from '../../workshop';
import type { EntryMeta, SavedDesign } from './designEntry';
import { decodeEntry, encodeEntry } from './designEntry';
import { decodeLessonEntry, encodeLessonEntry } from './lessonEntry';

/** The fragment's key. */
export const SHARE_KEY = 'design';
/** The key of the lesson that travels with the design. */
const LESSON_KEY = 'lesson';
const WRAPPING = '1';

/** What a link holds: a design, and the trainer's own lesson open on it, if any. */
export type DecodedLink =
  | {
      readonly ok: true;
      readonly design: SavedDesign;
      readonly meta: EntryMeta;
      readonly lesson: Lesson | null;
    }
  | { readonly ok: false; readonly reason: string };
/**
 * Browsers, chat tools and mail cut addresses somewhere past 8 KB (some
 * servers at 8,192 bytes): longer links are not offered.
 */
export const SHARE_LINK_LIMIT = 8000;

async function bytesThrough(
  bytes: Uint8Array<ArrayBuffer>,
  stream: GenericTransformStream,
): Promise<Uint8Array<ArrayBuffer>> {
  const piped = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64urlBytes(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function wrapped(text: string): Promise<string> {
  const packed = await bytesThrough(
    new TextEncoder().encode(text),
    new CompressionStream('deflate-raw'),
  );
  return `${WRAPPING}.${base64url(packed)}`;
}

/** The fragment (without `#`) that holds `design`, and `lesson` when there is one. */
export async function shareFragmentOf(
  design: SavedDesign,
  lesson: Lesson | null = null,
): Promise<string> {
  const data = `${SHARE_KEY}=${await wrapped(encodeEntry(design, { savedAt: 0, tab: '' }))}`;
  if (lesson === null) return data;
  return `${data}&${LESSON_KEY}=${await wrapped(encodeLessonEntry(lesson))}`;
}

/** Whether an address's fragment (with or without `#`) holds a shared design. */
export function isShareFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(`${SHARE_KEY}=`);
}

/** The text a part of the link holds (`1.<data>`), or why it cannot be read. */
async function unwrapped(value: string): Promise<{ text: string } | { reason: string }> {
  const dot = value.indexOf('.');
  const wrapping = dot < 0 ? '' : value.slice(0, dot);
  if (wrapping !== WRAPPING) {
    return {
      reason:
        /^\d+$/.test(wrapping) && Number(wrapping) > Number(WRAPPING)
          ? `it was made by a newer netpol-canvas (link format ${wrapping})`
          : 'it is not a netpol-canvas design link',
    };
  }
  const bytes = base64urlBytes(value.slice(dot + 1));
  if (bytes === null) return { reason: 'it holds characters a design link never has' };
  try {
    const unpacked = await bytesThrough(bytes, new DecompressionStream('deflate-raw'));
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(unpacked) };
  } catch (_damaged) {
    return { reason: 'it is damaged or cut short (was all of it copied?)' };
  }
}

/** The fragment's parts by key (`design=…&lesson=…`). */
function partsOf(hash: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) parts.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return parts;
}

/**
 * The design a fragment holds with its lesson, or why it cannot be opened (damaged, cut
 * short, unknown); a lesson that cannot be read fails the whole link, said so.
 */
export async function shareFragmentRead(hash: string): Promise<DecodedLink> {
  const parts = partsOf(hash);
  const design = await unwrapped(parts.get(SHARE_KEY) ?? '');
  if ('reason' in design) return { ok: false, reason: design.reason };
  const entry = decodeEntry(design.text);
  if (!entry.ok) return entry;
  const lessonPart = parts.get(LESSON_KEY);
  if (lessonPart === undefined) return { ...entry, lesson: null };
  const lesson = await unwrapped(lessonPart);
  if ('reason' in lesson) return { ok: false, reason: `the lesson in it: ${lesson.reason}` };
  const decoded = decodeLessonEntry(lesson.text);
  if (!decoded.ok) return { ok: false, reason: `the lesson in it: ${decoded.reason}` };
  return { ...entry, lesson: decoded.lesson };
}
