import { useEffect, useState } from 'react';
import type { ImportStatus } from '../../store';
import { StatusText } from '../StatusText';
import { cancelImport } from './importSources';

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

/** Seconds since `startedAt`, updated every second while shown. */
function useElapsed(startedAt: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      window.clearInterval(timer);
    };
  }, []);
  return Math.max(0, Math.floor((now - startedAt) / 1000));
}

/** The status line while a design is imported: what, how far, how long, and Cancel. */
export function ImportProgress({ status }: { readonly status: ImportStatus }) {
  const elapsed = useElapsed(status.startedAt);
  const fraction = status.files > 1 ? status.filesDone / status.files : undefined;
  return (
    <span className="app-import">
      <StatusText
        text={`Importing ${status.names} (${sizeText(status.bytes)}): ${stageText(status)}… ${elapsed} s. Your design stays until the new one is ready.`}
      />
      <progress
        aria-label="Import progress"
        max={1}
        {...(fraction === undefined ? {} : { value: fraction })}
      />
      <button type="button" onClick={cancelImport}>
        Cancel import
      </button>
    </span>
  );
}
