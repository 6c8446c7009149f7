import { describe, expect, it } from 'vitest';
import { failedModuleUrl, loadAgain } from './useRetryableLazy';

const URL_A = 'http://127.0.0.1:4173/assets/YamlPanel-BReScqxW.js';
const chromiumFailure = () =>
  new TypeError(`Failed to fetch dynamically imported module: ${URL_A}`);

describe('failedModuleUrl', () => {
  it('finds the module in Chromium’s and Firefox’s words, and nothing in other errors', () => {
    expect(failedModuleUrl(chromiumFailure())).toBe(URL_A);
    expect(
      failedModuleUrl(new TypeError(`error loading dynamically imported module: ${URL_A}`)),
    ).toBe(URL_A);
    expect(failedModuleUrl(new Error('boom'))).toBeNull();
    expect(failedModuleUrl('text')).toBeNull();
  });
});

describe('loadAgain', () => {
  const failing = () => Promise.reject(chromiumFailure());

  it('on a retry, fetches the module again under a new address', async () => {
    const asked: string[] = [];
    const module = { YamlPanel: 'panel' };
    const got = await loadAgain(failing, 2, (url) => {
      asked.push(url);
      return Promise.resolve(module);
    });
    expect(got).toBe(module);
    expect(asked).toEqual([`${URL_A}?retry=2`]);
  });

  it('the first time, and for other errors, fails as the import did', async () => {
    const never = () => Promise.reject(new Error('not to be fetched'));
    await expect(loadAgain(failing, 0, never)).rejects.toThrow(/dynamically imported/);
    const other = () => Promise.reject(new Error('syntax'));
    await expect(loadAgain(other, 1, never)).rejects.toThrow('syntax');
  });

  it('takes what the import gives when it works', async () => {
    await expect(loadAgain(() => Promise.resolve(7), 3)).resolves.toBe(7);
  });
});
