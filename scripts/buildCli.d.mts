/** Writes the bundled command to `outdir/netpol-canvas.mjs` (default dist-cli) and returns its path. */
export function cliBuild(outdir?: string): Promise<string>;
