// Place names in the text (<Place>, a[data-place]) once the live map is ready: buttons that open
// that position's details under their paragraph, the reader staying where they are and the map
// keeping their section's view. A place name that loaded the map (client:intent leaves its id in
// data-focus-place on the frame) gets its details as soon as the map is ready.
import { useEffect, type RefObject } from 'react';
import { liveFrame } from '../../lib/map/live-state';
import { FOCUS_PLACE_ATTR } from '../../lib/contracts';

export function usePlaceLinks(rootRef: RefObject<HTMLElement | null>, ready: boolean, known: (id: string) => boolean, openPlace: (id: string, link: HTMLElement) => void) {
  useEffect(
    function openAskedPlace() {
      const frame = liveFrame(rootRef.current);
      const id = frame?.getAttribute(FOCUS_PLACE_ATTR);
      if (!ready || !frame || !id) return;
      frame.removeAttribute(FOCUS_PLACE_ATTR);
      // The link that asked: the one that has the focus, else the first with this id.
      const active = document.activeElement?.closest<HTMLElement>('a[data-place]');
      const link = active?.dataset.place === id ? active : document.querySelector<HTMLElement>(`a[data-place="${CSS.escape(id)}"]`);
      if (link && known(id)) openPlace(id, link);
    },
    [ready, known, openPlace],
  );

  useEffect(
    function wirePlaceLinks() {
      if (!ready) return;
      const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-place]')].filter((a) => known(a.dataset.place!));
      for (const a of links) {
        a.setAttribute('role', 'button');
        a.setAttribute('aria-haspopup', 'dialog');
      }
      const activate = (e: Event) => {
        const a = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-place]');
        if (!a || !links.includes(a)) return;
        if (e instanceof KeyboardEvent && e.key !== ' ') return;
        if (e instanceof MouseEvent && (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)) return; // new tab or window
        e.preventDefault();
        openPlace(a.dataset.place!, a);
      };
      document.addEventListener('click', activate);
      document.addEventListener('keydown', activate);
      return function unwirePlaceLinks() {
        document.removeEventListener('click', activate);
        document.removeEventListener('keydown', activate);
        for (const a of links) {
          a.removeAttribute('role');
          a.removeAttribute('aria-haspopup');
        }
      };
    },
    [ready, known, openPlace],
  );
}
