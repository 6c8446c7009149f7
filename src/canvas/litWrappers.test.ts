// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { LIT_ATTRIBUTE, markLitWrappers } from './litWrappers';
import type { LitMarks } from './neighbourhoodMarks';

/** React Flow's viewport as it draws nodes, lines (each in its own svg) and the lines' labels. */
function viewport(): HTMLElement {
  document.body.innerHTML = `
    <div class="react-flow__viewport">
      <div class="react-flow__edges">
        <svg style="z-index: 2"><g class="react-flow__edge" data-id="web>api"></g></svg>
        <svg style="z-index: 1"><g class="react-flow__edge" data-id="db>log"></g></svg>
      </div>
      <div class="react-flow__edgelabel-renderer">
        <div class="nc-edge-label" data-testid="edge-label.web>api"></div>
        <div class="nc-edge-label" data-testid="edge-label.db>log"></div>
      </div>
      <div class="react-flow__nodes">
        <div class="react-flow__node" data-id="shop"></div>
        <div class="react-flow__node" data-id="web"></div>
        <div class="react-flow__node" data-id="log"></div>
      </div>
    </div>`;
  return document.querySelector<HTMLElement>('.react-flow__viewport')!;
}

const MARKS: LitMarks = {
  nodes: new Map([
    ['shop', 'box'],
    ['web', 'above'],
    ['api', 'above'],
  ]),
  lines: new Map([
    ['web>api', 8],
    ['api>db', 7],
  ]),
};

/** Each marked element: its node or line id (its svg's, by the line it holds), and its mark. */
function marked(root: Element): [string, string][] {
  return [...root.querySelectorAll(`[${LIT_ATTRIBUTE}]`)].map((el) => [
    el.getAttribute('data-id') ??
      el.getAttribute('data-testid') ??
      `svg of ${el.firstElementChild?.getAttribute('data-id') ?? ''}`,
    el.getAttribute(LIT_ATTRIBUTE) ?? '',
  ]);
}

/** Lets the mutation observers report. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('when a focus marks what it lights on the canvas', () => {
  it('marks the lit nodes, lines, their svgs raised, and labels, and nothing else', () => {
    const root = viewport();
    markLitWrappers(root, MARKS);
    expect(marked(root)).toEqual([
      ['svg of web>api', '8'],
      ['web>api', ''],
      ['edge-label.web>api', ''],
      ['shop', 'box'],
      ['web', 'above'],
    ]);
  });

  it('marks a lit node, line or label drawn while the focus lasts', async () => {
    const root = viewport();
    markLitWrappers(root, MARKS);
    const card = document.createElement('div');
    card.className = 'react-flow__node';
    card.dataset.id = 'api';
    root.querySelector('.react-flow__nodes')!.append(card);
    root
      .querySelector('.react-flow__edges')!
      .insertAdjacentHTML(
        'beforeend',
        '<svg style="z-index: 3"><g class="react-flow__edge" data-id="api>db"></g></svg>',
      );
    root
      .querySelector('.react-flow__edgelabel-renderer')!
      .insertAdjacentHTML(
        'beforeend',
        '<div><div class="nc-edge-label is-hover" data-testid="edge-label.api>db"></div></div>',
      );
    await settled();
    expect(marked(root)).toContainEqual(['api', 'above']);
    expect(marked(root)).toContainEqual(['svg of api>db', '7']);
    expect(marked(root)).toContainEqual(['api>db', '']);
    expect(marked(root)).toContainEqual(['edge-label.api>db', '']);
  });

  it('keeps a mark when the element’s class is set again, as React does', () => {
    const root = viewport();
    markLitWrappers(root, MARKS);
    const web = root.querySelector('[data-id="web"]')!;
    web.className = 'react-flow__node selected';
    expect(web.getAttribute(LIT_ATTRIBUTE)).toBe('above');
  });

  it('takes every mark off when the focus ends, and marks nothing drawn after', async () => {
    const root = viewport();
    const unmark = markLitWrappers(root, MARKS);
    unmark();
    const card = document.createElement('div');
    card.className = 'react-flow__node';
    card.dataset.id = 'api';
    root.querySelector('.react-flow__nodes')!.append(card);
    await settled();
    expect(marked(root)).toEqual([]);
  });
});
