import type { DocEdit } from '../engine';
import {
  deletionKeyOf,
  deletionPreviewText,
  selectDeletionPreview,
  selectEnforced,
  useEditorApi,
  useEditorStore,
} from '../store';
import { ChangedConnections } from './ChangedConnections/ChangedConnections';

/** Rows of a preview listed at first: a long list stays readable in a side panel. */
const ROWS_AT_ONCE = 12;

interface PreviewProps {
  readonly edit: DocEdit;
  /** What is deleted, in the sentence: `this policy`, `this rule`. */
  readonly what: string;
  /** The button's accessible name where several share a panel. */
  readonly label?: string;
}

/** "Preview deletion": asks what `edit` would change, or (pressed again) forgets it. */
export function DeletionPreviewButton({ edit, label }: Omit<PreviewProps, 'what'>) {
  const api = useEditorApi();
  const key = deletionKeyOf(edit);
  const open = useEditorStore((s) => selectDeletionPreview(s, key) !== null);
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-label={label}
      onClick={() => {
        api.getState().previewDeletion(open ? null : edit);
      }}
    >
      Preview deletion
    </button>
  );
}

/**
 * What deleting with `edit` would change, once asked: "Deleting this policy would allow 14
 * connections and block none", then the connections with the rule behind each, as
 * `netpol-canvas diff` lists them. Worked out off the main thread; it follows later edits.
 */
export function DeletionPreviewResult({ edit, what }: Omit<PreviewProps, 'label'>) {
  const key = deletionKeyOf(edit);
  const preview = useEditorStore((s) => selectDeletionPreview(s, key));
  const enforced = useEditorStore(selectEnforced);
  if (preview === null) return null;
  return (
    <div className="deletion-preview">
      <p role="status">
        {preview === 'working'
          ? `Working out what deleting ${what} would change…`
          : deletionPreviewText(preview, what, enforced)}
      </p>
      {preview !== 'working' && enforced && (
        <>
          <ChangedConnections
            rows={preview.rows}
            label={`What deleting ${what} would change`}
            rowsAtOnce={ROWS_AT_ONCE}
          />
          {preview.removed.map((line) => (
            <p key={line.label} className="deletion-removed">
              {line.label}: {line.names.join(', ')}
            </p>
          ))}
        </>
      )}
    </div>
  );
}

/** The button, and under it what the deletion would change. */
export function DeletionPreview({ edit, what, label }: PreviewProps) {
  return (
    <>
      <DeletionPreviewButton edit={edit} {...(label === undefined ? {} : { label })} />
      <DeletionPreviewResult edit={edit} what={what} />
    </>
  );
}

/** A Delete button (`label`) for `edit`, with its preview beside it. */
export function DeleteWithPreview({ edit, what, label }: Required<PreviewProps>) {
  const api = useEditorApi();
  return (
    <div className="policy-actions">
      <button
        type="button"
        onClick={() => {
          api.getState().dispatch(edit);
          api.getState().select(null);
        }}
      >
        {label}
      </button>
      <DeletionPreview edit={edit} what={what} />
    </div>
  );
}
