import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Splits at the characters `at` matches that are not inside parentheses or brackets. */
function splitTop(text: string, at: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && at.test(c)) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Every selector of a stylesheet (at-rules' preludes left out). */
function selectorsOf(css: string): string[] {
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const preludes = [...bare.matchAll(/([^{};]+)\{/g)].map((m) => (m[1] ?? '').trim());
  return preludes.filter((p) => !p.startsWith('@')).flatMap((p) => splitTop(p, /,/));
}

/** The classes of a selector's last compound, outside `:not()` and the like. */
function lastClassesOf(selector: string): string[] {
  const compounds = splitTop(selector.replace(/\s*([>+~])\s*/g, ' '), /\s/);
  const last = (compounds.at(-1) ?? '').replace(/\([^()]*\)/g, '');
  return [...last.matchAll(/\.([\w-]+)/g)].map((m) => m[1] ?? '');
}

/**
 * What a change of the root's `attribute` restyles: for each rule of the canvas's stylesheets
 * that names it, the classes its last compound names. Chromium restyles every element with such
 * a class (whether the rest of the rule matches it or not), so an element that the change leaves
 * as it was should carry none of them.
 */
function restylesOf(attribute: string): { selector: string; classes: string[] }[] {
  const dir = import.meta.dirname;
  return readdirSync(dir)
    .filter((file) => file.endsWith('.css'))
    .flatMap((file) => selectorsOf(readFileSync(join(dir, file), 'utf8')))
    .filter((selector) => selector.includes(`[${attribute}`))
    .map((selector) => ({ selector, classes: lastClassesOf(selector) }));
}

/** What a focus restyles as it starts and ends (the root's `data-focus`). */
export function focusRestyles(): { selector: string; classes: string[] }[] {
  return restylesOf('data-focus');
}

/** What a change of zoom band restyles (the root's `data-zoom-band`, `levelOfDetail.css`). */
export function bandRestyles(): { selector: string; classes: string[] }[] {
  return restylesOf('data-zoom-band');
}
