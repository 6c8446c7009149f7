// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { EditorProvider, createEditorStore } from '../../store';
import { TrafficTable } from './TrafficTable';

afterEach(cleanup);

describe('when the Traffic tab holds a large design', () => {
  // c200 (seed 57) listed 889 rows, and no way to find one but to scroll; this one, fewer.
  const doc = generateCluster({ pods: 40, policies: 20, namespaces: 4, seed: 57 });

  function rows(): HTMLElement[] {
    return [...document.querySelectorAll<HTMLElement>('table tbody tr')];
  }

  it('filters its rows by words and by namespace', () => {
    render(
      <EditorProvider store={createEditorStore({ doc })}>
        <TrafficTable />
      </EditorProvider>,
    );
    const all = rows().length;
    expect(all).toBeGreaterThan(20);
    // A workload some rule lets connect in (the table's last ingress row).
    const ingress = rows().filter((r) => r.textContent.includes('ingress'));
    const target = ingress.at(-1)?.querySelector('th')?.textContent ?? '';
    expect(target).not.toBe('');
    const filter = screen.getByRole('search', { name: 'Filter connections' });
    fireEvent.change(within(filter).getByRole('searchbox'), {
      target: { value: `${target} ingress` },
    });
    const found = rows();
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(all);
    for (const row of found) {
      expect(row).toHaveTextContent(target);
      expect(row).toHaveTextContent('ingress');
    }
    // The notes below too: each about the workload, for ingress.
    for (const note of document.querySelectorAll('.traffic-notes li')) {
      expect(note).toHaveTextContent(target);
      expect(note).toHaveTextContent('ingress');
    }
    fireEvent.change(within(filter).getByRole('searchbox'), { target: { value: '' } });
    fireEvent.change(within(filter).getByRole('combobox', { name: 'Namespace' }), {
      target: { value: 'ns-2' },
    });
    const inNs2 = doc.workloads.filter((w) => w.namespace === 'ns-2').map((w) => w.name);
    expect(rows().length).toBeGreaterThan(0);
    for (const row of rows()) {
      const component = row.querySelector('th')?.textContent ?? '';
      expect(inNs2).toContain(component);
    }
  });

  it('keeps its filter while another side tab is open', () => {
    const store = createEditorStore({ doc });
    const shown = () =>
      render(
        <EditorProvider store={store}>
          <TrafficTable />
        </EditorProvider>,
      );
    const first = shown();
    const filter = screen.getByRole('search', { name: 'Filter connections' });
    fireEvent.change(within(filter).getByRole('searchbox'), { target: { value: 'ingress' } });
    const filtered = rows().length;
    // Another tab replaces the panel; coming back draws it again.
    first.unmount();
    shown();
    const again = screen.getByRole('search', { name: 'Filter connections' });
    expect(within(again).getByRole('searchbox')).toHaveValue('ingress');
    expect(rows()).toHaveLength(filtered);
  });

  it('says so when nothing matches', () => {
    render(
      <EditorProvider store={createEditorStore({ doc })}>
        <TrafficTable />
      </EditorProvider>,
    );
    const filter = screen.getByRole('search', { name: 'Filter connections' });
    fireEvent.change(within(filter).getByRole('searchbox'), { target: { value: 'nothing-here' } });
    expect(screen.getByText("No connection matches 'nothing-here'.")).toBeInTheDocument();
  });
});

describe('when the Traffic table has more rows than a screen holds many times over', () => {
  // c1000 (seed 61): 4,758 rows, drawn at once: the tab took 9.7 s to show.
  const doc = generateCluster({ pods: 120, policies: 40, namespaces: 6, seed: 61 });

  it('draws the first rows, counts the rest, and draws them all at a click', () => {
    render(
      <EditorProvider store={createEditorStore({ doc })}>
        <TrafficTable />
      </EditorProvider>,
    );
    const drawn = () => document.querySelectorAll('table tbody tr').length;
    expect(drawn()).toBe(60);
    const more = screen.getByRole('button', { name: /^Show all \d+ rows$/ });
    const all = Number(/\d+/.exec(more.textContent)?.[0]);
    expect(all).toBeGreaterThan(60);
    fireEvent.click(more);
    expect(drawn()).toBe(all);
  });
});
