// A view's emphasis on the live map: its highlighted markers larger and on top, the others and the
// arrows that do not touch a highlighted position dimmed.
import type { MapData } from '../../lib/map/map-data';
import type { MapView } from '../../lib/map/views';
import type { LiveMap } from './create-live-map';

export function emphasise({ markers, arrows }: LiveMap, data: MapData, view: MapView): void {
  const emphasis = view.highlight.length > 0;
  for (const [id, marker] of markers) {
    const on = view.highlight.includes(id);
    marker.getElement()?.classList.toggle('tm-marker--highlight', on);
    marker.getElement()?.classList.toggle('tm-marker--dim', emphasis && !on);
    marker.setZIndexOffset(on ? 1000 : 0);
  }
  const highlighted = (lat: number, lng: number) => data.positions.some((p) => p.lat === lat && p.lng === lng && view.highlight.includes(p.id));
  for (const m of data.movements) {
    const on = highlighted(...m.from) || highlighted(...m.to);
    arrows.get(m.id)?.getElement()?.classList.toggle('tm-arrow--dim', emphasis && !on);
  }
}

/**
 * Details over the map (the embed) sit at its right on wide maps, at its top or bottom on narrow
 * ones: pans the map so the open marker stays in sight beside them.
 */
export function keepBeside({ map, markers }: LiveMap, id: string, panel: Element, animate: boolean): void {
  const marker = markers.get(id);
  if (!marker) return;
  const p = panel.getBoundingClientRect();
  const c = map.getContainer().getBoundingClientRect();
  const atRight = p.left > c.left + c.width / 3;
  const atTop = !atRight && p.top < c.top + c.height / 3;
  const topLeft: [number, number] = [24, atTop ? p.bottom - c.top + 24 : 24];
  const bottomRight: [number, number] = atRight ? [c.right - p.left + 24, 24] : [24, atTop ? 24 : c.bottom - p.top + 24];
  map.panInside(marker.getLatLng(), { paddingTopLeft: topLeft, paddingBottomRight: bottomRight, animate });
}
