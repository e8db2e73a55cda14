// The rail beside the text (64rem to 100rem): the map, its "Key to symbols" and "What the map
// shows" panels, and the cards of the section being read, in a column that sticks in the window.
// On a short window an open panel makes it taller than the window, and a sticky column that tall
// would hide its own end (the section's statements) where no one can scroll to it. Then it stops
// sticking where it is and scrolls with the page, its top or bottom held at the window's edge as
// the reader scrolls back or on (src/lib/statements/rail.ts), so every part of it can be read; no
// box scrolls on its own. Once it fits again (the panel closed), it sticks as before.
import { SECTION_EVENT } from '../../lib/contracts';
import { railFits, railShift } from '../../lib/statements/rail';

const rail = document.querySelector<HTMLElement>('.story-body > .story-rail');
const frame = rail?.querySelector<HTMLElement>('.story-grid__map');
const cards = rail?.querySelector<HTMLElement>('.story-cards');
const text = document.querySelector<HTMLElement>('.story-grid__text');
let shift = 0;
let pending = false;

/** What must fit in the window: the map with its panels, then the cards' heading and first card. */
function needed(): number {
  const head = cards!.querySelector<HTMLElement>('.story-cards__head');
  const first =
    cards!.querySelector<HTMLElement>('[data-cards-for]:not([hidden]) [data-statement]') ??
    cards!.querySelector<HTMLElement>('[data-none]:not([hidden])');
  const gap = parseFloat(getComputedStyle(rail!).rowGap) || 0;
  return frame!.offsetHeight + gap + (head?.offsetHeight ?? 0) + (first?.offsetHeight ?? 0) + gap;
}

function stick() {
  rail!.removeAttribute('data-loose');
  shift = 0;
}

function update() {
  pending = false;
  const gap = parseFloat(getComputedStyle(document.documentElement).fontSize); // --rail-gap, 1rem
  // Only while map and cards share a column (global.css: a flex column from 64rem; below, the map
  // sticks on its own, and from 100rem the cards have a column of their own).
  if (getComputedStyle(rail!).display !== 'flex' || railFits(needed(), window.innerHeight, gap)) return stick();
  if (!rail!.hasAttribute('data-loose')) {
    // Let go exactly where it is on screen now.
    const before = rail!.getBoundingClientRect().top;
    rail!.setAttribute('data-loose', '');
    rail!.style.setProperty('--rail-shift', '0px');
    shift = before - rail!.getBoundingClientRect().top;
    rail!.style.setProperty('--rail-shift', `${shift}px`);
  }
  const r = rail!.getBoundingClientRect();
  const place = r.top - shift; // its place at the top of the grid, in viewport px
  shift = railShift({ shift, top: r.top, height: r.height }, window.innerHeight, gap, text!.getBoundingClientRect().bottom - place - r.height);
  rail!.style.setProperty('--rail-shift', `${shift}px`);
}

function schedule() {
  if (pending) return;
  pending = true;
  requestAnimationFrame(update);
}

if (rail && frame && cards && text) {
  // A panel opened or closed (toggle does not bubble: listen in the capture phase), or other cards.
  rail.addEventListener('toggle', schedule, true);
  document.addEventListener(SECTION_EVENT, schedule);
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
}
