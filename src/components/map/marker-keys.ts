// The markers are one stop in the page's Tab order (a roving tabindex): Tab reaches the map (arrow
// keys pan it), then one marker; from a marker the arrow keys go to the nearest marker in their
// direction (src/lib/map/marker-nav.ts), Home and End to the first and last; Tab again leaves the
// map. Without this, the 32 markers cost 32 Tab presses on every pass through the page.
import type * as L from 'leaflet';
import { isNavKey, nextMarker } from '../../lib/map/marker-nav';

export interface MarkerKeys {
  /** Puts the marker with this id in the Tab order (the others out of it): the view's first, say. */
  setCurrent(id: string): void;
  /** Applies the roving tabindex again (Leaflet resets a marker's tabindex when it redraws its icon). */
  refresh(): void;
  stop(): void;
}

export function markerKeys(map: L.Map, markers: Map<string, L.Marker>): MarkerKeys {
  let current = markers.keys().next().value ?? '';

  function refresh() {
    for (const [id, marker] of markers) marker.getElement()?.setAttribute('tabindex', id === current ? '0' : '-1');
  }

  function setCurrent(id: string) {
    if (!markers.has(id)) return;
    current = id;
    refresh();
  }

  const container = map.getContainer();
  function onFocus(e: FocusEvent) {
    const id = (e.target as HTMLElement).dataset?.positionId;
    if (id && markers.has(id)) setCurrent(id);
  }

  function onKeyDown(e: KeyboardEvent) {
    const from = (e.target as HTMLElement).dataset?.positionId;
    if (!from || !isNavKey(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    // Where each marker is drawn now (its icon, moved aside where markers crowd).
    const points = [...markers].flatMap(([id, m]) => {
      const r = m.getElement()?.getBoundingClientRect();
      return r && r.width > 0 ? [{ id, x: r.left + r.width / 2, y: r.top + r.height / 2 }] : [];
    });
    const next = nextMarker(points, from, e.key);
    e.preventDefault();
    e.stopPropagation();
    if (!next) return;
    setCurrent(next);
    markers.get(next)?.getElement()?.focus({ preventScroll: true });
  }

  container.addEventListener('focusin', onFocus);
  container.addEventListener('keydown', onKeyDown);
  refresh();
  return {
    setCurrent,
    refresh,
    stop() {
      container.removeEventListener('focusin', onFocus);
      container.removeEventListener('keydown', onKeyDown);
    },
  };
}
