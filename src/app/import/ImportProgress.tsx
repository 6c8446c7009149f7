import type { ImportStatus } from '../../store';
import { cancelImport } from './importSources';

/**
 * Beside the status line's message while a design is imported (`useImportText`): how far, and
 * Cancel. The message stays the line's one element, so the keyboard focus on it stays there.
 */
export function ImportProgress({ status }: { readonly status: ImportStatus }) {
  const fraction = status.files > 1 ? status.filesDone / status.files : undefined;
  return (
    <>
      <progress
        aria-label="Import progress"
        max={1}
        {...(fraction === undefined ? {} : { value: fraction })}
      />
      <button type="button" onClick={cancelImport}>
        Cancel import
      </button>
    </>
  );
}
