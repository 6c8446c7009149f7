// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import { EMPTY_DOC } from '../../model';
import { EditorProvider, createEditorStore } from '../../store';
import { MATRIX_NAME_HEADER_MAX } from './headerSizes';
import { MatrixPanel } from './MatrixPanel';
import { renderWithTablesPending } from '../tablesPending.testkit';

afterEach(cleanup);

function renderWith(
  doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/backup-server')!.doc,
) {
  const store = createEditorStore({ doc });
  render(
    <EditorProvider store={store}>
      <MatrixPanel />
    </EditorProvider>,
  );
  return store;
}

describe('when the three-tier example is shown as a matrix', () => {
  it('gives each cell a symbol and a name that says its verdict', () => {
    renderWith();
    const cell = screen.getByTestId('matrix.cell.prod/web.prod/db');
    expect(cell).toHaveTextContent('✕');
    expect(cell).toHaveRole('gridcell');
    expect(cell).toHaveAccessibleName('prod/web → prod/db: no port allowed (TCP 3306 blocked)');
    expect(screen.getByTestId('matrix.cell.prod/api.prod/db')).toHaveTextContent('✓');
  });

  it("selects the connection of a clicked cell, with its source's paths, and opens the inspector", () => {
    const store = renderWith();
    store.getState().openPanel('policies');
    const cell = screen.getByTestId('matrix.cell.prod/web.prod/db');
    fireEvent.click(cell);
    expect(store.getState().selection).toEqual({
      kind: 'flow',
      id: 'workload:prod/web>workload:prod/db',
      focus: 'workload:prod/web',
      cameFrom: 'matrix',
    });
    expect(store.getState().panel).toBe('inspector');
    // Explained only: the Inspector's Show moves the camera, a click asks no move of it.
    expect(store.getState().focusRequest).toBeNull();
    expect(cell).toHaveAttribute('aria-current', 'true');
    expect(cell).toHaveFocus();
  });

  it('has one place in the tab order, moved by the arrows; Enter explains a cell', () => {
    const store = renderWith();
    const grid = screen.getByRole('grid', { name: /^Reachability/ });
    const stops = () => [...grid.querySelectorAll('[tabindex="0"]')];
    expect(stops()).toHaveLength(1);
    const first = stops()[0] as HTMLElement;
    first.focus();
    // Down two rows and right one: off the diagonal (a workload to itself has nothing to explain).
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    const moved = document.activeElement as HTMLElement;
    expect(moved).toHaveRole('gridcell');
    expect(moved).not.toBe(first);
    expect(stops()).toEqual([moved]);
    fireEvent.keyDown(moved, { key: 'Enter' });
    expect(store.getState().selection?.kind).toBe('flow');
    expect(store.getState().panel).toBe('inspector');
    expect(moved).toHaveAttribute('aria-current', 'true');
  });

  it('selects a workload from its row label', () => {
    const store = renderWith();
    fireEvent.click(screen.getByRole('rowheader', { name: 'prod/api' }).querySelector('button')!);
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'workload:prod/api' });
  });

  it('widens its name headers so that a long name reads whole, up to a limit', () => {
    // Online Boutique's policies alone: "app-productcatalogservice (inferred)" was cut to
    // "app-productcatalogser…" in a 1920-pixel window with room to spare.
    const doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/backup-server')!.doc;
    const long = 'productcatalogservice-with-a-long-name';
    const web = doc.workloads.find((w) => w.name === 'web')!;
    renderWith({ ...doc, workloads: [...doc.workloads, { ...web, name: long }] });
    const table = screen.getByRole('grid', { name: /^Reachability/ });
    const px = (name: string) => Number.parseFloat(table.style.getPropertyValue(name));
    // 12-pixel semibold letters are about 7 pixels wide; the row's name has 26 pixels of padding.
    expect(px('--matrix-row-header')).toBeGreaterThanOrEqual(long.length * 7 + 26);
    // Written upwards, a name stops at a limit that keeps rows of cells in sight at 1440×900.
    expect(px('--matrix-name-header')).toBe(MATRIX_NAME_HEADER_MAX);
    expect(px('--matrix-column-header')).toBe(MATRIX_NAME_HEADER_MAX + 26);
  });

  it('narrows the cells to one port with the filter', () => {
    renderWith();
    fireEvent.change(screen.getByRole('combobox', { name: 'Ports' }), {
      target: { value: 'TCP/5000' },
    });
    expect(screen.getByTestId('matrix.cell.prod/web.prod/api')).toHaveTextContent('✓');
    expect(screen.getByTestId('matrix.cell.prod/web.prod/db')).toHaveTextContent('·');
  });
});

describe('when the matrix is grouped and filtered', () => {
  it('heads names with their namespace, and reads namespace/name in full', () => {
    renderWith();
    expect(screen.getByRole('rowheader', { name: 'prod: 3 workloads' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'prod/web' })).toHaveTextContent(/^web$/);
    // dev, over one column, is cut there: the column says it.
    expect(screen.getByRole('columnheader', { name: 'dev/api' })).toHaveTextContent(/^dev\/api$/);
    expect(screen.getByRole('columnheader', { name: 'dev' })).toBeInTheDocument();
  });

  it('narrows rows and columns to a namespace, and says when nothing is left', () => {
    const store = renderWith();
    fireEvent.change(screen.getByRole('combobox', { name: 'Namespace' }), {
      target: { value: 'prod' },
    });
    expect(screen.queryByRole('columnheader', { name: 'dev/api' })).toBeNull();
    expect(screen.getByRole('rowheader', { name: 'prod/db' })).toBeInTheDocument();
    expect(store.getState().doc.namespaces).toHaveLength(3);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter workloads' }), {
      target: { value: 'foo' },
    });
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.getByText("No workload matches 'foo' in prod.")).toBeInTheDocument();
  });
});

describe('when the filter leaves one workload', () => {
  it('counts one source and one destination in the singular', () => {
    renderWith();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter workloads' }), {
      target: { value: 'prod/db' },
    });
    expect(screen.getByText(/showing/)).toHaveTextContent(/showing 1 source × 1 destination$/);
  });
});

describe('when the design has no workloads', () => {
  it('says what to do instead of an empty table', () => {
    renderWith(EMPTY_DOC);
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.getByText(/No workloads yet/)).toBeInTheDocument();
    expect(screen.getByText('0 workloads')).toBeInTheDocument();
  });
});

describe('while the matrix of the design on show is still being worked out', () => {
  it('says so, and says there are no workloads only once it is in', () => {
    // The Matrix view during an import.
    const { tablesIn } = renderWithTablesPending(<MatrixPanel />);
    expect(screen.getByText(/Working out who can reach whom/)).toBeInTheDocument();
    expect(screen.queryByText(/No workloads yet/)).toBeNull();
    expect(screen.queryByText('0 workloads')).toBeNull();
    tablesIn();
    expect(screen.getByText(/No workloads yet/)).toBeInTheDocument();
    expect(screen.getByText('0 workloads')).toBeInTheDocument();
  });
});

describe('while the matrix of the last change is worked out', () => {
  const doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/backup-server')!.doc;

  it('shows the cells from before an edit, saying they are updating', () => {
    const { store, tablesIn } = renderWithTablesPending(<MatrixPanel />, doc);
    tablesIn();
    expect(screen.queryByText(/updating/)).toBeNull();
    act(() => {
      store.getState().dispatch({ type: 'setTitle', title: 'Shop' });
    });
    expect(screen.getByTestId('matrix.cell.prod/web.prod/db')).toHaveTextContent('✕');
    expect(screen.getByText(/updating for your last change/)).toBeInTheDocument();
    tablesIn();
    expect(screen.queryByText(/updating/)).toBeNull();
  });

  it('shows none of another design opened over it, and says it is being worked out', () => {
    const { store, tablesIn } = renderWithTablesPending(<MatrixPanel />, doc);
    tablesIn();
    act(() => {
      store.getState().replaceDoc(EMPTY_DOC);
    });
    expect(screen.queryByTestId('matrix.cell.prod/web.prod/db')).toBeNull();
    expect(screen.getByText(/Working out who can reach whom/)).toBeInTheDocument();
  });
});
