/**
 * How tabs of the same page tell one another that they saved the design:
 * a BroadcastChannel in the browser, an in-memory hub in tests.
 */
export interface SavedMessage {
  readonly type: 'saved';
  readonly tab: string;
  readonly savedAt: number;
}

export interface TabChannel {
  post(message: SavedMessage): void;
  /** Calls `onMessage` with every message another tab posts; returns the unsubscribe. */
  listen(onMessage: (message: unknown) => void): () => void;
}

export function isSavedMessage(value: unknown): value is SavedMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, tab, savedAt } = value as Record<string, unknown>;
  return type === 'saved' && typeof tab === 'string' && typeof savedAt === 'number';
}

/** The browser's channel, or null where BroadcastChannel does not exist. */
export function broadcastTabChannel(name: string): TabChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => {
      channel.postMessage(message);
    },
    listen: (onMessage) => {
      const handle = (event: MessageEvent) => {
        onMessage(event.data);
      };
      channel.addEventListener('message', handle);
      return () => {
        channel.removeEventListener('message', handle);
      };
    },
  };
}

/** Channels that reach one another in memory, as tabs do (not the sender). */
export function memoryTabHub(): { channel: () => TabChannel } {
  const listeners = new Set<{ from: TabChannel; onMessage: (m: unknown) => void }>();
  return {
    channel: () => {
      const self: TabChannel = {
        post: (message) => {
          for (const l of [...listeners]) if (l.from !== self) l.onMessage(message);
        },
        listen: (onMessage) => {
          const entry = { from: self, onMessage };
          listeners.add(entry);
          return () => {
            listeners.delete(entry);
          };
        },
      };
      return self;
    },
  };
}
