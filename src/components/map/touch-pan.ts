// Touch readers move the live map with two fingers, as on the big map libraries' embedded maps: one
// finger keeps scrolling the page (the map must never trap it), and a one-finger drag over the map
// shows a short hint saying so. Leaflet's pinch handler already pans with two fingers; this keeps
// the browser from taking a two-finger drag for a scroll of the page.
import type * as L from 'leaflet';

/** How long the hint stays after the finger lifts, in ms. */
const HINT_MS = 1500;
/** A finger that moves this far (px) is dragging, not tapping. */
const DRAG_PX = 8;

export function touchPan(map: L.Map): () => void {
  const container = map.getContainer();
  const hint = document.createElement('p');
  hint.className = 'tm-hint';
  hint.textContent = 'Use two fingers to move the map';
  // The markers and controls are there for screen readers; the hint is about a gesture they do not make.
  hint.setAttribute('aria-hidden', 'true');
  hint.hidden = true;
  container.after(hint);
  let start: { x: number; y: number } | null = null;
  let timer = 0;

  const show = () => {
    window.clearTimeout(timer);
    hint.hidden = false;
  };
  const hideLater = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => (hint.hidden = true), HINT_MS);
  };

  function onStart(e: TouchEvent) {
    start = e.touches.length === 1 ? { x: e.touches[0]!.clientX, y: e.touches[0]!.clientY } : null;
    if (e.touches.length > 1) hint.hidden = true;
  }
  function onMove(e: TouchEvent) {
    if (e.touches.length > 1) {
      // Two fingers: the map's (pan and pinch), not the page's.
      if (e.cancelable) e.preventDefault();
      hint.hidden = true;
      start = null;
      return;
    }
    const t = e.touches[0];
    if (start && t && Math.hypot(t.clientX - start.x, t.clientY - start.y) > DRAG_PX) show();
  }
  function onEnd(e: TouchEvent) {
    if (e.touches.length === 0 && !hint.hidden) hideLater();
    start = null;
  }

  container.addEventListener('touchstart', onStart, { passive: true });
  container.addEventListener('touchmove', onMove, { passive: false });
  container.addEventListener('touchend', onEnd, { passive: true });
  container.addEventListener('touchcancel', onEnd, { passive: true });
  return () => {
    window.clearTimeout(timer);
    container.removeEventListener('touchstart', onStart);
    container.removeEventListener('touchmove', onMove);
    container.removeEventListener('touchend', onEnd);
    container.removeEventListener('touchcancel', onEnd);
    hint.remove();
  };
}
