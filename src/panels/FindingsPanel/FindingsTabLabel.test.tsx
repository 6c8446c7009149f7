// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { EMPTY_DOC } from '../../model';
import { FindingsTabLabel } from './FindingsTabLabel';
import { renderWithTablesPending } from '../tablesPending.testkit';

afterEach(cleanup);

describe('the Findings tab while the findings of the design on show are looked for', () => {
  const shop = generateCluster({ pods: 12, policies: 6, namespaces: 2, seed: 4 });
  const other = generateCluster({ pods: 9, policies: 4, namespaces: 3, seed: 7 });

  it('counts none of them until they are in, then all of them', () => {
    const { tablesIn } = renderWithTablesPending(<FindingsTabLabel />, shop);
    expect(screen.getByText('Findings (…)')).toBeInTheDocument();
    expect(screen.queryByText('Findings (0)')).toBeNull();
    tablesIn();
    expect(screen.getByText(/^Findings \([1-9]\d*\)$/)).toBeInTheDocument();
  });

  it('says "looking" again, not 0, when another design is opened over it', () => {
    const { store, tablesIn } = renderWithTablesPending(<FindingsTabLabel />, shop);
    tablesIn();
    act(() => {
      store.getState().replaceDoc(other);
    });
    expect(screen.getByText('Findings (…)')).toBeInTheDocument();
  });

  it('counts 0 once a design without findings has been looked at', () => {
    const { tablesIn } = renderWithTablesPending(<FindingsTabLabel />, EMPTY_DOC);
    tablesIn();
    expect(screen.getByText('Findings (0)')).toBeInTheDocument();
  });
});
