// The island's map setup: the Leaflet map with its controls, the movement arrows and one marker per
// position, framed exactly as the view's static map (./refit-on-resize). Touch readers pan with two
// fingers (./touch-pan); the markers are one stop in the Tab order (./marker-keys).
import type * as L from 'leaflet';
import type { MapBounds } from '../../lib/map/geo';
import type { MapData } from '../../lib/map/map-data';
import { escapeXml } from '../../lib/format/escape-xml';
import type { Layers } from './load-live-map';
import { markerKeys, type MarkerKeys } from './marker-keys';
import { refitOnResize, type Refitter } from './refit-on-resize';
import { touchPan } from './touch-pan';

export const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface LiveMap {
  map: L.Map;
  markers: Map<string, L.Marker>;
  arrows: Map<string, L.Polyline>;
  refitter: Refitter;
  keys: MarkerKeys;
  remove(): void;
}

interface Options {
  tiles?: { url: string; attribution: string };
  /** The first view's frame. */
  bounds: MapBounds;
  /** A marker was clicked, tapped, or activated with Enter or Space. */
  onOpen(id: string): void;
  /** A click on the map away from the markers. */
  onMapClick(): void;
}

export function createLiveMap(container: HTMLElement, data: MapData, layers: Layers, { tiles, bounds, onOpen, onMapClick }: Options): LiveMap {
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
    // (two fingers pan and pinch, ./touch-pan; the +/− buttons zoom).
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
  createPanes(map);
  L.control.scale({ position: 'bottomleft', maxWidth: 110 }).addTo(map);
  // Leaflet inserts attributions as HTML: escape the configured text so it stays text.
  const credit = tiles ? escapeXml(tiles.attribution) : 'Basemap: Natural Earth';
  L.control.attribution({ prefix: false, position: 'bottomright' }).addAttribution(credit).addTo(map);
  if (tiles) L.tileLayer(tiles.url, { attribution: '', maxZoom: 19 }).addTo(map);
  // Keyboard readers zoom with + and − on the map; the buttons are for pointers, not two more Tab stops.
  for (const button of container.querySelectorAll<HTMLElement>('.leaflet-control-zoom a')) button.tabIndex = -1;
  const refitter = refitOnResize(map);
  refitter.frame(bounds, false);
  const arrows = movementLayer(map, data.movements);
  const markers = new Map<string, L.Marker>();
  for (const p of data.positions) {
    const marker = positionMarker(p);
    marker.on('click', () => onOpen(p.id));
    marker.on('keydown', function openWithKeys(e: L.LeafletKeyboardEvent) {
      const key = e.originalEvent.key;
      if (key === 'Enter' || key === ' ') {
        e.originalEvent.preventDefault();
        onOpen(p.id);
      }
    });
    marker.addTo(map);
    marker.getElement()?.addEventListener('focus', function keepInView() {
      if (!map.getBounds().contains(marker.getLatLng())) map.panTo(marker.getLatLng(), { animate: !reducedMotion() });
    });
    markers.set(p.id, marker);
  }
  map.on('click', onMapClick);
  const keys = markerKeys(map, markers);
  const stopTouch = coarse || navigator.maxTouchPoints > 0 ? touchPan(map) : () => {};
  return {
    map,
    markers,
    arrows,
    refitter,
    keys,
    remove() {
      stopTouch();
      keys.stop();
      refitter.stop();
      markers.clear();
      arrows.clear();
      map.remove();
    },
  };
}
