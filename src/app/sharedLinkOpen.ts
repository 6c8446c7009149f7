/**
 * Opening the page at a design link (`#design=…`): the design it holds (and
 * the trainer's lesson that travels with it), or why it cannot be opened;
 * either way the user's own design stays saved.
 */
import type { DecodedLink, Notice } from '../store';
import { isShareFragment, shareFragmentRead } from '../store';

/** The design in the address's fragment; null when the fragment holds none. */
export async function sharedDesignOf(hash: string): Promise<DecodedLink | null> {
  return isShareFragment(hash) ? shareFragmentRead(hash) : null;
}

/** What the status line says about the link the page opened. */
export function sharedNotice(link: DecodedLink): Notice {
  if (!link.ok) {
    return {
      tone: 'error',
      text: `The design in this link cannot be opened: ${link.reason}. Your own design is unchanged.`,
    };
  }
  const { title } = link.design.doc;
  const lesson = link.lesson === null ? '' : `, with the lesson “${link.lesson.title}”`;
  return {
    tone: 'info',
    text: `Opened the shared design${title === undefined ? '' : ` “${title}”`}${lesson} from the link.`,
  };
}
