// Keeps the live map framed on its view when its box changes size: a phone rotated, a window
// resized, the sticky map folded, the embed's iframe resized by its parent. Leaflet only learns a new
// size when told (invalidateSize), and then keeps its centre and zoom, so narrowing from 1280 to 390 px
// left half the markers outside, and widening showed the basemap's edge. Here the island frames every
// view through frame(), and a ResizeObserver refits the current view once per animation frame after
// the box changes, unless the reader has moved the map since it was framed (a drag, a zoom, a pinch,
// a marker's panel panning it): their map stays where they put it, and only learns its new size.
// The island must create the map with trackResize: false, so Leaflet's own window-resize handling
// (which moves the map later, debounced) does not pass for a reader's move.
import type * as L from 'leaflet';
import { liveFraming } from '../../lib/map/framing';
import type { MapBounds } from '../../lib/map/geo';

export interface Refitter {
  /** Frames `bounds` exactly as the static map does, and remembers them as the view to keep on resize. */
  frame(bounds: MapBounds, animate: boolean): void;
  /** Stops watching the map's box. */
  stop(): void;
}

export function refitOnResize(map: L.Map): Refitter {
  const container = map.getContainer();
  let bounds: MapBounds | null = null;
  // True from frame() until a move that frame() did not start ends: the map still shows the view as framed.
  let framed = false;
  // frame() has started a move whose end has not come yet (an animated one ends frames later).
  let framing = false;
  // Moves this module makes itself while the size changes, which say nothing about the reader.
  let internal = false;
  let pending = 0;

  function frame(next: MapBounds, animate: boolean) {
    bounds = next;
    framed = true;
    framing = true;
    const { center, zoom } = liveFraming(next, map.getSize());
    map.setView(center, zoom, { animate });
  }

  /** Whether the map shows the view's frame at its present size (to the pixel). */
  function atFrame(): boolean {
    if (!bounds) return false;
    const { center, zoom } = liveFraming(bounds, map.getSize());
    return Math.abs(map.getZoom() - zoom) < 0.001 && map.project(map.getCenter(), zoom).distanceTo(map.project(center, zoom)) < 1;
  }

  function onMoveEnd() {
    if (internal) return;
    if (framing) framing = false;
    // Any other move: the reader (or a panel making room) may have moved the map off the view's frame.
    else framed = atFrame();
  }

  function refit() {
    pending = 0;
    const before = map.getSize();
    const now = { x: container.clientWidth, y: container.clientHeight };
    if (now.x === 0 || now.y === 0 || (now.x === before.x && now.y === before.y)) return; // hidden, or unchanged
    internal = true;
    try {
      if (framed && bounds) {
        map.invalidateSize({ pan: false });
        const { center, zoom } = liveFraming(bounds, map.getSize());
        map.setView(center, zoom, { animate: false });
      } else {
        map.invalidateSize({ pan: true }); // keep the reader's centre
      }
    } finally {
      internal = false;
    }
  }

  map.on('moveend', onMoveEnd);
  // ResizeObserver reports after layout; the refit waits for the next frame, so a burst of sizes
  // (a window dragged wider) costs one refit per frame, never a fixed delay.
  const observer = new ResizeObserver(() => {
    pending ||= requestAnimationFrame(refit);
  });
  observer.observe(container);

  return {
    frame,
    stop() {
      observer.disconnect();
      if (pending) cancelAnimationFrame(pending);
      map.off('moveend', onMoveEnd);
    },
  };
}
