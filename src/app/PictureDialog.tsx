import { useState } from 'react';
import type { ReactNode } from 'react';
import type { PictureArea, PictureFormat } from '../canvas/picture/canvasPicture';
import { canvasPicturePng, canvasPictureSvg } from '../canvas/picture/canvasPicture';
import type { PictureBackground } from '../canvas/picture/pictureSvg';
import { useEditorApi, useEditorStore } from '../store';
import type { EditorState } from '../store';
import { designFileName, downloadBlob, downloadText } from './download';
import { matrixPicturePng, matrixPictureSvg } from './matrixPicture';
import { Modal } from './Modal';

interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

function Choices<T extends string>(props: {
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
  children?: ReactNode;
}) {
  return (
    <fieldset className="picture-choices" disabled={props.disabled}>
      <legend>{props.legend}</legend>
      {props.choices.map((c) => (
        <label key={c.value}>
          <input
            type="radio"
            checked={props.value === c.value}
            onChange={() => {
              props.onChange(c.value);
            }}
          />{' '}
          {c.label}
        </label>
      ))}
      {props.children}
    </fieldset>
  );
}

const selectView = (s: EditorState) => s.view;

/**
 * The view on show as a picture for a document or a slide, SVG or PNG, with the design's name
 * and a legend: the diagram from the canvas, the matrix from the Matrix view. Always in the
 * light theme's colours, whatever the page shows.
 */
export function PictureDialog() {
  const api = useEditorApi();
  const matrix = useEditorStore(selectView) === 'matrix';
  const [format, setFormat] = useState<PictureFormat>('png');
  const [area, setArea] = useState<PictureArea>('design');
  const [background, setBackground] = useState<PictureBackground>('white');
  const [scale, setScale] = useState<'1' | '2'>('2');
  const [drawing, setDrawing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const close = () => {
    api.getState().openDialog(null);
  };
  const save = async () => {
    const state = api.getState();
    const title = state.doc.title ?? '';
    const request = { area, background, scale: Number(scale), title };
    const name = matrix
      ? designFileName(title, 'reachability', '-reachability', format)
      : designFileName(title, 'netpol-diagram', area === 'view' ? '-view' : '', format);
    setDrawing(true);
    setProblem(null);
    try {
      if (format === 'svg') {
        const svg = await (matrix
          ? matrixPictureSvg(state, request)
          : canvasPictureSvg(document, request));
        downloadText(name, svg, 'image/svg+xml');
      } else {
        const png = await (matrix
          ? matrixPicturePng(state, request)
          : canvasPicturePng(document, request));
        downloadBlob(name, png.blob);
        if (png.scale < request.scale) {
          api.getState().notify({
            tone: 'info',
            text: `The ${matrix ? 'matrix' : 'design'} is too large for ${scale}×: the PNG is drawn at ${png.scale.toFixed(2)}×.`,
          });
        }
      }
      close();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setDrawing(false);
    }
  };
  return (
    <Modal
      title={matrix ? 'Save the matrix as a picture' : 'Save the diagram as a picture'}
      onClose={close}
      actions={
        <button type="button" className="is-primary" disabled={drawing} onClick={() => void save()}>
          {drawing ? 'Drawing…' : 'Save picture'}
        </button>
      }
    >
      <p className="picture-note">
        {matrix
          ? 'The picture holds the matrix as filtered, with the design’s name and what each cell’s mark means.'
          : 'The picture carries the design’s name and a legend (allowed, blocked, isolated).'}{' '}
        Pictures are drawn in the light theme, for white slides and pages.
      </p>
      <div className="picture-options">
        <Choices
          legend="Format"
          value={format}
          onChange={setFormat}
          choices={[
            { value: 'png', label: 'PNG (slides, chat)' },
            { value: 'svg', label: 'SVG (documents; sharp at any size)' },
          ]}
        />
        {!matrix && (
          <Choices
            legend="What"
            value={area}
            onChange={setArea}
            choices={[
              { value: 'design', label: 'The whole design' },
              { value: 'view', label: 'What the canvas shows now' },
            ]}
          />
        )}
        <Choices
          legend="Background"
          value={background}
          onChange={setBackground}
          choices={[
            { value: 'white', label: 'White' },
            { value: 'transparent', label: 'Transparent' },
          ]}
        />
        <Choices
          legend="PNG size"
          value={scale}
          onChange={setScale}
          disabled={format === 'svg'}
          choices={[
            { value: '1', label: '1× (as on screen)' },
            { value: '2', label: '2× (for slides)' },
          ]}
        />
      </div>
      {problem !== null && (
        <p role="alert" className="field-problem">
          The picture could not be made: {problem}
        </p>
      )}
    </Modal>
  );
}
