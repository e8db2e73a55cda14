// A statement's card right where its words are: activating a marked passage (<Quote>) opens, under
// its paragraph, a copy of the statement's entry in the list (speaker, role, date, via, note and
// sources), so the reader keeps their place. The "Details" links of the cards beside the text open
// it too. Escape or Close shuts it and puts focus back on the passage (or the link that opened it).
// Without JavaScript these links lead to the entry in the list instead.
import { QUOTE_ID_PREFIX, STATEMENT_ID_PREFIX } from '../../lib/contracts';
import { scrollBehavior } from '../../lib/motion';

const OPENER = 'a.quote-mark__link, a[data-card-for]';

interface OpenCard {
  id: string;
  card: HTMLElement;
  opener: HTMLAnchorElement;
  /** Where focus goes back on closing: the passage itself, or the link that opened the card. */
  back: HTMLElement;
}

let shown: OpenCard | null = null;

/** The statement id a link opens, from its "#statement-ID" fragment. */
function statementOf(link: HTMLAnchorElement): string | null {
  // The entry's id is `${STATEMENT_ID_PREFIX}ID` (src/lib/contracts.ts); a literal regex is the smallest code.
  const match = /^#statement-(.+)$/.exec(decodeURIComponent(link.hash));
  return match ? match[1]! : null;
}

/** A copy of the statement's entry: no ids (they stay unique), sources shown, a link to the list. */
function cardFor(id: string): HTMLElement | null {
  const entry = document.getElementById(`${STATEMENT_ID_PREFIX}${id}`);
  if (!entry) return null;
  const body = document.createElement('div');
  for (const { name, value } of entry.attributes) if (name === 'class' || name.startsWith('data-')) body.setAttribute(name, value);
  body.classList.remove('is-current', 'is-flash');
  body.append(...[...entry.childNodes].map((n) => n.cloneNode(true)));
  for (const el of body.querySelectorAll('[id]')) el.removeAttribute('id');
  for (const details of body.querySelectorAll('details')) details.open = true;
  const toList = body.querySelector<HTMLAnchorElement>('a.wsw-entry__to-text');
  if (toList) {
    toList.href = `#${STATEMENT_ID_PREFIX}${id}`;
    toList.textContent = 'In the full list';
  }
  const speaker = body.querySelector('.wsw-entry__speaker a')?.textContent ?? '';
  const card = document.createElement('section');
  card.className = 'passage-card editorial';
  card.dataset.statement = id;
  card.tabIndex = -1;
  card.setAttribute('aria-label', `Statement by ${speaker}`);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'pill-button passage-card__close';
  close.dataset.closeCard = '';
  close.textContent = 'Close';
  card.append(close, body);
  return card;
}

function closeCard(restoreFocus = true) {
  if (!shown) return;
  const { card, opener, back } = shown;
  shown = null;
  // What sticks over the top of the window (the map on phones), as the card's scroll margin allows for.
  const covered = parseFloat(getComputedStyle(card).scrollMarginTop) || 0;
  card.remove();
  opener.setAttribute('aria-expanded', 'false');
  if (restoreFocus) {
    back.focus({ preventScroll: true });
    const r = back.getBoundingClientRect();
    if (r.bottom < covered || r.top > window.innerHeight) back.scrollIntoView({ block: 'center' });
  }
}

function openCard(id: string, opener: HTMLAnchorElement) {
  const passage = document.getElementById(`${QUOTE_ID_PREFIX}${id}`);
  const card = cardFor(id);
  if (!passage || !card) return false;
  closeCard(false);
  (passage.closest('p, li, blockquote') ?? passage).after(card);
  const fromText = opener.classList.contains('quote-mark__link');
  shown = { id, card, opener, back: fromText ? passage : opener };
  opener.setAttribute('aria-expanded', 'true');
  card.focus({ preventScroll: true });
  // Show as much of the card as the window holds, from its start: scroll its end into view, but
  // never its start under what sticks over the top of the window (the map on phones), which its
  // scroll margin allows for (global.css).
  const r = card.getBoundingClientRect();
  const top = parseFloat(getComputedStyle(card).scrollMarginTop) || 0;
  const behavior = scrollBehavior();
  if (!fromText) card.scrollIntoView({ block: 'nearest', behavior });
  else if (r.top < top) card.scrollIntoView({ block: 'start', behavior });
  else {
    const by = Math.min(r.bottom - (window.innerHeight - 12), r.top - top);
    if (by > 0) window.scrollBy({ top: by, behavior });
  }
  return true;
}

document.addEventListener(
  'click',
  (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target as Element;
    if (shown && target.closest('[data-close-card]')) return closeCard();
    const link = target.closest<HTMLAnchorElement>(OPENER);
    const id = link && statementOf(link);
    if (!link || !id) return;
    // Handled here, in the capture phase, before <who-said-what> follows the link to the list.
    if (shown?.id === id && shown.opener === link) {
      event.preventDefault();
      closeCard();
    } else if (openCard(id, link)) event.preventDefault();
  },
  { capture: true },
);

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !shown) return;
  const focus = document.activeElement;
  if (shown.card.contains(focus) || focus === shown.opener || focus === shown.back) {
    event.preventDefault();
    closeCard();
  }
});

for (const link of document.querySelectorAll<HTMLAnchorElement>(OPENER)) link.setAttribute('aria-expanded', 'false');
