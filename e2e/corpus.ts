/**
 * The real manifests beside the repository (`../shared/corpus/real`), read from there and never
 * copied in: journeys that open them skip themselves in a bare clone, where they are absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { Canvas } from './pages/Canvas';
import type { Toolbar } from './pages/Toolbar';

/** A file of the corpus of real manifests, by its name. */
const corpusFile = (name: string) => new URL(`../../shared/corpus/real/${name}`, import.meta.url);

const BOUTIQUE = corpusFile('nca-online-boutique-live-cluster-list.yaml');

/** Whether the corpus file `name` is there to open. */
export const hasCorpusFile = (name: string): boolean => existsSync(corpusFile(name));

/** Whether Online Boutique's policies from a live cluster are there to open. */
export const hasBoutique = existsSync(BOUTIQUE);

export const NO_CORPUS = 'the corpus of real manifests is not next to the repository';

interface Pages {
  page: Page;
  canvas: Canvas;
  toolbar: Toolbar;
}

/**
 * Opens the corpus file `name`, as a user picks it, and waits until the status line counts its
 * `policies` (`12 policies`) and namespace box `namespace` settles; named `as` when given.
 */
export async function openCorpusFile(
  { page, canvas, toolbar }: Pages,
  name: string,
  policies: string,
  namespace: string,
  as = name,
): Promise<void> {
  await page.goto('/');
  await expect(canvas.root).toBeVisible();
  await toolbar.openYamlFile(as, readFileSync(corpusFile(name), 'utf8'));
  await expect(page.getByRole('status')).toContainText(policies, { timeout: 30_000 });
  // Its cards are drawn once the automatic layout has placed them.
  await canvas.laidOut();
  await canvas.settledBox(canvas.namespace(namespace));
}

/** Opens Online Boutique's policies, as a user picks the file, and waits for its box to settle. */
export async function openBoutique(pages: Pages): Promise<void> {
  await openCorpusFile(
    pages,
    'nca-online-boutique-live-cluster-list.yaml',
    '12 policies',
    'onlineboutique',
    'online-boutique.yaml',
  );
}
