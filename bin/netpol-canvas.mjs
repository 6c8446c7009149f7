#!/usr/bin/env node
// The netpol-canvas command: src/cli, built into plain JavaScript with its dependencies
// (scripts/buildCli.mjs, run by `npm install`, `npm ci` and `npm pack`).
// Exit codes: 0 ok, 1 invalid input or failed checks, 2 usage errors, 70 internal errors,
// 74 output not written, 141 reader gone (EPIPE). Never a stack trace.
let main;
try {
  ({ main } = await import('../dist-cli/netpol-canvas.mjs'));
} catch (error) {
  const missing =
    error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist-cli');
  const message = missing
    ? 'the command is not built: run `npm run build:cli` in its repository'
    : `internal error: ${String(error?.message ?? error).split('\n')[0]}`;
  process.stderr.write(`netpol-canvas: ${message}\n`);
  process.exit(70);
}
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`netpol-canvas: internal error: ${message.split('\n')[0]}\n`);
  process.exitCode = 70;
}
