/**
 * How many new lines React Flow mounts between two paints (`mountParts.ts`).
 * A pick in a large design adds hundreds of lines at once (an isolated
 * workload's paths to every other workload); mounted in one task they freeze
 * the page for a few hundred milliseconds on a busy machine. A line is
 * mounted once its route is known (a line without one draws nothing).
 */
export const LINES_PER_FRAME = 30;
