/**
 * What the autosave has to tell the user, kept on screen until dealt with:
 * the design is not being saved (with "Save design" to a file), a saved
 * entry could not be read (kept aside, offered as a file), another tab saved
 * its design, or an example was opened over the user's saved design.
 */
import { useStore } from 'zustand';
import type { Autosave } from '../store';
import { entryAsFile } from '../store';
import { downloadText } from './download';
import './storageNotice.css';

export function StorageNotice({
  autosave,
  onSaveDesign,
}: {
  autosave: Autosave;
  onSaveDesign: () => void;
}) {
  const { failure, unreadable, otherTab, example, exampleKind } = useStore(autosave.status);
  const what = exampleKind === 'shared' ? 'shared design' : 'example';
  return (
    <>
      {failure !== null && (
        <div className="storage-notice is-error" role="alert" aria-label="Design not saved">
          <p>
            <strong>Your design is not being saved in this browser:</strong> {failure}. Save it to a
            file to keep it.
          </p>
          <button type="button" className="is-primary" onClick={onSaveDesign}>
            Save design
          </button>
        </div>
      )}
      {unreadable !== null && (
        <div className="storage-notice is-error" role="alert" aria-label="Saved design unreadable">
          <p>
            <strong>The design saved in this browser could not be read:</strong> {unreadable.reason}
            .{' '}
            {unreadable.key === null
              ? 'It is left where it was and nothing is saved over it.'
              : 'It was kept aside, not deleted.'}
          </p>
          <button
            type="button"
            className="is-primary"
            onClick={() => {
              const file = entryAsFile(unreadable.text);
              downloadText(file.name, file.text);
            }}
          >
            Download it
          </button>
          {unreadable.key !== null && (
            <button type="button" onClick={autosave.dismissUnreadable}>
              Dismiss
            </button>
          )}
        </div>
      )}
      {otherTab && (
        <div className="storage-notice" role="alert" aria-label="Changed in another tab">
          <p>
            <strong>This design was changed in another tab.</strong> Edits here are not saved until
            you choose.
          </p>
          <button
            type="button"
            className="is-primary"
            onClick={() => void autosave.loadSavedDesign()}
          >
            Load the other tab’s design
          </button>
          <button type="button" onClick={() => void autosave.keepThisDesign()}>
            Keep this tab’s design
          </button>
        </div>
      )}
      {example !== null && (
        <div
          className="storage-notice"
          role="note"
          aria-label={exampleKind === 'shared' ? 'Shared design opened' : 'Example opened'}
        >
          <p>
            <strong>
              This is the {what} “{example}”.
            </strong>{' '}
            Your own design is kept; edits to the {what} are not saved unless you keep it.
          </p>
          <button
            type="button"
            className="is-primary"
            onClick={() => void autosave.loadSavedDesign()}
          >
            Back to my design
          </button>
          <button type="button" onClick={() => void autosave.keepThisDesign()}>
            Keep the {what} instead
          </button>
        </div>
      )}
    </>
  );
}
