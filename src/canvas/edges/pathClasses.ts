/**
 * Classes of a line's path that the zoom band's rules end in (`levelOfDetail.css`). A change of
 * band restyles every element with a class its rules end in, whether the rest of the rule matches
 * or not; a class that every line's path has (`nc-edge-path`) would restyle them all: 824 paths of
 * the 200-workload design in the frame where F's camera leaves the names band.
 */

/**
 * A path whose dashes the band scales: a line that may be dashed (blocked, partly blocked, a
 * picked workload's path, a comparison's). An allowed plain line is solid at every band.
 */
export const DASHED_PATH = 'nc-dashed';

/** The picked line's path, drawn wider in the compact band. */
export const PICKED_PATH = 'nc-picked-path';
