/**
 * What a production build ships: the Content-Security-Policy in index.html,
 * and no test hook (`window.__editor`) that a link could switch on.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const outDir = mkdtempSync(join(tmpdir(), 'netpol-canvas-build-'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the production build', () => {
  beforeAll(async () => {
    // Vitest runs with NODE_ENV=test, which would make this a development build.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  }, 120_000);
  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
  });

  it('carries a strict Content-Security-Policy and the nonce CodeMirror styles use', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/
      .exec(html)?.[1]
      ?.replaceAll('&#39;', "'");
    expect(policy).toBeDefined();
    const directives = new Map(
      (policy ?? '').split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    const nonce = /<meta name="csp-nonce" content="([^"]+)"/.exec(html)?.[1];
    expect(directives.get('style-src')).toEqual(["'self'", `'nonce-${nonce ?? ''}'`]);
    expect(directives.get('style-src-elem')).toEqual(["'self'", `'nonce-${nonce ?? ''}'`]);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('leaves the test hook out', () => {
    const scripts = filesUnder(outDir).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const withHook = scripts.filter((file) => readFileSync(file, 'utf8').includes('__editor'));
    expect(withHook).toEqual([]);
  });
});
