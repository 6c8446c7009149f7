/**
 * The reachability matrix as a picture: the matrix as it is filtered (`matrixSvg`), under the
 * band every picture has (the design's name and what the cells' marks mean), as SVG or PNG.
 * Its code loads only when a picture of the matrix is asked for.
 */
import type { PictureBackground } from '../canvas/picture/pictureSvg';
import type { EditorState } from '../store';
import { selectMatrixView } from '../store';

export interface MatrixPictureRequest {
  readonly background: PictureBackground;
  readonly title: string;
}

/** The picture as SVG text. */
export async function matrixPictureSvg(
  state: EditorState,
  request: MatrixPictureRequest,
): Promise<string> {
  const [{ matrixSvg, MATRIX_LEGEND }, { pictureSvg }] = await Promise.all([
    import('../panels/MatrixPanel/matrixSvg'),
    import('../canvas/picture/pictureSvg'),
  ]);
  const body = matrixSvg(selectMatrixView(state));
  return pictureSvg({ ...request, diagram: body.svg, ...body, legend: MATRIX_LEGEND });
}

/** The picture as PNG at `scale` (fewer when the matrix is too large for it), with the scale drawn. */
export async function matrixPicturePng(
  state: EditorState,
  request: MatrixPictureRequest & { readonly scale: number },
): Promise<{ blob: Blob; scale: number }> {
  const { svgPng } = await import('../canvas/picture/svgPng');
  return svgPng(await matrixPictureSvg(state, request), request.scale);
}
