import { expect } from '@playwright/test';

/**
 * Waits until `read` (what the page shows of work it does in parts: cards, lines, far cards)
 * says `done`, for as long as what it reads keeps changing: on a busy machine that is many
 * paints. Fails, saying `stalled`, when it reads the same for `stall` ms without being done.
 */
export async function untilDone(
  read: () => Promise<string>,
  done: (now: string) => boolean,
  stalled: string,
  stall = 30_000,
): Promise<void> {
  let last = '';
  let since = Date.now();
  await expect
    .poll(
      async () => {
        const now = await read();
        if (now !== last) [last, since] = [now, Date.now()];
        return done(now) || Date.now() - since > stall;
      },
      { timeout: 0 },
    )
    .toBe(true);
  expect(done(last), `${stalled}: ${last}`).toBe(true);
}
