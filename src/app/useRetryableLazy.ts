import { lazy, useCallback, useMemo, useState } from 'react';
import type { ComponentType } from 'react';

/**
 * The module's address in a failed dynamic import's message (Chromium: "Failed to fetch
 * dynamically imported module: URL"; Firefox: "error loading dynamically imported module: URL"),
 * or null.
 */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : '';
  const found = /dynamically imported module: (\S+)$/.exec(message.trim());
  return found?.[1] ?? null;
}

const importUrl = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

/**
 * `load()`, and on a retry that fails the same way, the module fetched again under a new address:
 * some browsers keep a failed module fetch for the page's life (Chromium 150 does), so after a
 * lost connection the same import fails again without asking the network.
 */
export async function loadAgain<M>(
  load: () => Promise<M>,
  attempt: number,
  fetchModule: (url: string) => Promise<unknown> = importUrl,
): Promise<M> {
  try {
    return await load();
  } catch (error) {
    const url = attempt === 0 ? null : failedModuleUrl(error);
    if (url === null) throw error;
    const again = new URL(url);
    again.searchParams.set('retry', String(attempt));
    return (await fetchModule(again.href)) as M;
  }
}

/**
 * `React.lazy` that can be asked to load again: React keeps a failed import
 * for good, so "Try again" after a lost connection needs a new lazy
 * component. Returns the component and the function that makes the next one.
 */
export function useRetryableLazy<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): readonly [ComponentType<P>, () => void] {
  const [attempt, setAttempt] = useState(0);
  const Lazy = useMemo(
    () => lazy(async () => ({ default: pick(await loadAgain(load, attempt)) })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new component per attempt, by design
    [attempt],
  );
  const retry = useCallback(() => {
    setAttempt((n) => n + 1);
  }, []);
  return [Lazy, retry] as const;
}
