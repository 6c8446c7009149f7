#!/usr/bin/env node
// Makes sure a Chromium exists for the end-to-end tests; installs one when it can.
// Order: $CHROMIUM_PATH, Playwright's download, a system Chromium; else Debian's
// package (as root or with `sudo -n`), else `npx playwright install chromium`.
import { execSync } from 'node:child_process';
import { findChromium } from './browser.mjs';

function run(cmd) {
  try {
    execSync(cmd, { stdio: 'inherit', timeout: 300_000 });
    return true;
  } catch {
    return false;
  }
}

let found = findChromium();
if (!found) {
  console.error('find-browser: no Chromium found; trying to install one…');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? '' : 'sudo -n ';
  const hasApt = run('command -v apt-get > /dev/null');
  if (hasApt && (isRoot || run('sudo -n true'))) {
    run(
      `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium > /dev/null`,
    );
  }
  found = findChromium();
  if (!found) {
    run('npx playwright install chromium');
    found = findChromium();
  }
}
if (!found) {
  console.error(
    'find-browser: no Chromium. Install one (Debian: `apt-get install chromium`) or set CHROMIUM_PATH=/path/to/chrome.',
  );
  process.exit(1);
}
console.error(`find-browser: using ${found}`);
