import { useEffect, useMemo, useRef, useState } from 'react';
import { partSize, partToMount } from '../mountParts';
import { afterNextPaint } from './afterNextPaint';

const always = () => true;

/**
 * The things to hand React Flow (`mountParts.ts`): those already mounted, and
 * new ones `perPart` at a time (more in a very long list), each part after a
 * paint (the first too, when there are several). `ready` says
 * whether a new one can be mounted yet; `readyRevision` changes when its
 * answers may have. A part waits for a paint once: things that change in the
 * meantime (a layout's positions, a route) do not put the next part off again.
 */
export function useMountedInParts<T extends { readonly id: string }>(
  items: T[],
  perPart: number,
  ready: (id: string) => boolean = always,
  readyRevision: unknown = null,
): T[] {
  const [mounted, setMounted] = useState<ReadonlySet<string>>(() => new Set());
  // Whether parts are being mounted: the first part of many waits for a paint, the others follow.
  const [going, setGoing] = useState(false);
  const { mount, waiting } = useMemo(
    () => partToMount(items, mounted, partSize(items.length, perPart), ready, !going),
    // `ready` is read afresh whenever `readyRevision` changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [items, mounted, perPart, readyRevision, going],
  );
  /** What the last commit handed React Flow. */
  const committed = useRef(mount);
  /** Cancels the next part's wait for a paint, while one waits. */
  const pending = useRef<(() => void) | null>(null);
  useEffect(() => {
    committed.current = mount;
    const same = mount.length === mounted.size && mount.every((item) => mounted.has(item.id));
    if (waiting === 0) {
      pending.current?.();
      pending.current = null;
      setGoing(false);
      if (!same) setMounted(new Set(mount.map((item) => item.id)));
      return;
    }
    if (same && going) return;
    pending.current ??= afterNextPaint(() => {
      pending.current = null;
      setGoing(true);
      setMounted(new Set(committed.current.map((item) => item.id)));
    });
  }, [mount, waiting, mounted, going]);
  useEffect(
    () => () => {
      pending.current?.();
      pending.current = null;
    },
    [],
  );
  return mount;
}
