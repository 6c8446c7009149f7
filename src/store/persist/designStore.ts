/**
 * Where the autosaved design lives: a small asynchronous key-value store of
 * text. In the page it is IndexedDB (`idbDesignStore`), where a design of any
 * size fits; tests use the in-memory one, or one that fails as a full or
 * blocked browser storage does.
 */
export interface DesignStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  del(key: string): Promise<void>;
}

/** The part of `Storage` (localStorage) the settings and the old autosave use. */
export interface DesignStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

export function memoryDesignStore(): DesignStore & { readonly map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get: (key) => Promise.resolve(map.get(key)),
    set: (key, value) => {
      map.set(key, value);
      return Promise.resolve();
    },
    del: (key) => {
      map.delete(key);
      return Promise.resolve();
    },
  };
}

/** The message a storage error gives the user: what went wrong, in words. */
export function storageErrorText(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'the browser’s storage for this site is full';
  if (error instanceof Error) return `the browser’s storage refused it (${error.message})`;
  return 'the browser’s storage is not available';
}
