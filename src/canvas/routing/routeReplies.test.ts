import { describe, expect, it } from 'vitest';
import { routeReplies } from './routeReplies';

describe("the route worker's replies the page shows", () => {
  it('shows a reply older than the newest request, while that one is routed', () => {
    const replies = routeReplies();
    // Expand all asked (7), then a pick (8) while 7 was routed: 7's routes are shown at once.
    expect(replies.takes(7)).toBe(true);
    expect(replies.takes(8)).toBe(true);
  });

  it('never shows a reply older than the one shown', () => {
    const replies = routeReplies();
    expect(replies.takes(8)).toBe(true);
    expect(replies.takes(7)).toBe(false);
  });

  it('never shows a reply to a request made before the lines were routed in place', () => {
    const replies = routeReplies();
    replies.drop(4);
    expect(replies.takes(3)).toBe(false);
    expect(replies.takes(4)).toBe(false);
    expect(replies.takes(5)).toBe(true);
  });
});
