/**
 * The page's Content-Security-Policy, written into index.html at build time
 * (a `<meta http-equiv>`, since the app is static files any server can host).
 * Scripts only from the page's own origin; no plugins, no `<base>`, no form
 * posts. Styles from our own files, plus the `<style>` elements CodeMirror
 * writes, which carry a nonce made for each build and read by the YAML editor
 * from `<meta name="csp-nonce">`. Style attributes are allowed
 * (`style-src-attr`): Chromium's editing of CodeMirror's contenteditable
 * writes them while the user types, and they cannot run script. Images may
 * be `data:`/`blob:` URLs (the
 * favicon, exported pictures). The dev server gets no policy: Vite's hot
 * reload injects inline scripts.
 */
import { randomBytes } from 'node:crypto';
import type { Plugin } from 'vite';

export const CSP_NONCE_META = 'csp-nonce';

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Vite plugin: the policy and its nonce in the built index.html. */
export function contentSecurityPolicyPlugin(): Plugin {
  const nonce = randomBytes(18).toString('base64');
  return {
    name: 'netpol-canvas-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(nonce) },
          injectTo: 'head-prepend',
        },
        { tag: 'meta', attrs: { name: CSP_NONCE_META, content: nonce }, injectTo: 'head' },
      ],
    },
  };
}
