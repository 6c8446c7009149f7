/**
 * How many cases each property test tries, in one place. In CI (`CI` set) every
 * property runs its full count; locally a tenth of it, so `npm test` stays quick.
 * `NETPOL_PROPERTY_RUNS=full` asks for the full counts locally too, and a number
 * scales them (`0.5`, or `10` for a long soak before a release).
 *
 *   fc.assert(fc.property(…), propertyRuns(1500));
 *
 * vite.config.ts hands the two variables to the tests (`provide`), as the
 * engine's code has no `process`.
 */
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `CI` and `NETPOL_PROPERTY_RUNS` from the environment ('' when unset). */
    propertyRunsEnv: { readonly CI: string; readonly NETPOL_PROPERTY_RUNS: string };
  }
}

/** The share of the full counts run locally by default. */
const LOCAL_SCALE = 0.1;

/** What the variables ask for, as a factor of the full counts. */
export function propertyRunsScale(env: {
  readonly CI: string;
  readonly NETPOL_PROPERTY_RUNS: string;
}): number {
  const asked = env.NETPOL_PROPERTY_RUNS.trim().toLowerCase();
  if (asked === 'full') return 1;
  if (asked !== '') {
    const scale = Number(asked);
    if (!Number.isFinite(scale) || scale <= 0) {
      throw new Error(
        `NETPOL_PROPERTY_RUNS must be 'full' or a positive factor of the full counts, not '${env.NETPOL_PROPERTY_RUNS}'`,
      );
    }
    return scale;
  }
  const ci = env.CI.trim().toLowerCase();
  return ci !== '' && ci !== 'false' && ci !== '0' ? 1 : LOCAL_SCALE;
}

/** fast-check parameters for a property whose full count is `full` (fast-check's default: 100). */
export function propertyRuns(full = 100): { numRuns: number } {
  const scale = propertyRunsScale(inject('propertyRunsEnv'));
  return { numRuns: Math.max(1, Math.round(full * scale)) };
}
