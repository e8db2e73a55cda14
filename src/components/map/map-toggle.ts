// The sticky map on phones: the "Hide map" / "Show map" control, and the height the map covers at
// the top of the window, published as --sticky-map for the scroll margin of everything in the story's
// body (global.css), so nothing the reader focuses or jumps to there ends up under the map (WCAG 2.2
// SC 2.4.11). It also brings the whole map back from its slim strip (positions-map-sticky.css) at a new
// section, after a jump and at a link within the page (data-peek), until the reader has read on a
// quarter of a screen: whatever those place is placed below the whole map (--sticky-map).
import { SECTION_EVENT, STICKY_MAP_PROPERTY } from '../../lib/contracts';

const KEY = 'explainer:map-collapsed';

const frame = document.querySelector<HTMLElement>('.story-grid__map');
const button = frame?.querySelector<HTMLButtonElement>('[data-map-toggle]');
const head = frame?.querySelector<HTMLElement>('.positions-map__head');
const bar = frame?.querySelector<HTMLElement>('.positions-map__bar');
const figure = frame?.querySelector<HTMLElement>('.positions-map__figure');

function remembered(): boolean {
  try {
    return sessionStorage.getItem(KEY) === '1';
  } catch {
    return false; // storage blocked: the map starts open
  }
}

function remember(collapsed: boolean) {
  try {
    if (collapsed) sessionStorage.setItem(KEY, '1');
    else sessionStorage.removeItem(KEY);
  } catch {
    // storage blocked: the choice lasts until the page is left
  }
}

/** How much of the top of the window the map covers: 0 where it is not sticky (beside the text). */
function measure() {
  if (!frame || !head || !bar || !figure) return;
  const sticky = getComputedStyle(head).position === 'sticky';
  const covered = sticky ? bar.offsetHeight + (frame.hasAttribute('data-collapsed') ? 0 : figure.offsetHeight) : 0;
  document.documentElement.style.setProperty(STICKY_MAP_PROPERTY, `${covered}px`);
}

function setCollapsed(collapsed: boolean) {
  if (!frame || !button) return;
  frame.toggleAttribute('data-collapsed', collapsed);
  button.setAttribute('aria-expanded', String(!collapsed));
  button.textContent = collapsed ? 'Show map' : 'Hide map';
  measure();
}

let peekY = NaN;
const peek = () => {
  frame!.setAttribute('data-peek', '');
  peekY = scrollY;
};

if (frame && button && head && bar && figure) {
  setCollapsed(remembered());
  button.hidden = false;
  button.addEventListener('click', () => {
    const collapsed = !frame.hasAttribute('data-collapsed');
    setCollapsed(collapsed);
    remember(collapsed);
  });
  new ResizeObserver(measure).observe(figure);
  window.addEventListener('resize', measure);
  document.addEventListener(SECTION_EVENT, peek);
  window.addEventListener('hashchange', peek);
  // A link within the page (a jump, a quote's card, a place) is placed below the whole map; what it
  // opens may scroll the page there, so the map peeks again from where that scroll ends.
  document.addEventListener(
    'click',
    (e) => {
      if (!(e.target as Element).closest?.('a[href^="#"]')) return;
      peek();
      addEventListener('scrollend', peek, { once: true });
      setTimeout(() => removeEventListener('scrollend', peek), 1500);
    },
    true,
  );
  window.addEventListener(
    'scroll',
    () => {
      if (Math.abs(scrollY - peekY) > innerHeight / 4) frame.removeAttribute('data-peek');
    },
    { passive: true },
  );
}
