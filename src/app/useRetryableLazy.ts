import { lazy, useCallback, useMemo, useState } from 'react';
import type { ComponentType } from 'react';

/**
 * `React.lazy` that can be asked to load again: React keeps a failed import
 * for good, so "Try again" after a lost connection needs a new lazy
 * component. Returns the component and the function that makes the next one.
 */
export function useRetryableLazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
): readonly [ComponentType<P>, () => void] {
  const [attempt, setAttempt] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new component per attempt, by design
  const Lazy = useMemo(() => lazy(async () => ({ default: await load() })), [attempt]);
  const retry = useCallback(() => {
    setAttempt((n) => n + 1);
  }, []);
  return [Lazy, retry] as const;
}
