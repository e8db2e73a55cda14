// Leaflet, and the layer builders for the map island. Browser-only: PositionsMapIsland.tsx imports
// this module with import() once it is hydrated, so Leaflet (which touches window at import) never
// runs on the server, and neither it nor this code downloads before the reader asks for the live map.
import L from 'leaflet';
import { countryLabels, countryShapes, type Basemap } from '../../lib/map/basemap';
import type { MapMovement, MapPosition } from '../../lib/map/map-data';
import { movementDash, symbolSvg } from '../../lib/map/symbols';
import { escapeXml } from '../../lib/format/escape-xml';
import { clusterByGrid } from '../../lib/map/cluster';

export { L };

/** Panes, bottom to top: countries, their names, then Leaflet's own overlay (arrows) and marker panes. */
export function createPanes(map: L.Map): void {
  map.createPane('tm-basemap').style.zIndex = '200';
  map.createPane('tm-country-names').style.zIndex = '350';
  map.getPane('tm-country-names')!.setAttribute('aria-hidden', 'true');
}

/** Country shapes, styled by CSS (.tm-land) so light and dark mode can differ. */
export function basemapLayer(basemap: Basemap): L.Layer {
  const renderer = L.svg({ pane: 'tm-basemap', padding: 0.5 });
  const shapes = L.geoJSON(
    { type: 'FeatureCollection', features: countryShapes(basemap) } as GeoJSON.FeatureCollection,
    {
      interactive: false,
      style: (f) => ({ renderer, className: f?.properties?.focus ? 'tm-land tm-land--focus' : 'tm-land', weight: 0.8, fillOpacity: 1 }),
    },
  );
  const names = countryLabels(basemap).map((f) =>
    L.marker([f.geometry.coordinates[1]!, f.geometry.coordinates[0]!], {
      pane: 'tm-country-names',
      interactive: false,
      keyboard: false,
      icon: L.divIcon({ className: 'tm-country', html: `<span>${escapeXml(f.properties.name)}</span>`, iconSize: undefined }),
    }),
  );
  return L.layerGroup([shapes, ...names]);
}

/** One arrow per movement, its head drawn by an SVG marker defined once per side. */
export function movementLayer(map: L.Map, movements: MapMovement[]): Map<string, L.Polyline> {
  const lines = new Map<string, L.Polyline>();
  for (const m of movements) {
    const dash = movementDash(m.dashed);
    const line = L.polyline([m.from, m.to], {
      color: m.colour,
      weight: 3,
      opacity: 0.9,
      interactive: false,
      className: 'tm-arrow',
      ...(dash ? { dashArray: dash } : {}),
    }).addTo(map);
    lines.set(m.id, line);
    const path = line.getElement() as SVGPathElement | undefined;
    const svg = path?.ownerSVGElement;
    if (!path || !svg) continue;
    const id = `tm-arrowhead-${m.side}`;
    if (!svg.querySelector(`#${id}`)) {
      const ns = 'http://www.w3.org/2000/svg';
      const defs = svg.querySelector('defs') ?? svg.insertBefore(document.createElementNS(ns, 'defs'), svg.firstChild);
      const marker = document.createElementNS(ns, 'marker');
      for (const [k, v] of Object.entries({ id, viewBox: '0 0 10 10', refX: '17', refY: '5', markerWidth: '4', markerHeight: '4', orient: 'auto' })) marker.setAttribute(k, v);
      const head = document.createElementNS(ns, 'path');
      head.setAttribute('d', 'M0,0 L10,5 L0,10 z');
      head.setAttribute('fill', m.colour);
      marker.append(head);
      defs.append(marker);
    }
    path.setAttribute('marker-end', `url(#${id})`);
  }
  return lines;
}

/** The accessible name of a marker: what a sighted reader gets from its symbol and label. */
export const markerName = (p: MapPosition): string => `${p.label}: ${p.sideName}, ${p.statusName}, ${p.confidence} confidence`;

/**
 * A focusable marker: an HTML icon with the side's symbol and a short label beside it. Where markers
 * crowd, the island moves the icon off its point (CSS `translate`) and shows the leader, a thin line
 * back to a dot on the true point.
 */
export function positionMarker(p: MapPosition): L.Marker {
  const html = `<span class="tm-marker__leader"></span><span class="tm-marker__symbol">${symbolSvg(p.symbol, 20)}</span><span class="tm-marker__label">${escapeXml(p.short)}</span>`;
  const marker = L.marker([p.lat, p.lng], {
    keyboard: true,
    autoPanOnFocus: false,
    riseOnHover: true,
    icon: L.divIcon({ className: `tm-marker tm-marker--${p.side}`, html, iconSize: [24, 24], iconAnchor: [12, 12] }),
  });
  marker.on('add', function nameMarker() {
    const el = marker.getElement();
    if (!el) return;
    el.setAttribute('aria-label', markerName(p));
    el.setAttribute('aria-haspopup', 'dialog');
    el.setAttribute('aria-expanded', 'false');
    el.dataset.positionId = p.id;
  });
  return marker;
}

/** Moves a marker's icon [dx, dy] pixels off its point; beyond a few pixels, a leader shows where it belongs. */
export function shiftMarker(marker: L.Marker, [dx, dy]: [number, number]): void {
  const el = marker.getElement();
  if (!el) return;
  el.style.translate = dx || dy ? `${dx}px ${dy}px` : '';
  const moved = Math.hypot(dx, dy) > 4;
  el.classList.toggle('tm-marker--moved', moved);
  if (moved) {
    el.style.setProperty('--leader-length', `${Math.hypot(dx, dy).toFixed(1)}px`);
    el.style.setProperty('--leader-angle', `${Math.atan2(-dy, -dx).toFixed(4)}rad`);
  }
}

/**
 * For maps too crowded to dodge: markers sharing a grid cell at this zoom give way to one cluster
 * marker (focusable, named, Enter or click zooms in on its members); lone markers are put back.
 */
export function applyClusters(map: L.Map, markers: Map<string, L.Marker>, layer: L.LayerGroup): void {
  layer.clearLayers();
  const points = [...markers].map(([id, m]) => ({ id, ...map.latLngToContainerPoint(m.getLatLng()) }));
  for (const c of clusterByGrid(points)) {
    const members = c.ids.map((id) => markers.get(id)!);
    if (members.length === 1) {
      if (!map.hasLayer(members[0]!)) members[0]!.addTo(map);
      continue;
    }
    for (const m of members) if (map.hasLayer(m)) m.remove();
    const cluster = L.marker(map.containerPointToLatLng([c.x, c.y]), {
      keyboard: true,
      icon: L.divIcon({ className: 'tm-cluster', html: `<span>${members.length}</span>`, iconSize: [32, 32], iconAnchor: [16, 16] }),
    });
    const zoomToMembers = () => {
      // Once the view settles, keyboard focus goes to the first member (or its new cluster).
      map.once('moveend', function focusFirstMember() {
        const first = members[0]!;
        const target = map.hasLayer(first) ? first.getElement() : map.getContainer().querySelector<HTMLElement>('.tm-cluster');
        target?.focus({ preventScroll: true });
      });
      map.fitBounds(L.latLngBounds(members.map((m) => m.getLatLng())), { padding: [48, 48], maxZoom: map.getMaxZoom() });
    };
    cluster.on('click', zoomToMembers);
    cluster.on('keydown', function zoomWithKeys(e: L.LeafletKeyboardEvent) {
      if (e.originalEvent.key === 'Enter' || e.originalEvent.key === ' ') {
        e.originalEvent.preventDefault();
        zoomToMembers();
      }
    });
    cluster.on('add', function nameCluster() {
      const el = cluster.getElement();
      el?.setAttribute('role', 'button');
      el?.setAttribute('aria-label', `${members.length} positions close together: zoom in`);
    });
    layer.addLayer(cluster);
  }
}
