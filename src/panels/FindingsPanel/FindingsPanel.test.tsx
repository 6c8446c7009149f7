// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
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
