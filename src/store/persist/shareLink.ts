/**
 * A design in a link's fragment (`#design=1.<data>`), so that sharing needs
 * no server: the fragment never leaves the browser. `<data>` is the design as
 * an autosave entry (`encodeEntry`: its YAML, positions and name, with the
 * entry's format version, so the entry migrations open a link made by an
 * older version too), compressed with the browser's own `CompressionStream`
 * (`deflate-raw`, nothing added to the page) and written in base64url (RFC
 * 4648 §5, safe in an address). The `1.` names this wrapping; a link of a
 * wrapping this app does not know is refused with a reason, never guessed at.
 */
import type { DecodedEntry, SavedDesign } from './designEntry';
import { decodeEntry, encodeEntry } from './designEntry';

/** The fragment's key. */
export const SHARE_KEY = 'design';
const WRAPPING = '1';
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

/** The fragment (without `#`) that holds `design`. */
export async function shareFragmentOf(design: SavedDesign): Promise<string> {
  const entry = encodeEntry(design, { savedAt: 0, tab: '' });
  const packed = await bytesThrough(
    new TextEncoder().encode(entry),
    new CompressionStream('deflate-raw'),
  );
  return `${SHARE_KEY}=${WRAPPING}.${base64url(packed)}`;
}

/** Whether an address's fragment (with or without `#`) holds a shared design. */
export function isShareFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(`${SHARE_KEY}=`);
}

/** The design a fragment holds, or why it cannot be opened (damaged, cut short, unknown). */
export async function shareFragmentRead(hash: string): Promise<DecodedEntry> {
  const value = hash.replace(/^#/, '').slice(SHARE_KEY.length + 1);
  const dot = value.indexOf('.');
  const wrapping = dot < 0 ? '' : value.slice(0, dot);
  if (wrapping !== WRAPPING) {
    return {
      ok: false,
      reason:
        /^\d+$/.test(wrapping) && Number(wrapping) > Number(WRAPPING)
          ? `it was made by a newer netpol-canvas (link format ${wrapping})`
          : 'it is not a netpol-canvas design link',
    };
  }
  const bytes = base64urlBytes(value.slice(dot + 1));
  if (bytes === null) return { ok: false, reason: 'it holds characters a design link never has' };
  let text: string;
  try {
    const unpacked = await bytesThrough(bytes, new DecompressionStream('deflate-raw'));
    text = new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
  } catch (_damaged) {
    return { ok: false, reason: 'it is damaged or cut short (was all of it copied?)' };
  }
  return decodeEntry(text);
}
