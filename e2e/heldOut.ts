/**
 * The held-out 200-workload cluster the focus journeys open (8 namespaces, 90 policies, seed 7):
 * it opens collapsed, and ns-7/app-7-api-87 opens connections into every namespace and admits
 * pods of several by one rule.
 */
import type { Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import type { Canvas } from './pages/Canvas';
import { CollapsedCanvas } from './pages/CollapsedCanvas';

export const HELD_OUT = generateCluster({ pods: 200, namespaces: 8, policies: 90, seed: 7 });

/** The busy workload of `HELD_OUT`. */
export const API_87 = 'ns-7/app-7-api-87';

/**
 * The held-out cluster opened at 1440×900 as a user opens a file (drawn collapsed), and api-87
 * found (Ctrl+K): the camera's move to it may not be made yet.
 */
export async function findApi87(page: Page, canvas: Canvas): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await new CollapsedCanvas(page).open('held-out.yaml', HELD_OUT);
  await canvas.find(API_87);
}
