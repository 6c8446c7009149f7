// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import { EditorProvider, createEditorStore } from '../../store';
import { NamespaceDetails } from './NamespaceDetails';

afterEach(cleanup);

const designed = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/db-policy')!.doc;

function renderNamespace(doc: typeof designed, name: string) {
  render(
    <EditorProvider store={createEditorStore({ doc })}>
      <NamespaceDetails name={name} />
    </EditorProvider>,
  );
  return screen.getByRole('heading', { level: 2 });
}

describe('when a namespace is picked, the Inspector heads it', () => {
  it('with its workloads and policies', () => {
    expect(renderNamespace(designed, 'prod')).toHaveTextContent(
      /^prod namespace · 3 workloads · 1 policy$/,
    );
  });

  it('with the pods its policies infer, as its box counts them, when it has no pods', () => {
    // A folder of policies: the box says "2 inferred workloads"; "0 workloads" beside it
    // read as if the policies selected nothing.
    const heading = renderNamespace({ ...designed, workloads: [] }, 'prod');
    expect(heading).toHaveTextContent(/^prod namespace · \d+ inferred workloads? · 1 policy$/);
    expect(heading).not.toHaveTextContent('0 inferred');
  });
});
