import { ViewportLayer } from './ViewportLayer';
import { ARROW_SIZES, ARROW_STATUSES, arrowMarkerId } from './arrowMarkers';

/**
 * Every arrowhead the canvas's lines name, drawn once inside the viewport (so a
 * picture of the canvas takes them along): a closed triangle in the line's
 * colour (the theme's: `canvas.css`), sized with the line's stroke and turned
 * along it.
 */
export function ArrowMarkers() {
  return (
    <ViewportLayer>
      <svg className="nc-arrow-markers" aria-hidden="true" width="0" height="0">
        <defs>
          {ARROW_STATUSES.flatMap((status) =>
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
                  className={`nc-arrow is-${status}`}
                  strokeWidth={1}
                  strokeLinejoin="round"
                />
              </marker>
            )),
          )}
        </defs>
      </svg>
    </ViewportLayer>
  );
}
