// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
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
