/** The file of what the commands do, next to the entry `netpol-canvas.mjs`. */
export const COMMANDS_FILE: string;
/** Writes the bundled command to `outdir` (default dist-cli) and returns the path of its entry, `netpol-canvas.mjs`. */
export function cliBuild(outdir?: string): Promise<string>;
