// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../engine/__fixtures__/clusters/threeTier';
import { EditorProvider, createEditorStore } from '../store';
import { Canvas } from './Canvas';

beforeAll(() => {
  // React Flow measures nodes with ResizeObserver, which jsdom lacks.
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

afterEach(cleanup);

describe('when the canvas shows the three-tier design with db-policy', () => {
  it('draws every namespace, workload and external endpoint, with isolation badges', () => {
    const doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/db-policy')!.doc;
    render(
      <div style={{ width: 1000, height: 800 }}>
        <EditorProvider store={createEditorStore({ doc })}>
          <Canvas />
        </EditorProvider>
      </div>,
    );
    for (const id of ['namespace.prod', 'namespace.dev', 'workload.prod/web', 'workload.prod/db']) {
      expect(screen.getByTestId(`node.${id}`)).toBeInTheDocument();
    }
    expect(screen.getByTestId('node.external.backup server')).toHaveTextContent('192.168.5.10/32');
    const db = screen.getByTestId('node.workload.prod/db');
    expect(db.querySelector('[aria-label="ingress isolated"]')).not.toBeNull();
    expect(db.querySelector('[aria-label="egress open"]')).not.toBeNull();
  });
});
