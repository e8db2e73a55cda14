// Which position's details are open, and what opened them: a marker (a click, a tap, Enter or
// Space) or a place name in the text. Closing gives the focus back to what opened them.
import { useCallback, useRef, useState, type RefObject } from 'react';
import type { LiveMap } from './create-live-map';
import { reducedMotion } from './create-live-map';
import type { OpenDetails } from './panel-host';

export function useDetails(liveRef: RefObject<LiveMap | null>) {
  const [open, setOpen] = useState<OpenDetails | null>(null);
  const openRef = useRef(open);
  openRef.current = open;
  // Over the map (the embed), on narrow maps the panel covers the half the marker is not in.
  const [atTop, setAtTop] = useState(false);

  /** Closes the details; focus goes back to what opened them (the marker, or the place name in the text). */
  const close = useCallback((focusBack = true) => {
    const current = openRef.current;
    if (!current) return;
    setOpen(null);
    if (focusBack) (current.place ?? liveRef.current?.markers.get(current.id)?.getElement())?.focus({ preventScroll: true });
  }, []);

  const openMarker = useCallback((id: string) => {
    const live = liveRef.current;
    const marker = live?.markers.get(id);
    if (!live || !marker) return;
    setAtTop(live.map.latLngToContainerPoint(marker.getLatLng()).y > live.map.getSize().y / 2);
    live.keys.setCurrent(id);
    setOpen((current) => (current?.id === id && !current.place ? current : { id }));
  }, []);

  const openPlace = useCallback((id: string, link: HTMLElement) => {
    const live = liveRef.current;
    const marker = live?.markers.get(id);
    if (!live || !marker) return;
    // The section's view stays; only a marker outside it brings the map the few pixels to show it.
    if (!live.map.getBounds().contains(marker.getLatLng())) live.map.panInside(marker.getLatLng(), { padding: [32, 32], animate: !reducedMotion() });
    live.keys.setCurrent(id);
    setOpen({ id, place: link });
  }, []);

  return { open, openRef, atTop, close, openMarker, openPlace };
}
