import { vi } from 'vitest';

/**
 * Makes the page one that is never idle (a long pan or zoom), with fake timers: an idle callback
 * runs only once its timeout is up, as the browser runs it then; without one, never.
 */
export function pageNeverIdle(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.stubGlobal(
    'requestIdleCallback',
    (callback: IdleRequestCallback, options?: IdleRequestOptions) =>
      options?.timeout === undefined
        ? 0
        : setTimeout(() => {
            callback({ didTimeout: true, timeRemaining: () => 0 });
          }, options.timeout),
  );
  vi.stubGlobal('cancelIdleCallback', (id: number) => {
    clearTimeout(id);
  });
}
