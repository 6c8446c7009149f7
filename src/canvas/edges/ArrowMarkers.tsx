import { ViewportLayer } from './ViewportLayer';
import { ARROW_SIZES, ARROW_STATUSES, arrowMarkerId, dimmedArrowId } from './arrowMarkers';

/**
 * Every arrowhead the canvas's lines name, drawn once inside the viewport (so a
 * picture of the canvas takes them along): a closed triangle in the line's
 * colour (the theme's: `canvas.css`), sized with the line's stroke and turned
 * along it; each with a faint twin for the lines a focus dims (`dimmedArrowId`).
 */
export function ArrowMarkers() {
  const arrows = ARROW_STATUSES.flatMap((status) =>
    ARROW_SIZES.flatMap((size) => {
      const id = arrowMarkerId(status, size);
      return [
        { id, status, size, dimmed: false },
        { id: dimmedArrowId(id), status, size, dimmed: true },
      ];
    }),
  );
  return (
    <ViewportLayer>
      <svg className="nc-arrow-markers" aria-hidden="true" width="0" height="0">
        <defs>
          {arrows.map(({ id, status, size, dimmed }) => (
            <marker
              key={id}
              id={id}
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
                className={`nc-arrow is-${status}${dimmed ? ' is-dimmed' : ''}`}
                strokeWidth={1}
                strokeLinejoin="round"
              />
            </marker>
          ))}
        </defs>
      </svg>
    </ViewportLayer>
  );
}
