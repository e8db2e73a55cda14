// <section-statements>: beside the text, shows the cards of the section being read (the
// section event says which), as many as fit under the map without a box that scrolls, and
// a "N more" link to the list for the rest. Hidden on phones, where it has nothing to measure.
import { SECTION_EVENT, STATEMENT_ID_PREFIX } from '../../lib/contracts';
import { beforeSections, currentSectionId } from '../../lib/current-section';
import { sectionBoxes as boxes } from '../article/section-boxes';
import { cardsThatFit } from '../../lib/statements/fit';

class SectionStatements extends HTMLElement {
  private current: string | null = null;
  /** The words the page is served with, which fit once the reader is past the text (in the full list). */
  private listed = '';

  connectedCallback() {
    document.addEventListener(SECTION_EVENT, (event) => this.show(event.detail.id));
    const box = this.closest<HTMLElement>('.story-cards') ?? this;
    new ResizeObserver(() => this.fit()).observe(box);
    this.listed = this.querySelector('[data-none]')?.textContent ?? '';
    this.show(currentSectionId(boxes(), window.innerHeight));
  }

  private show(sectionId: string | null) {
    this.current = sectionId;
    let shown = false;
    for (const group of this.querySelectorAll<HTMLElement>('[data-cards-for]')) {
      group.hidden = group.dataset.cardsFor !== sectionId;
      shown ||= !group.hidden;
    }
    const none = this.querySelector<HTMLElement>('[data-none]');
    if (none) {
      none.hidden = shown;
      none.textContent = sectionId
        ? 'No one is quoted in this section.'
        : beforeSections(boxes(), window.innerHeight)
          ? 'The statements of the section you are reading appear here as you read.'
          : this.listed;
    }
    this.fit();
  }

  /** Hides the cards that would run past the bottom of the window, from the last one up. */
  private fit() {
    const group = this.querySelector<HTMLElement>(`[data-cards-for="${this.current}"]`);
    const box = this.closest<HTMLElement>('.story-cards');
    if (!group || !box || box.clientHeight === 0) return;
    const cards = [...group.querySelectorAll<HTMLElement>('[data-statement]')];
    const more = group.querySelector<HTMLElement>('[data-more]')!;
    const link = more.querySelector('a')!;
    for (const card of cards) card.hidden = false;
    link.textContent = 'More from this section';
    more.hidden = false;
    const list = cards[0]!.parentElement!;
    const available = box.getBoundingClientRect().bottom - list.getBoundingClientRect().top;
    const gap = parseFloat(getComputedStyle(list).rowGap) || 0;
    const reserve = more.offsetHeight + 8;
    const n = cardsThatFit(cards.map((c) => c.offsetHeight), available, gap, reserve);
    cards.forEach((card, i) => (card.hidden = i >= n));
    const rest = cards.length - n;
    more.hidden = rest === 0;
    if (rest > 0) {
      link.textContent = `${rest} more from this section`;
      link.href = `#${STATEMENT_ID_PREFIX}${cards[n]!.dataset.statement}`;
    }
  }
}

if (!customElements.get('section-statements')) customElements.define('section-statements', SectionStatements);
