import { useEffect, useState } from 'react';
import type { ImportStatus } from '../../store';

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function stageText(status: ImportStatus): string {
  if (status.filesDone >= status.files) return 'building the design';
  if (status.files === 1) return 'reading and checking';
  return `reading file ${status.filesDone + 1} of ${status.files}`;
}

/** Seconds since `startedAt`, updated every second while there is one. */
function useElapsed(startedAt: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return;
    setNow(Date.now());
    const timer = window.setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      window.clearInterval(timer);
    };
  }, [startedAt]);
  return startedAt === null ? 0 : Math.max(0, Math.floor((now - startedAt) / 1000));
}

/** What the status line says while a design is imported (what, how far, how long), or null. */
export function useImportText(status: ImportStatus | null): string | null {
  const elapsed = useElapsed(status?.startedAt ?? null);
  if (status === null) return null;
  return `Importing ${status.names} (${sizeText(status.bytes)}): ${stageText(status)}… ${elapsed} s. Your design stays until the new one is ready.`;
}
