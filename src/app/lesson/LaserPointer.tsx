import { useEffect, useRef } from 'react';
import { useEditorStore } from '../../store';
import type { EditorState } from '../../store';

const selectLaser = (s: EditorState) => s.laser;

/** How the dot fades once the pointer stops: fully on, then gone. */
const FADE: Keyframe[] = [{ opacity: 1 }, { opacity: 1, offset: 0.6 }, { opacity: 0 }];
const FADE_MS = 1600;
const TRAIL_FADE_MS = 450;
/** Trail dots are dropped at most this often (ms), so a fast sweep leaves a short tail. */
const TRAIL_EVERY_MS = 16;

/**
 * The laser pointer for the room: a large red dot that follows the mouse
 * (the system cursor is hidden) with a short fading trail, and fades away
 * when the mouse rests. Drawn over everything, never in the way of a click.
 * Moves are applied to the DOM directly: no React render per mouse move.
 */
export function LaserPointer() {
  const on = useEditorStore(selectLaser);
  const layer = useRef<HTMLDivElement>(null);
  const dot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!on) return;
    let lastTrail = 0;
    const onMove = (e: PointerEvent) => {
      const at = `translate(${e.clientX}px, ${e.clientY}px)`;
      const current = dot.current;
      if (current !== null) {
        current.style.transform = at;
        current.getAnimations().forEach((a) => {
          a.cancel();
        });
        current.animate(FADE, { duration: FADE_MS, fill: 'forwards' });
      }
      const host = layer.current;
      if (host === null || e.timeStamp - lastTrail < TRAIL_EVERY_MS) return;
      lastTrail = e.timeStamp;
      const trail = document.createElement('div');
      trail.className = 'laser-trail';
      trail.style.transform = at;
      host.append(trail);
      const fade = trail.animate([{ opacity: 0.55 }, { opacity: 0 }], { duration: TRAIL_FADE_MS });
      fade.onfinish = () => {
        trail.remove();
      };
    };
    window.addEventListener('pointermove', onMove);
    return () => {
      window.removeEventListener('pointermove', onMove);
    };
  }, [on]);
  if (!on) return null;
  return (
    <div ref={layer} className="laser-layer" aria-hidden="true">
      <div ref={dot} className="laser-dot" data-testid="laser.dot" style={{ opacity: 0 }} />
    </div>
  );
}
