import { Fragment } from 'react';
import { nameWords } from '../../engine';

/**
 * Text whose names may go onto the next line between their words, as on a
 * card (`nameWords`: after a hyphen or a dot, before `service`), and after a
 * slash (`shop/|app-|product|catalog|service`), so that a narrow column
 * breaks a name there, never inside a word.
 */
export function NameBreaks({ text }: { text: string }) {
  const pieces = text
    .split(/(?<=[\s/])/)
    .flatMap((part) => nameWords(part))
    .filter((p) => p !== '');
  return (
    <>
      {pieces.map((piece, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {piece}
        </Fragment>
      ))}
    </>
  );
}
