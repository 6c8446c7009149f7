import { useEditorApi } from '../store';
import { Modal } from './Modal';
import { relayout } from './relayout';
import { LESSON_SHORTCUTS } from './lesson/lessonKeys';
import { CANVAS_KEYS, MATRIX_KEYS, SHORTCUTS } from './shortcuts';

/** How to use the canvas, and the keyboard shortcuts. */
export function HelpDialog() {
  const api = useEditorApi();
  return (
    <Modal
      title="Help"
      onClose={() => {
        api.getState().openDialog(null);
      }}
    >
      <ul className="app-help">
        <li>
          Drag a namespace, a workload or an external endpoint from the palette onto the canvas.
        </li>
        <li>
          Draw a flow: drag from the dot on the right of a workload to another one, then pick its
          port. The rules that allow it are written for you.
        </li>
        <li>
          Green solid lines are allowed traffic; red dashed lines are blocked. Click one to see why.
        </li>
        <li>Select a workload to see every path in and out of it, allowed or blocked.</li>
        <li>
          An imported design is laid out left to right, namespaces as boxes; nodes you moved stay
          where you put them.{' '}
          <button
            type="button"
            onClick={() => {
              const state = api.getState();
              state.openDialog(null);
              relayout(state);
            }}
          >
            Re-layout
          </button>{' '}
          (also beside Find on the canvas) arranges everything again; Undo puts it back.
        </li>
        <li>
          Your own lesson: Lessons… → Write a lesson… opens the Lesson tab. Shape the design on the
          canvas, then Add step from the current design (the step keeps a copy of it); write its
          title and text (one point per line), tick what it rings or pick the connection it is
          about, add what it claims (“prod/web → prod/db on TCP 3306 is blocked”, checked against
          the canvas: a claim the canvas contradicts keeps the lesson from being saved), reorder or
          delete steps, Preview it, and Save as lesson file. Lessons… → Open lesson file runs it
          again; Edit this lesson brings it back into the editor.
        </li>
        <li>
          In front of a room: Present (P), then the Laser pointer (L) and Reveal line by line (R):
          each Next shows one more line of the step’s text and draws one more of the connections it
          talks about, in the order it tells them. Side panel (S) and Whole text (T) give the canvas
          the room; M shows the Matrix, large. Lessons… → Print handout shows every step with its
          diagram, ready to print.
        </li>
      </ul>
      <table className="app-shortcuts">
        <caption>Keyboard shortcuts</caption>
        <tbody>
          {[...SHORTCUTS, ...CANVAS_KEYS, ...MATRIX_KEYS, ...LESSON_SHORTCUTS].map((s) => (
            <tr key={s.keys}>
              <th scope="row">
                <kbd>{s.keys}</kbd>
              </th>
              <td>{s.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
