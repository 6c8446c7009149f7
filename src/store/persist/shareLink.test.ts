import { describe, expect, it } from 'vitest';
import { builtInLesson } from '../../workshop';
import type { Lesson } from '../../workshop';
import { isShareFragment, shareFragmentOf, shareFragmentRead } from './shareLink';
import { positionsFromDoc } from './layoutAnnotations';
import { threeTier } from './testDesigns';

/**
 * A link made by the first version that shared designs (link format 1, entry format 3), frozen:
 * every later version must still open it.
 */
const FROZEN_V1 =
  'design=1.3ZRNb9swDIb_iqCz7cj2WmS6DUMPuww5FDv5QltEI8SWNIlxGhT574PtOh9r8wEjp_omvuRL-SGhN96iD9oaLvOIB2hR_SAuRcQJSi45jzhpqpFL_rz0iIw0-hCxsASPikd8C03NJQen_wxGkrVpYVbaKMl-Q4PBQYWFaZBAAYEsDGMGGpTMeau6Uw0l1qEXTqU4jgszxVlhe8a4Vyb7EgY6YzxIF5wX3R994rnBcjz0jS9y2WAZu0FlzNt6rA8Oqz6xsoZAG_RjXXzapvt0Ay8omccXHchvk9U8JNrOHKwDyjxJxZjorKfR59hrSeQO0aOmC-tJsrk4Fp23ZCtbS_b8c1GYQEDrwdRZ9WshWSqSXCQiSfexw921O9En4AWnb8cLTv-Pt6-_jve9zV3wHnl9QvdBiGl8syt8s0l81U3bO7BUN22qut-iNtvwt77AMs_F4ySW-RWW-Z129fxD9mVXNb2yqunkVf2I98J7_mX5Zlf4Zmf4GiRn67gC00JIFLazNoXaLWHP_emV0Buon4xyVhv6dAglVKu1iwP6Fn0XBmMsAWlr9gP40Om4lI2lh0lo5SVLv2dJ-jhPHpJUzPKsMDzizgbdO3P5xg9z756oLvLKZSoivuUyE7uIb6xf1RZUr882WL7n5EPON7Hb7f4B';

/**
 * A link of the first version that carried a trainer's own lesson (`&lesson=1.`, lesson entry
 * format 1) with the design, frozen: the design of FROZEN_V1 with `ownLesson()`.
 */
const FROZEN_WITH_LESSON =
  'design=1.3ZRNb6MwEIb_iuUzEBvUKuvbatXDXqocqp64TPCosQK2157QRlX--wqy5GObL6Gcyo15Pe_AM6_8yVs' +
  'M0TjLVZHwCC3qn8SVSDjBnCvOE06GauSKvywCIiODISYsLiCg5glfQ1NzxcGb162RYq0s7dJYrdgzNBg9VFjaBgk' +
  '0EKjSMmahQcV8cLp7q2GOdeyFYylN09KOcdbYnjHuldG-hJHOGG-lC86z7o9OeL7jfHjpB1_k8o7z1G9VxoKrh_7' +
  'oseoPVs4SGIth6EuPx3SPaeANFQv4ZiKFdbacxsy4iYdVRFVkUgwHvQs0-Bx6LYj8vnowdOYCKTYVh6IPjlzlasV' +
  'efs1KGwlotTX1Tv-eKSZFVohMZHJX23-78Uf6CLzgze14wZv_8fb91_H-G3MXvAdeJ-g-CDGOb36Fbz6Kr74pvVu' +
  'W-qak6vsFtVnHP_UFlkUhHkexLK6wLO6U1fMX2beNqrwSVTk6ql_xXrjPvy3f_Arf_Axfi-RdnVZgW4iZxnbSSqj' +
  '9Anbcnz4Ig4X6yWrvjKWTS5hDtVz5NGJoMXRlsNYRkHF2t4Avkw5b2dC634TRQTH5I8_k4zR7yKSYFHlpecK9i6Z' +
  '35uqT7_feXVFd5YMrKRK-5ioXm83mLw&lesson=1.7VbBjts2EP2VAS-5yLIct8WCPQXpHgq0CwNJ20PsAyWOLcI' +
  'UyZBje4XF_ntBybJkx4VjOMmhsE4SOe_NcB5JvRe2RR-UNYxPEqYxhPj6wpRknFX1iBT6wBJGijQyzv6soRsKm6o' +
  'Svo6DymAcIHSB8U8vh-jHLfqaSmVWoAIIre0OJeQ1SFyKjaZIjM_EOPsroA_gURQlUImwwxwC-i16sAY-vp_BQ5Y' +
  '0o4XQOjQx72a_n8T8nGVZAsLI0_nPG_QKW5gUJHIRsANNp9kvKTxZeELaWb-eWa2KGgJqLKiBBARnZYAaKYFgwVi' +
  'DYJdxqooLU8FqQSg5YFwwFNYYLEhZM1h2EidNuzDyQq1KArJHFaUsYUtbbEJUwFiJsZvMeSvHO8xZ0r4Kp7pXmbN' +
  'FwrQy2PZ96W3FONuEvWiW8SO49cT4Q9agyRZWM84-vp-x1-SAHYT38H3KBt70-BJBC-gJZJ8-tvvqAi7iF68Jw2e' +
  'HBd3UiITt1WKc_AZv7ssFvmvbdGV519ItElaLKs4Kp_5u7wUO28ncrJWRHJ5EhcGJAuemQhJx2_K5ATCiQg4xZfz' +
  'SIkcdmonjqdFoNDdDZuFcGPf0v6HTtq7Q0Fn-HebdR1NERxscFk1Ye2Kt36euBBXlH8NiALzVPRNh5eK57eKHKeO' +
  'jj7EnaIBD4vgU1pBQBv0QMDouvXtUJVbIweNKBfJ1un4IqbJjJzYB-TSdZMPgqN-Qc8hbErnjmUEhM-uJw0N2GtB' +
  'tAh5vv5tVEU7drMqBaeTaLdQ3e09_tVRnKU9Ir1HwAPnGCp7wnhEw3is3SviBBOFyoz_geQ3ltzpY8pZzJa8-VvL' +
  '7nKqqDp_1BVXifXqtKgbJWT0qhNmKkErcjrcToV0pDkI9PhN6I_Sjkc6q_zhxzU9toE6hpOfwNpumWTqZTNNs_Pa' +
  'nuWl-qZ0P-6e0EEj41s4M_UkjOigKIJVvx3pTFr2KdWi-QJGNG7fxQoqix8GVxxBgaX1jcKIDU6YfE0792nAI7-0' +
  'OclGskzgYiZokvcWLhslYKtEPEiYQHVcE7OxGy3YtKbwb1pQj7RAN0M62bs0gygC5pRKKEot1aMqOPzxQlECJvrG' +
  'Zbw7Vx6qFU29CV3uUTDWlOCuHRu_gBBv2IGqoMXy9e1skrC88Rt_ovb50gN_HxV1ykedN2A9xTlf6urvTuTudu9O' +
  '5O5270_k_OJ3F6-u_';

/** A trainer's own lesson: the first two steps of the built-in three tiers, renamed. */
function ownLesson(): Lesson {
  const lesson = builtInLesson('three-tiers');
  if (lesson === null) throw new Error('three-tiers is built in');
  return {
    ...lesson,
    id: 'my-tiers',
    title: 'My tiers',
    summary: 'Mine',
    steps: lesson.steps.slice(0, 2),
  };
}

const POSITIONS = { 'namespace:prod': { x: 10, y: 20 }, 'workload:prod/web': { x: 30, y: 40 } };

async function read(hash: string) {
  const decoded = await shareFragmentRead(hash);
  return decoded.ok ? decoded.design : decoded.reason;
}

async function readLesson(hash: string) {
  const decoded = await shareFragmentRead(hash);
  return decoded.ok ? decoded.lesson : decoded.reason;
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

  it('carries a trainer’s own lesson, every step whole', async () => {
    const design = { doc: threeTier(), positions: POSITIONS };
    const fragment = await shareFragmentOf(design, ownLesson());
    expect(fragment).toMatch(/^design=1\.[A-Za-z0-9_-]+&lesson=1\.[A-Za-z0-9_-]+$/);
    expect(await read(fragment)).toEqual(design);
    expect(await readLesson(fragment)).toEqual(ownLesson());
    expect(await readLesson(await shareFragmentOf(design))).toBeNull();
  });

  it('made with a lesson by the first version that carried one still opens', async () => {
    expect(await read(FROZEN_WITH_LESSON)).toEqual({
      doc: { ...threeTier(), title: 'Three tiers, shared' },
      positions: { 'namespace:prod': { x: 10, y: 20 } },
    });
    // Made before built-in steps carried their layout: the steps' designs come without it.
    const made = ownLesson();
    const steps = made.steps.map((step) => ({ ...step, doc: positionsFromDoc(step.doc).doc }));
    expect(await readLesson(FROZEN_WITH_LESSON)).toEqual({ ...made, steps });
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

  it('says the lesson in it is damaged, rather than open the design without it', async () => {
    const cut = FROZEN_WITH_LESSON.slice(0, FROZEN_WITH_LESSON.length - 300);
    expect(await read(cut)).toBe(
      'the lesson in it: it is damaged or cut short (was all of it copied?)',
    );
    const [design] = FROZEN_WITH_LESSON.split('&');
    expect(await read(`${design ?? ''}&lesson=3.abc`)).toContain(
      'the lesson in it: it was made by a newer netpol-canvas (link format 3)',
    );
  });

  it('names a newer format, and refuses what is not a design link', async () => {
    expect(await read('design=2.abc')).toContain('newer netpol-canvas (link format 2)');
    expect(await read('design=hello')).toContain('not a netpol-canvas design link');
    expect(isShareFragment('#step=3')).toBe(false);
  });
});
