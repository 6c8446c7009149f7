import { matrixCsv, selectMatrixView, useEditorApi } from '../store';
import { designFileName, downloadText } from './download';

/** Saves the matrix, as filtered, as CSV (`from,to,port,protocol,allowed`). */
export function MatrixCsvButton() {
  const api = useEditorApi();
  return (
    <button
      type="button"
      className="find-button"
      onClick={() => {
        const state = api.getState();
        const name = designFileName(state.doc.title, 'reachability', '-reachability', 'csv');
        downloadText(name, matrixCsv(selectMatrixView(state)), 'text/csv');
      }}
      title="One line per source, destination and port, as the matrix shows them"
    >
      Save CSV
    </button>
  );
}
