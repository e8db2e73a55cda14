// The live map (Leaflet 1.9.4, used directly). PositionsMap.astro renders it with client:intent
// (src/integrations/map-intent): it hydrates when the reader reaches for the map, over the static
// map it then replaces once Leaflet has drawn. Server-safe: the server renders an empty frame.
// Its jobs, one module each: loading (./use-map-data), the map itself (./create-live-map, framed
// like the static maps by ./refit-on-resize), relabelling after every move (./relabel), a view's
// emphasis (./show-view), place names in the text (./place-links), where the details open
// (./use-details, ./panel-host) and the embed's picker (./ViewPicker). This file holds the state (view, open
// details) and updates the map by explicit diffs.
import type * as L from 'leaflet';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { liveFrame, setLiveState } from '../../lib/map/live-state';
import { OVERVIEW_ID, captionText, findView } from '../../lib/map/views';
import { createLiveMap, reducedMotion, type LiveMap } from './create-live-map';
import { usePanelHost } from './panel-host';
import { usePlaceLinks } from './place-links';
import PositionPanel from './PositionPanel';
import { relabel } from './relabel';
import { emphasise, keepBeside } from './show-view';
import { useDetails } from './use-details';
import { useMapData } from './use-map-data';
import ViewPicker from './ViewPicker';
import ViewText from './ViewText';
import { LIVE_EXPLORE_ATTR, SECTION_EVENT, type SectionEvent, VIEW_ATTR } from '../../lib/contracts';

interface Props {
  /** URLs of the data files, base path included. */
  dataUrl: string;
  basemapUrl: string;
  /** The view to start in when the address names none. */
  initialView: string;
  /** On the full story: follow the reader from section to section (SECTION_EVENT). */
  follow?: boolean;
  /** On /embed/map/: offer a view picker and read ?view= from the address. */
  picker?: boolean;
  /** The page holding the positions table ("" when it is this page). */
  tablePage: string;
  /** On /embed/map/: links open in a new tab, outside the frame. */
  newTab?: boolean;
  /** Optional raster tiles (MAP_TILE_URL at build); without them the map draws our own basemap. */
  tiles?: { url: string; attribution: string };
}

export default function PositionsMapIsland({ dataUrl, basemapUrl, initialView, follow = false, picker = false, tablePage, newTab = false, tiles }: Props) {
  const rootRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const liveRef = useRef<LiveMap | null>(null);
  const clustersRef = useRef<{ layer: L.LayerGroup | null }>({ layer: null });
  const relabelRef = useRef(() => {});
  // Set once the island has followed the reader itself: the view it holds is then the reader's.
  const followedRef = useRef(false);
  const [viewId, setViewId] = useState<string>(initialView);
  const [slots, setSlots] = useState<{ text: Element; caption: Element } | null>(null);
  const { data, basemap, layersRef } = useMapData({ rootRef, dataUrl, basemapUrl, picker, tiles: !!tiles, followedRef, setViewId });

  const { open, openRef, atTop: panelAtTop, close: closeDetails, openMarker, openPlace } = useDetails(liveRef);
  const { flow, host } = usePanelHost(rootRef.current, open, () => closeDetails());

  useEffect(
    function createMap() {
      const container = containerRef.current;
      const layers = layersRef.current;
      if (!data || !container || !layers) return;
      const live = createLiveMap(container, data, layers, {
        tiles,
        bounds: findView(data.views, viewId).bounds,
        onOpen: openMarker,
        onMapClick: () => closeDetails(false),
      });
      liveRef.current = live;
      container.dataset.ready = 'true';
      const root = liveFrame(container);
      // The "Explore the map" button goes with the static map: its focus moves into the map.
      const explored = document.activeElement?.matches(`[${LIVE_EXPLORE_ATTR}]`) ?? false;
      root?.classList.add('positions-map--live');
      if (root) setLiveState(root, 'ready');
      if (explored) container.focus({ preventScroll: true });
      const text = root?.querySelector('[data-map-text]');
      const caption = root?.querySelector('[data-map-caption]');
      if (text && caption) {
        // From here on the island renders the caption and "What the map shows" for the current view.
        text.replaceChildren();
        caption.replaceChildren();
        setSlots({ text, caption });
      }
      return function removeMap() {
        root?.classList.remove('positions-map--live');
        delete container.dataset.ready;
        clustersRef.current.layer = null;
        live.remove();
        liveRef.current = null;
      };
    },
    [data],
  );

  useEffect(
    function addBasemap() {
      const map = liveRef.current?.map;
      if (!map || !basemap || !layersRef.current) return;
      const layer = layersRef.current.basemapLayer(basemap).addTo(map);
      relabelRef.current(); // the country names now exist: let them give way to the labels
      return function removeBasemap() {
        layer.remove();
      };
    },
    [data, basemap],
  );

  relabelRef.current = () => {
    const live = liveRef.current;
    const layers = layersRef.current;
    if (!live || !data || !layers) return;
    relabel({ map: live.map, data, view: findView(data.views, viewId), layers, markers: live.markers, openId: openRef.current?.id ?? null, clusters: clustersRef.current });
    live.keys.refresh();
  };

  useEffect(
    function showView() {
      const live = liveRef.current;
      const container = containerRef.current;
      if (!live || !data || !container) return;
      const { map } = live;
      const view = findView(data.views, viewId);
      emphasise(live, data, view);
      // The marker Tab reaches: the view's first, unless the reader is on a marker or has details open.
      const onMarker = container.contains(document.activeElement) && document.activeElement !== container;
      if (view.highlight[0] && !onMarker && !openRef.current) live.keys.setCurrent(view.highlight[0]);
      // The same frame as the view's static map (Leaflet's fitBounds would snap and pad it).
      live.refitter.frame(view.bounds, !reducedMotion());
      container.setAttribute(VIEW_ATTR, view.id);
      container.closest('.positions-map')?.setAttribute(VIEW_ATTR, view.id);
      const settle = () => {
        const b = map.getBounds();
        container.dataset.bounds = [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()].map((n) => n.toFixed(3)).join(',');
        relabelRef.current();
      };
      map.on('moveend', settle);
      settle();
      return function stopSettling() {
        map.off('moveend', settle);
      };
    },
    [data, viewId],
  );

  useEffect(
    function followStory() {
      if (!follow) return;
      const onSection = (e: SectionEvent) => {
        followedRef.current = true;
        setViewId(e.detail.id ?? OVERVIEW_ID);
      };
      document.addEventListener(SECTION_EVENT, onSection);
      return () => document.removeEventListener(SECTION_EVENT, onSection);
    },
    [follow],
  );

  useEffect(
    function syncExpanded() {
      for (const [id, marker] of liveRef.current?.markers ?? []) marker.getElement()?.setAttribute('aria-expanded', String(id === open?.id));
      relabelRef.current(); // the open marker's label comes first
    },
    [open, data],
  );

  useEffect(
    function keepMarkerBesidePanel() {
      const live = liveRef.current;
      const panel = rootRef.current?.querySelector('.tm-panel--overlay');
      if (live && open && panel) keepBeside(live, open.id, panel, !reducedMotion());
    },
    [open],
  );

  const known = useCallback((id: string) => liveRef.current?.markers.has(id) ?? false, []);
  usePlaceLinks(rootRef, data !== null, known, openPlace);

  const position = open ? (data?.positions.find((p) => p.id === open.id) ?? null) : null;
  const view = data ? findView(data.views, viewId) : null;
  const panel = position && (
    <PositionPanel position={position} tablePage={tablePage} overlay={!flow} atTop={panelAtTop} newTab={newTab} onClose={() => closeDetails()} />
  );

  return (
    <div className="tm-live" ref={rootRef}>
      {picker && data && <ViewPicker views={data.views} value={viewId} onChange={setViewId} />}
      <div
        className="tm-map"
        ref={containerRef}
        role="region"
        aria-label={`Interactive ${data?.name ?? 'map'}. Arrow keys pan, plus and minus zoom. Tab to the markers; arrow keys move between them, Enter shows a position’s details.`}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) closeDetails();
        }}
      />
      {flow ? host && panel && createPortal(panel, host) : panel}
      {slots && view && createPortal(captionText(view), slots.caption)}
      {slots && view && createPortal(<ViewText d={view.description} tablePage={tablePage} newTab={newTab} />, slots.text)}
    </div>
  );
}
