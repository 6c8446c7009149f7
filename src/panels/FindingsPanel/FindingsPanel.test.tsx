// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { selectFindings } from '../../store';
import { FindingsPanel } from './FindingsPanel';
import { renderWithTablesPending } from '../tablesPending.testkit';

afterEach(cleanup);

describe('while the findings of the design on show are still being worked out', () => {
  it('says so, and says there are none only once they are in', () => {
    const { tablesIn } = renderWithTablesPending(<FindingsPanel />);
    expect(screen.getByText(/Looking for findings/)).toBeInTheDocument();
    expect(screen.queryByText(/No findings/)).toBeNull();
    tablesIn();
    expect(screen.getByText(/No findings: nothing in this design/)).toBeInTheDocument();
  });
});

describe('while the findings of the last change are worked out', () => {
  const shop = generateCluster({ pods: 12, policies: 6, namespaces: 2, seed: 4 });
  const other = generateCluster({ pods: 9, policies: 4, namespaces: 3, seed: 7 });

  /** The Findings panel over `shop`, its findings in. */
  function shopFindingsIn() {
    const kit = renderWithTablesPending(<FindingsPanel />, shop);
    kit.tablesIn();
    const shows = screen.getAllByRole('button', { name: 'Show' });
    expect(shows.length).toBeGreaterThan(0);
    for (const show of shows) expect(show).toBeEnabled();
    return kit;
  }

  it('shows those from before an edit as updating, their buttons disabled until they are in', () => {
    const { store, tablesIn } = shopFindingsIn();
    act(() => {
      store.getState().dispatch({ type: 'setTitle', title: 'Shop' });
    });
    expect(screen.getByRole('status')).toHaveTextContent(/Updating the findings/);
    const list = screen.getByRole('list', { name: 'Findings list' });
    expect(list).toHaveAttribute('aria-busy', 'true');
    for (const button of within(list).getAllByRole('button')) expect(button).toBeDisabled();
    tablesIn();
    expect(screen.queryByRole('status')).toBeNull();
    for (const show of screen.getAllByRole('button', { name: 'Show' })) expect(show).toBeEnabled();
  });

  it('shows none of another design opened over it, and says they are being looked for', () => {
    const { store } = shopFindingsIn();
    act(() => {
      store.getState().replaceDoc(other);
    });
    expect(screen.getByText(/Looking for findings in this design/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Findings list' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show' })).toBeNull();
  });
});

describe('when the design has hundreds of findings (a dump)', () => {
  const many = generateCluster({ pods: 300, policies: 250, namespaces: 5, seed: 2 });
  const items = () =>
    within(screen.getByRole('list', { name: 'Findings list' })).getAllByRole('listitem');

  it('draws the first 100, and the rest at a click', () => {
    renderWithTablesPending(<FindingsPanel />, many).tablesIn();
    expect(items()).toHaveLength(100);
    const more = screen.getByRole('button', { name: /^Show all \d+ findings$/ });
    const total = Number(/\d+/.exec(more.textContent)?.[0]);
    expect(total).toBeGreaterThan(100);
    fireEvent.click(more);
    expect(items()).toHaveLength(total);
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
  });

  it('draws them all when the finding shown on the canvas lies past the first 100', () => {
    const { store, tablesIn } = renderWithTablesPending(<FindingsPanel />, many);
    tablesIn();
    expect(items()).toHaveLength(100);
    const last = selectFindings(store.getState()).at(-1)!;
    act(() => {
      store.getState().showFinding(last.id);
    });
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
    expect(items().length).toBeGreaterThan(100);
  });
});
