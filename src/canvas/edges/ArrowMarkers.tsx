import { ViewportPortal } from '@xyflow/react';
import type { FlowStatus } from '../../engine';
import { ARROW_SIZES, LINE_COLORS, arrowMarkerId } from './arrowMarkers';

const STATUSES = Object.keys(LINE_COLORS) as FlowStatus[];

/**
 * Every arrowhead the canvas's lines name, drawn once inside the viewport (so a
 * picture of the canvas takes them along): a closed triangle in the line's
 * colour, sized with the line's stroke and turned along it.
 */
export function ArrowMarkers() {
  return (
    <ViewportPortal>
      <svg className="nc-arrow-markers" aria-hidden="true" width="0" height="0">
        <defs>
          {STATUSES.flatMap((status) =>
            ARROW_SIZES.map((size) => (
              <marker
                key={arrowMarkerId(status, size)}
                id={arrowMarkerId(status, size)}
                markerWidth={size}
                markerHeight={size}
                viewBox="-10 -10 20 20"
                markerUnits="strokeWidth"
                orient="auto-start-reverse"
                refX="0"
                refY="0"
              >
                <path
                  d="M -5 -4 L 0 0 L -5 4 Z"
                  fill={LINE_COLORS[status]}
                  stroke={LINE_COLORS[status]}
                  strokeWidth={1}
                  strokeLinejoin="round"
                />
              </marker>
            )),
          )}
        </defs>
      </svg>
    </ViewportPortal>
  );
}
