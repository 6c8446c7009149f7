/**
 * The real manifests beside the repository (`../shared/corpus/real`), read from there and never
 * copied in: journeys that open them skip themselves in a bare clone, where they are absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { Canvas } from './pages/Canvas';
import type { Toolbar } from './pages/Toolbar';

const BOUTIQUE = new URL(
  '../../shared/corpus/real/nca-online-boutique-live-cluster-list.yaml',
  import.meta.url,
);

/** Whether Online Boutique's policies from a live cluster are there to open. */
export const hasBoutique = existsSync(BOUTIQUE);

export const NO_CORPUS = 'the corpus of real manifests is not next to the repository';

/** Opens Online Boutique's policies, as a user picks the file, and waits for its box to settle. */
export async function openBoutique({
  page,
  canvas,
  toolbar,
}: {
  page: Page;
  canvas: Canvas;
  toolbar: Toolbar;
}): Promise<void> {
  await page.goto('/');
  await expect(canvas.root).toBeVisible();
  await toolbar.openYamlFile('online-boutique.yaml', readFileSync(BOUTIQUE, 'utf8'));
  await expect(page.getByRole('status')).toContainText('12 policies', { timeout: 30_000 });
  await canvas.settledBox(canvas.namespace('onlineboutique'));
}
