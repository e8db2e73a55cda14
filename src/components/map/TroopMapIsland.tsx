// The live troop map (Leaflet 1.9.4, used directly). TroopMap.astro renders it with client:intent
// (src/integrations/map-intent): it hydrates when the reader reaches for the map, over the static
// map it then replaces once Leaflet has drawn. Server-safe: the server renders an empty frame, and
// Leaflet (with ./leaflet-layers) arrives by import() in the browser, with its CSS and the data (./load-live-map).
// The map is created once in a ref and updated by explicit diffs (view, highlights, open panel);
// it frames every view exactly as the static maps do (liveFraming, through ./refit-on-resize, which
// also refits the view when the map changes size), so the handover does not move.
import type * as L from 'leaflet';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Basemap } from '../../lib/map/basemap';
import { labelWidth, placeLabels } from '../../lib/map/labels';
import type { MapData, MapPosition } from '../../lib/map/map-data';
import { DODGE_LIMIT, dodge } from '../../lib/map/dodge';
import { failLive, liveFrame, setLiveState } from '../../lib/map/live-state';
import { OVERVIEW_ID, captionText, findView, viewIdFromLocation } from '../../lib/map/views';
import { escapeXml } from '../../lib/sitemap';
import { loadLiveMap, type Layers } from './load-live-map';
import { refitOnResize, type Refitter } from './refit-on-resize';
import PositionPanel from './PositionPanel';
import ViewText from './ViewText';

interface Props {
  /** URLs of the data files, base path included. */
  dataUrl: string;
  basemapUrl: string;
  /** The view to start in when the address names none. */
  initialView: string;
  /** On the full story: follow the reader from section to section ("story:section" events). */
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

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export default function TroopMapIsland({ dataUrl, basemapUrl, initialView, follow = false, picker = false, tablePage, newTab = false, tiles }: Props) {
  const rootRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  // Frames each view, and refits it when the map's box changes size (./refit-on-resize).
  const refitRef = useRef<Refitter | null>(null);
  const markersRef = useRef(new Map<string, L.Marker>());
  const arrowsRef = useRef(new Map<string, L.Polyline>());
  const relabelRef = useRef(() => {});
  const clustersRef = useRef<L.LayerGroup | null>(null);
  const layersRef = useRef<Layers | null>(null);
  // Set once the island has followed the reader itself: the view it holds is then the reader's.
  const followedRef = useRef(false);
  const [data, setData] = useState<MapData | null>(null);
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  const [viewId, setViewId] = useState<string>(initialView);
  const [openId, setOpenId] = useState<string | null>(null);
  // On narrow maps the panel covers the half of the map the marker is not in.
  const [panelAtTop, setPanelAtTop] = useState(false);
  const [slots, setSlots] = useState<{ text: Element; caption: Element } | null>(null);

  useEffect(
    function loadData() {
      let alive = true;
      const frame = liveFrame(rootRef.current);
      // Leaflet, its CSS and ours come with the map, so they never delay the text.
      loadLiveMap(dataUrl)
        .then(({ layers, data: d }) => {
          if (!alive) return;
          layersRef.current = layers;
          // Start where the reader is: the static maps' view (data-reader-view, which data-view,
          // naming the image on screen, joins once it has loaded), so nothing jumps. The embed's
          // ?view= comes first, as its static map does not follow it.
          const known = (id: string | undefined) => d.views.find((v) => v.id === id)?.id ?? null;
          const reading = known(frame?.dataset.readerView) ?? known(frame?.dataset.view);
          const fromAddress = viewIdFromLocation(d.views, location.hash, picker ? location.search : '');
          setViewId((current) => (picker ? fromAddress : null) ?? (followedRef.current ? current : null) ?? reading ?? fromAddress ?? current);
          setData(d);
        })
        // Without its code, styles or data the live map stays hidden; the static map, which needs
        // none of them, stays, with a plain note.
        .catch(() => {
          if (alive && frame) failLive(frame);
        });
      // The basemap is decoration: the map works without it. Configured tiles replace it.
      if (!tiles) {
        fetch(basemapUrl)
          .then((r) => (r.ok ? (r.json() as Promise<Basemap>) : null))
          .then((b) => alive && b && setBasemap(b))
          .catch(() => {});
      }
      return () => {
        alive = false;
      };
    },
    [dataUrl, basemapUrl, picker, tiles],
  );

  useEffect(
    function createMap() {
      const container = containerRef.current;
      const layers = layersRef.current;
      if (!data || !container || !layers) return;
      const { L, createPanes, movementLayer, positionMarker } = layers;
      const reduced = reducedMotion();
      const coarse = matchMedia('(pointer: coarse)').matches;
      const frame = L.latLngBounds([data.bounds.south, data.bounds.west], [data.bounds.north, data.bounds.east]);
      const map = L.map(container, {
        attributionControl: false,
        // Any zoom, so each view's frame matches its static map's scale exactly (see liveFraming).
        zoomSnap: 0,
        zoomDelta: 0.5,
        // Never trap the page's scrolling: no wheel zoom, and no one-finger drag on touch screens
        // (pinch and the +/− buttons still zoom).
        scrollWheelZoom: false,
        dragging: !coarse,
        // Wide enough that no view's frame is pushed off its centre, near enough to keep the reader on the map.
        maxBounds: frame.pad(0.5),
        maxBoundsViscosity: 0.8,
        minZoom: 3,
        maxZoom: 9,
        // Size changes are refitOnResize's: Leaflet's own window-resize handler would move the map later, unasked.
        trackResize: false,
        zoomAnimation: !reduced,
        fadeAnimation: !reduced,
        markerZoomAnimation: !reduced,
      });
      mapRef.current = map;
      createPanes(map);
      L.control.scale({ position: 'bottomleft', maxWidth: 110 }).addTo(map);
      // Leaflet inserts attributions as HTML: escape the configured text so it stays text.
      const credit = tiles ? escapeXml(tiles.attribution) : 'Basemap: Natural Earth';
      L.control.attribution({ prefix: false, position: 'bottomright' }).addAttribution(credit).addTo(map);
      if (tiles) L.tileLayer(tiles.url, { attribution: '', maxZoom: 19 }).addTo(map);
      const refitter = refitOnResize(map);
      refitRef.current = refitter;
      refitter.frame(findView(data.views, viewId).bounds, false);
      arrowsRef.current = movementLayer(map, data.movements);
      const markers = markersRef.current;
      for (const p of data.positions) {
        const marker = positionMarker(p);
        const openDetails = () => {
          setPanelAtTop(map.latLngToContainerPoint(marker.getLatLng()).y > map.getSize().y / 2);
          setOpenId(p.id);
        };
        marker.on('click', openDetails);
        marker.on('keydown', function openWithKeys(e: L.LeafletKeyboardEvent) {
          const key = e.originalEvent.key;
          if (key === 'Enter' || key === ' ') {
            e.originalEvent.preventDefault();
            openDetails();
          }
        });
        marker.addTo(map);
        marker.getElement()?.addEventListener('focus', function keepInView() {
          if (!map.getBounds().contains(marker.getLatLng())) map.panTo(marker.getLatLng(), { animate: !reducedMotion() });
        });
        markers.set(p.id, marker);
      }
      map.on('click', function closeDetails() {
        setOpenId(null);
      });
      container.dataset.ready = 'true';
      const root = liveFrame(container);
      // The "Explore the map" button goes with the static map: its focus moves into the map.
      const explored = document.activeElement?.matches('[data-live-explore]') ?? false;
      root?.classList.add('troop-map--live');
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
        container.closest('.troop-map')?.classList.remove('troop-map--live');
        delete container.dataset.ready;
        markers.clear();
        arrowsRef.current.clear();
        clustersRef.current = null;
        refitter.stop();
        refitRef.current = null;
        map.remove();
        mapRef.current = null;
      };
    },
    [data],
  );

  useEffect(
    function addBasemap() {
      const map = mapRef.current;
      if (!map || !basemap || !layersRef.current) return;
      const layer = layersRef.current.basemapLayer(basemap).addTo(map);
      relabelRef.current(); // the country names now exist: let them give way to the labels
      return function removeBasemap() {
        layer.remove();
      };
    },
    [data, basemap],
  );

  const relabel = useCallback(() => {
    const map = mapRef.current;
    const layers = layersRef.current;
    if (!map || !data || !layers) return;
    const { L, applyClusters, shiftMarker } = layers;
    if (data.positions.length > DODGE_LIMIT) {
      // Too many markers to dodge or label one by one: cluster those that would overlap.
      clustersRef.current ??= L.layerGroup().addTo(map);
      applyClusters(map, markersRef.current, clustersRef.current);
      return;
    }
    const view = findView(data.views, viewId);
    const emphasis = view.highlight.length > 0;
    const size = map.getSize();
    const container = map.getContainer();
    // Where Leaflet draws each marker (whole pixels), in the map container's coordinates.
    const at = (p: MapPosition) => map.layerPointToContainerPoint(map.latLngToLayerPoint([p.lat, p.lng]).round());
    const inView = (p: MapPosition) => map.getBounds().contains([p.lat, p.lng]);
    // Crowded markers step aside so every one keeps a whole 24×24 target, none under a map control
    // (WCAG 2.2 target size): the view's highlighted positions first, then those in view.
    const frame = container.getBoundingClientRect();
    const obstacles = [...(container.closest('.tm-live') ?? container).querySelectorAll('.leaflet-control, .tm-picker')]
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ left: r.left - frame.left, top: r.top - frame.top, right: r.right - frame.left, bottom: r.bottom - frame.top }));
    const rank = (p: MapPosition) => (view.highlight.includes(p.id) ? 0 : inView(p) ? 1 : 2);
    const order = [...data.positions].sort((a, b) => rank(a) - rank(b));
    const offsets =
      order.length <= DODGE_LIMIT
        ? dodge(
            order.map((p) => ({ id: p.id, ...at(p) })),
            { obstacles, frame: { width: size.x, height: size.y } },
          )
        : new Map<string, [number, number]>();
    for (const [id, marker] of markersRef.current) shiftMarker(marker, offsets.get(id) ?? [0, 0]);
    const point = (p: MapPosition) => {
      const { x, y } = at(p);
      const [dx, dy] = offsets.get(p.id) ?? [0, 0];
      return { x: x + dx, y: y + dy };
    };
    const visible = data.positions.filter(inView);
    const candidates = (emphasis ? visible.filter((p) => view.highlight.includes(p.id)) : visible).map((p) => ({
      id: p.id,
      ...point(p),
      width: labelWidth(p.short),
      height: 16,
    }));
    const placed = placeLabels(candidates, { width: size.x, height: size.y }, visible.map(point), 10);
    for (const [id, marker] of markersRef.current) {
      const el = marker.getElement();
      if (!el) continue;
      const side = placed.get(id);
      el.classList.toggle('tm-marker--labelled', side !== undefined);
      el.classList.toggle('tm-marker--label-left', side === 'left');
    }
    // Country names give way to markers and their labels, which matter more.
    const taken = [...container.querySelectorAll('.tm-marker__symbol, .tm-marker--labelled .tm-marker__label')].map((e) => e.getBoundingClientRect());
    for (const name of container.querySelectorAll<HTMLElement>('.tm-country')) {
      name.classList.remove('tm-country--hidden');
      const r = name.firstElementChild!.getBoundingClientRect();
      const hit = taken.some((t) => t.left < r.right && r.left < t.right && t.top < r.bottom && r.top < t.bottom);
      name.classList.toggle('tm-country--hidden', hit);
    }
  }, [data, viewId]);
  relabelRef.current = relabel;

  useEffect(
    function showView() {
      const map = mapRef.current;
      const container = containerRef.current;
      if (!map || !data || !container) return;
      const view = findView(data.views, viewId);
      const emphasis = view.highlight.length > 0;
      for (const [id, marker] of markersRef.current) {
        const on = view.highlight.includes(id);
        marker.getElement()?.classList.toggle('tm-marker--highlight', on);
        marker.getElement()?.classList.toggle('tm-marker--dim', emphasis && !on);
        marker.setZIndexOffset(on ? 1000 : 0);
      }
      const highlighted = (lat: number, lng: number) =>
        data.positions.some((p) => p.lat === lat && p.lng === lng && view.highlight.includes(p.id));
      for (const m of data.movements) {
        const on = highlighted(...m.from) || highlighted(...m.to);
        arrowsRef.current.get(m.id)?.getElement()?.classList.toggle('tm-arrow--dim', emphasis && !on);
      }
      // The same frame as the view's static map (Leaflet's fitBounds would snap and pad it).
      refitRef.current?.frame(view.bounds, !reducedMotion());
      container.dataset.view = view.id;
      container.closest('.troop-map')?.setAttribute('data-view', view.id);
      const settle = () => {
        const b = map.getBounds();
        container.dataset.bounds = [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()].map((n) => n.toFixed(3)).join(',');
        relabel();
      };
      map.on('moveend', settle);
      settle();
      return function stopSettling() {
        map.off('moveend', settle);
      };
    },
    [data, viewId, relabel],
  );

  useEffect(
    function followStory() {
      if (!follow) return;
      const onSection = (e: Event) => {
        const id = (e as CustomEvent<{ id: string | null }>).detail?.id;
        followedRef.current = true;
        setViewId(id ?? OVERVIEW_ID);
      };
      document.addEventListener('story:section', onSection);
      return function stopFollowing() {
        document.removeEventListener('story:section', onSection);
      };
    },
    [follow],
  );

  useEffect(
    function syncExpanded() {
      for (const [id, marker] of markersRef.current) marker.getElement()?.setAttribute('aria-expanded', String(id === openId));
    },
    [openId, data],
  );

  useEffect(
    function keepMarkerBesidePanel() {
      const map = mapRef.current;
      const marker = openId ? markersRef.current.get(openId) : undefined;
      const panel = rootRef.current?.querySelector('.tm-panel');
      const container = containerRef.current;
      if (!map || !marker || !panel || !container) return;
      // The panel sits at the right on wide maps, at the top or bottom on narrow ones: pan so the marker stays in sight.
      const p = panel.getBoundingClientRect();
      const c = container.getBoundingClientRect();
      const atRight = p.left > c.left + c.width / 3;
      const atTop = !atRight && p.top < c.top + c.height / 3;
      const topLeft: [number, number] = [24, atTop ? p.bottom - c.top + 24 : 24];
      const bottomRight: [number, number] = atRight ? [c.right - p.left + 24, 24] : [24, atTop ? 24 : c.bottom - p.top + 24];
      map.panInside(marker.getLatLng(), { paddingTopLeft: topLeft, paddingBottomRight: bottomRight, animate: !reducedMotion() });
    },
    [openId],
  );

  const focusMarker = useCallback((id: string) => {
    const map = mapRef.current;
    const marker = markersRef.current.get(id);
    if (!map || !marker) return false;
    if (!map.getBounds().contains(marker.getLatLng())) map.setView(marker.getLatLng(), Math.max(map.getZoom(), 6), { animate: !reducedMotion() });
    containerRef.current?.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'instant' : 'smooth' });
    marker.getElement()?.focus({ preventScroll: true });
    return true;
  }, []);

  useEffect(
    function focusAskedPlace() {
      // A <Place> link that loaded the map (client:intent left its id on the frame) gets its marker now.
      const frame = liveFrame(rootRef.current);
      const id = frame?.dataset.focusPlace;
      if (!data || !frame || !id) return;
      delete frame.dataset.focusPlace;
      focusMarker(id);
    },
    [data, focusMarker],
  );

  useEffect(
    function wirePlaceLinks() {
      if (!data) return;
      const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-place]')].filter((a) => markersRef.current.has(a.dataset.place!));
      // With the map ready, a place name in the text is a button that focuses its marker.
      for (const a of links) a.setAttribute('role', 'button');
      const activate = (e: Event) => {
        const a = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-place]');
        if (!a || !links.includes(a)) return;
        if (e instanceof KeyboardEvent && e.key !== ' ') return;
        if (focusMarker(a.dataset.place!)) e.preventDefault();
      };
      document.addEventListener('click', activate);
      document.addEventListener('keydown', activate);
      return function unwirePlaceLinks() {
        document.removeEventListener('click', activate);
        document.removeEventListener('keydown', activate);
        for (const a of links) a.removeAttribute('role');
      };
    },
    [data, focusMarker],
  );

  const closePanel = useCallback(() => {
    const id = openId;
    setOpenId(null);
    if (id) markersRef.current.get(id)?.getElement()?.focus({ preventScroll: true });
  }, [openId]);

  const open = data?.positions.find((p) => p.id === openId) ?? null;
  const view = data ? findView(data.views, viewId) : null;

  return (
    <div className="tm-live" ref={rootRef}>
      {picker && data && (
        <label className="tm-picker">
          View{' '}
          <select
            value={viewId}
            onChange={(e) => {
              setViewId(e.target.value);
              const url = new URL(location.href);
              url.searchParams.set('view', e.target.value);
              history.replaceState(history.state, '', url);
            }}
          >
            {data.views.map((v) => (
              <option key={v.id} value={v.id}>
                {v.heading ? `${v.heading}: ${v.caption}` : `Whole map: ${v.caption}`}
              </option>
            ))}
          </select>
        </label>
      )}
      <div
        className="tm-map"
        ref={containerRef}
        role="region"
        aria-label={`Interactive ${data?.name ?? 'map'}. Tab to the markers; Enter shows a position’s details. Arrow keys pan, plus and minus zoom.`}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && openId) closePanel();
        }}
      />
      {open && <PositionPanel position={open} tablePage={tablePage} atTop={panelAtTop} newTab={newTab} onClose={closePanel} />}
      {slots && view && createPortal(captionText(view), slots.caption)}
      {slots && view && createPortal(<ViewText d={view.description} tablePage={tablePage} newTab={newTab} />, slots.text)}
    </div>
  );
}
