/**
 * The held-out 200-workload cluster the focus journeys open (8 namespaces, 90 policies, seed 7):
 * it opens collapsed, and ns-7/app-7-api-87 opens connections into every namespace and admits
 * pods of several by one rule.
 */
import type { Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect } from './fixtures';
import type { Canvas } from './pages/Canvas';
import type { Toolbar } from './pages/Toolbar';

export const HELD_OUT = generateCluster({ pods: 200, namespaces: 8, policies: 90, seed: 7 });

/** The busy workload of `HELD_OUT`. */
export const API_87 = 'ns-7/app-7-api-87';

/** The held-out cluster opened at 1440×900 as a user opens a file, and api-87 found (Ctrl+K). */
export async function findApi87(page: Page, toolbar: Toolbar, canvas: Canvas): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await toolbar.openDesign('held-out.yaml', HELD_OUT);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await canvas.find(API_87);
}
