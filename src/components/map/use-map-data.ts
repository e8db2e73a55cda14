// The island's first job: fetch the live map's code, styles and data (./load-live-map) and the
// basemap, and pick the view to start in. Failure leaves the static map with a note (failLive).
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Basemap } from '../../lib/map/basemap';
import { failLive, liveFrame } from '../../lib/map/live-state';
import type { MapData } from '../../lib/map/map-data';
import { viewIdFromLocation } from '../../lib/map/views';
import { loadLiveMap, type Layers } from './load-live-map';
import { READER_VIEW_ATTR, VIEW_ATTR } from '../../lib/contracts';

interface Options {
  rootRef: RefObject<HTMLElement | null>;
  dataUrl: string;
  basemapUrl: string;
  picker: boolean;
  tiles: boolean;
  /** Set once the island has followed the reader itself: the view it holds is then the reader's. */
  followedRef: RefObject<boolean>;
  setViewId(next: (current: string) => string): void;
}

export function useMapData({ rootRef, dataUrl, basemapUrl, picker, tiles, followedRef, setViewId }: Options) {
  const layersRef = useRef<Layers | null>(null);
  const [data, setData] = useState<MapData | null>(null);
  const [basemap, setBasemap] = useState<Basemap | null>(null);

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
          const known = (id: string | null | undefined) => d.views.find((v) => v.id === id)?.id ?? null;
          const reading = known(frame?.getAttribute(READER_VIEW_ATTR)) ?? known(frame?.getAttribute(VIEW_ATTR));
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

  return { data, basemap, layersRef };
}
