/**
 * Find on a card the user already sees whole and readable leaves the camera where it is: the
 * Inspector answers about it, and nothing the user was looking at is pushed off screen.
 */
import { hasCorpusFile, NO_CORPUS, openCorpusFile } from './corpus';
import { expect, test } from './fixtures';

const GARDENER = 'gardener-docs-cross-namespace-pair.yaml';

test('Find on a card in view keeps the camera, and both namespaces in view', async ({
  page,
  canvas,
  toolbar,
}) => {
  // Skipped where ../shared/corpus/real is absent (a bare clone): the real manifests are read
  // from there, never copied into the repository.
  test.skip(!hasCorpusFile(GARDENER), NO_CORPUS);
  await page.setViewportSize({ width: 1440, height: 900 });
  // Two namespaces, a and b, fitted side by side when the file opens.
  await openCorpusFile({ page, canvas, toolbar }, GARDENER, '2 policies', 'b');
  await canvas.drawn();
  await canvas.cameraMoved();
  const card = canvas.workload('a/gardener-resource-manager');
  await expect.poll(() => canvas.inView(card)).toBe(true);
  const before = await canvas.viewport();
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: /Find workloads/ }).fill('gardener');
  const first = page.getByRole('listbox', { name: 'Matches' }).getByRole('option').first();
  await expect(first).toContainText('a/gardener-resource-manager');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Inspector' })).toContainText(
    'gardener-resource-manager',
  );
  await canvas.cameraMoved();
  expect(await canvas.viewport()).toEqual(before);
  expect(await canvas.inView(canvas.namespace('a'))).toBe(true);
  expect(await canvas.inView(canvas.namespace('b'))).toBe(true);
});
