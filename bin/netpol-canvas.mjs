#!/usr/bin/env node
// The netpol-canvas command. The CLI is TypeScript (src/cli); tsx compiles it on the fly
// (and caches it), so there is no build step. Exit codes: 0 ok, 1 invalid input or failed
// checks, 2 usage errors, 70 internal errors, 74 output not written, 141 reader gone (EPIPE).
// Never a stack trace.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

try {
  // The project's own compiler settings, whatever directory the command runs in.
  register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`netpol-canvas: internal error: ${message.split('\n')[0]}\n`);
  process.exitCode = 70;
}
