import { describe, expect, it } from 'vitest';
import { isShareFragment, shareFragmentOf, shareFragmentRead } from './shareLink';
import { threeTier } from './testDesigns';

/**
 * A link made by the first version that shared designs (link format 1, entry format 3), frozen:
 * every later version must still open it.
 */
const FROZEN_V1 =
  'design=1.3ZRNb9swDIb_iqCz7cj2WmS6DUMPuww5FDv5QltEI8SWNIlxGhT574PtOh9r8wEjp_omvuRL-SGhN96iD9oaLvOIB2hR_SAuRcQJSi45jzhpqpFL_rz0iIw0-hCxsASPikd8C03NJQen_wxGkrVpYVbaKMl-Q4PBQYWFaZBAAYEsDGMGGpTMeau6Uw0l1qEXTqU4jgszxVlhe8a4Vyb7EgY6YzxIF5wX3R994rnBcjz0jS9y2WAZu0FlzNt6rA8Oqz6xsoZAG_RjXXzapvt0Ay8omccXHchvk9U8JNrOHKwDyjxJxZjorKfR59hrSeQO0aOmC-tJsrk4Fp23ZCtbS_b8c1GYQEDrwdRZ9WshWSqSXCQiSfexw921O9En4AWnb8cLTv-Pt6-_jve9zV3wHnl9QvdBiGl8syt8s0l81U3bO7BUN22qut-iNtvwt77AMs_F4ySW-RWW-Z129fxD9mVXNb2yqunkVf2I98J7_mX5Zlf4Zmf4GiRn67gC00JIFLazNoXaLWHP_emV0Buon4xyVhv6dAglVKu1iwP6Fn0XBmMsAWlr9gP40Om4lI2lh0lo5SVLv2dJ-jhPHpJUzPKsMDzizgbdO3P5xg9z756oLvLKZSoivuUyE7uIb6xf1RZUr882WL7n5EPON7Hb7f4B';

const POSITIONS = { 'namespace:prod': { x: 10, y: 20 }, 'workload:prod/web': { x: 30, y: 40 } };

async function read(hash: string) {
  const decoded = await shareFragmentRead(hash);
  return decoded.ok ? decoded.design : decoded.reason;
}

describe('a design shared by link', () => {
  it('comes back whole: objects, positions and name', async () => {
    const doc = { ...threeTier(), title: 'Three tiers, shared' };
    const fragment = await shareFragmentOf({ doc, positions: POSITIONS, collapsed: ['dev'] });
    expect(isShareFragment(`#${fragment}`)).toBe(true);
    expect(await read(`#${fragment}`)).toEqual({ doc, positions: POSITIONS, collapsed: ['dev'] });
  });

  it('is compressed and safe in an address', async () => {
    const fragment = await shareFragmentOf({ doc: threeTier(), positions: POSITIONS });
    expect(fragment).toMatch(/^design=1\.[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(1600);
  });

  it('made by the first version still opens', async () => {
    expect(await read(FROZEN_V1)).toEqual({
      doc: { ...threeTier(), title: 'Three tiers, shared' },
      positions: POSITIONS,
    });
  });
});

describe('a link that cannot be opened', () => {
  it('says it was cut short', async () => {
    expect(await read(FROZEN_V1.slice(0, 400))).toContain('cut short');
  });

  it('says it is damaged', async () => {
    expect(await read(`${FROZEN_V1.slice(0, 200)}*${FROZEN_V1.slice(201)}`)).toContain(
      'characters a design link never has',
    );
    const flipped = FROZEN_V1.slice(0, 300) + (FROZEN_V1[300] === 'A' ? 'B' : 'A');
    expect(await read(flipped + FROZEN_V1.slice(301))).toMatch(/damaged|not|validation|JSON/);
  });

  it('names a newer format, and refuses what is not a design link', async () => {
    expect(await read('design=2.abc')).toContain('newer netpol-canvas (link format 2)');
    expect(await read('design=hello')).toContain('not a netpol-canvas design link');
    expect(isShareFragment('#step=3')).toBe(false);
  });
});
