/**
 * The design store in IndexedDB, through idb-keyval. Opening the database
 * can fail (IndexedDB missing or disabled, some private modes) or hang (an
 * older version open in another tab blocks it): then every call rejects, so
 * the autosave says on screen that the design is not being saved.
 */
import { del, get, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import type { DesignStore } from './designStore';

const DB_NAME = 'netpol-canvas';
const STORE_NAME = 'designs';

function openDatabase(timeoutMs: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error('IndexedDB did not open; another tab may be blocking it'));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
    };
    try {
      const request = indexedDB.open(DB_NAME);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(STORE_NAME);
      };
      request.onsuccess = () => {
        done();
        resolve(request.result);
      };
      request.onerror = () => {
        done();
        reject(request.error ?? new Error('IndexedDB did not open'));
      };
    } catch (error) {
      done();
      reject(error instanceof Error ? error : new Error('IndexedDB is not available'));
    }
  });
}

export function idbDesignStore(timeoutMs = 5000): DesignStore {
  const database = openDatabase(timeoutMs);
  // Not an unhandled rejection when nothing is read yet: every call below reports it.
  database.catch(() => undefined);
  const store: UseStore = (mode, callback) =>
    database.then((db) => callback(db.transaction(STORE_NAME, mode).objectStore(STORE_NAME)));
  return {
    get: async (key) => {
      const value: unknown = await get(key, store);
      if (value === undefined || typeof value === 'string') return value;
      // Not written by this app: handed on as text, so it is set aside rather than lost.
      return JSON.stringify(value);
    },
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
  };
}
