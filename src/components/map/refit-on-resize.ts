// Keeps the live map framed on its view when its box changes size: a phone rotated, a window
// resized, the sticky map folded, the embed's iframe resized by its parent. Leaflet only learns a new
// size when told (invalidateSize), and then keeps its centre and zoom, so narrowing from 1280 to 390 px
// left half the markers outside, and widening showed the basemap's edge. Here the island frames every
// view through frame(), and a ResizeObserver refits the current view once per animation frame after
// the box changes, unless the reader has moved the map since it was framed (a drag, a zoom, a pinch,
// a marker's panel panning it): their map stays where they put it, and only learns its new size.
// "Moved" means the map is no longer where the last framing left it. The island must create the map
// with trackResize: false, so Leaflet's own window-resize handling does not move it as well.
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
  // Where the last framing left the map; while the map is still there, the reader has not moved it.
  let framedAt: { center: L.LatLng; zoom: number } | null = null;
  // frame() has started an animated move whose end has not come yet.
  let framing = false;
  let pending = 0;

  const remember = () => {
    framedAt = { center: map.getCenter(), zoom: map.getZoom() };
  };

  /** The map is where the last framing left it (to the pixel): no drag, zoom, pinch or panel has moved it since. */
  function untouched(): boolean {
    if (!framedAt || framing) return framing;
    const { center, zoom } = framedAt;
    return Math.abs(map.getZoom() - zoom) < 1e-6 && map.project(map.getCenter(), zoom).distanceTo(map.project(center, zoom)) < 1;
  }

  /**
   * Sets the view's frame at the map's present size. The frame is "contain", so a box much narrower or
   * wider than the static map's shape shows more around it than maxBounds allows; maxBounds then
   * grows to take it in (Leaflet would otherwise pull the centre off the frame).
   */
  function setFrame(animate: boolean) {
    const { center, zoom } = liveFraming(bounds!, map.getSize());
    const max = map.options.maxBounds as L.LatLngBounds | undefined; // Leaflet keeps it as an L.LatLngBounds
    if (max?.extend) {
      const mid = map.project(center, zoom);
      const half = map.getSize().divideBy(2);
      max.extend(map.unproject(mid.subtract(half), zoom)).extend(map.unproject(mid.add(half), zoom));
    }
    // A very small box (a phone turned sideways) needs a zoom below the map's minimum to hold the
    // whole frame: allow it, or Leaflet would clamp the zoom and cut markers off.
    if (zoom < map.getMinZoom()) map.setMinZoom(Math.floor(zoom * 10) / 10);
    framing = animate;
    map.setView(center, zoom, { animate });
    if (!animate) remember();
  }

  function frame(next: MapBounds, animate: boolean) {
    bounds = next;
    setFrame(animate);
  }

  function onMoveEnd() {
    if (!framing) return;
    framing = false;
    remember(); // an animated framing has ended: this is the view's frame
  }

  function refit() {
    pending = 0;
    const before = map.getSize();
    const now = { x: container.clientWidth, y: container.clientHeight };
    if (now.x === 0 || now.y === 0 || (now.x === before.x && now.y === before.y)) return; // hidden, or unchanged
    if (bounds && untouched()) {
      // Leaflet fires moveend at once for a new size, and its maxBounds check then pans the old view
      // (animated) into bounds, undoing the refit: defer that moveend until the view is framed.
      map.invalidateSize({ pan: false, debounceMoveend: true });
      setFrame(false);
    } else {
      map.invalidateSize({ pan: true, debounceMoveend: true }); // keep the reader's centre and zoom
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
