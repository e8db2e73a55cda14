// <who-said-what>: the full list's behaviour on top of its server-rendered HTML. Filters and
// arrangement (when there are enough statements to have them), the entries of the section being read
// marked as current, and links between the text and the list that move focus and highlight their
// target. Defined when the
// browser is idle: everything it enhances already works without it.
import { SECTION_EVENT } from '../../lib/contracts';
import { currentSectionId } from '../../lib/current-section';
import { sectionBoxes } from '../article/section-boxes';
import { fragmentId } from '../../lib/text-fragment';
import { scrollBehavior } from '../../lib/motion';
import { arrangeStatements, countLabel, type Arrangement, type ArrangeItem, type StatementFilter } from '../../lib/statements/arrange';

const FLASH_MS = 2000;
const TARGET_ID = /^(statement|quote|speaker)-/;


/** The element a same-page fragment names, when it is one of ours ("#quote-ID:~:text=…" names quote-ID). */
function targetOf(hash: string): HTMLElement | null {
  const id = fragmentId(hash);
  return TARGET_ID.test(id) ? document.getElementById(id) : null;
}

const flashTimers = new WeakMap<Element, number>();
/** Highlights `el` briefly (the CSS animates it, or shows a still outline under reduced motion). */
function flash(el: Element) {
  el.classList.remove('is-flash');
  void (el as HTMLElement).offsetWidth; // restart the animation
  el.classList.add('is-flash');
  clearTimeout(flashTimers.get(el));
  flashTimers.set(el, window.setTimeout(() => el.classList.remove('is-flash'), FLASH_MS));
}

class WhoSaidWhatElement extends HTMLElement {
  private entries: HTMLElement[] = [];
  private items: ArrangeItem[] = [];
  private speakerNames = new Map<string, string>();

  connectedCallback() {
    this.entries = [...this.querySelectorAll<HTMLElement>('li[data-reading]')];
    // Few statements (a section page) get no filters: everything else still works.
    const controls = this.querySelector<HTMLElement>('[data-controls]');
    const speaker = this.querySelector<HTMLSelectElement>('[data-filter="speaker"]');
    if (controls && speaker) {
      this.items = this.entries.map((li) => ({
        id: li.id,
        speaker: li.dataset.speaker ?? '',
        side: li.dataset.side ?? '',
        date: li.dataset.date || undefined,
        reading: Number(li.dataset.reading),
      }));
      this.speakerNames = new Map([...speaker.options].filter((o) => o.value).map((o) => [o.value, o.text]));
      controls.addEventListener('change', () => this.arrange());
      controls.hidden = false;
    }
    document.addEventListener('click', (event) => this.follow(event));
    window.addEventListener('popstate', () => {
      const target = targetOf(location.hash);
      if (target) this.reveal(target);
    });
    document.addEventListener(SECTION_EVENT, (event) => this.markCurrent(event.detail.id));

    this.markCurrent(this.sectionInView());
    const opened = targetOf(location.hash);
    if (opened) this.reveal(opened);
    this.dataset.ready = '';
  }

  private get filter(): StatementFilter {
    const value = (name: string) => this.querySelector<HTMLSelectElement>(`[data-filter="${name}"]`)?.value ?? '';
    return { speaker: value('speaker'), side: value('side') };
  }

  /** Re-groups the entries as the controls say; filtered-out entries wait in a hidden list. */
  private arrange() {
    const arrangement = (this.querySelector<HTMLSelectElement>('[data-arrange]')?.value ?? 'reading') as Arrangement;
    const groups = arrangeStatements(this.items, this.filter, arrangement, this.speakerNames);
    const byId = new Map(this.entries.map((li) => [li.id, li]));
    const shown = new Set(groups.flatMap((g) => g.ids));
    const parts: HTMLElement[] = [];
    for (const group of groups) {
      if (group.label) {
        const heading = document.createElement('h3');
        heading.className = 'wsw__group-heading';
        heading.textContent = group.label;
        parts.push(heading);
      }
      parts.push(this.list(group.ids.map((id) => byId.get(id)!)));
    }
    const rest = this.list(this.entries.filter((li) => !shown.has(li.id)));
    rest.hidden = true;
    parts.push(rest);
    this.querySelector('[data-entries]')?.replaceChildren(...parts);
    const count = this.querySelector('[data-count]');
    if (count) count.textContent = countLabel(shown.size, this.entries.length);
  }

  private list(entries: HTMLElement[]): HTMLOListElement {
    const ol = document.createElement('ol');
    ol.className = 'wsw__list';
    ol.append(...entries);
    return ol;
  }

  /** The section in the reading zone when the element starts (later, the section event says). */
  private sectionInView(): string | null {
    const sections = [...document.querySelectorAll<HTMLElement>('[data-section]')];
    if (sections.length < 2) return null; // a section's own page: every entry is of that section
    return currentSectionId(sectionBoxes(sections), window.innerHeight);
  }

  /** Marks the entries of the section being read (the list itself never scrolls on its own). */
  private markCurrent(sectionId: string | null) {
    for (const li of this.entries) {
      const current = sectionId !== null && li.dataset.inSection === sectionId;
      li.classList.toggle('is-current', current);
      if (current) li.setAttribute('aria-current', 'true');
      else li.removeAttribute('aria-current');
    }
  }

  /** Same-page links to a passage, an entry or a speaker: move there, focus and highlight the target. */
  private follow(event: MouseEvent) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href]');
    if (!link) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin || url.pathname !== location.pathname || url.search !== location.search) return;
    const target = targetOf(url.hash);
    if (!target) return;
    event.preventDefault();
    // The address keeps the id alone: the words are already highlighted here (other scripts read the hash too).
    const hash = `#${target.id}`;
    if (location.hash !== hash) history.pushState(history.state, '', hash);
    this.reveal(target);
  }

  /** Brings `target` into view and focus, and highlights it briefly. */
  private reveal(target: HTMLElement) {
    if (this.entries.includes(target) && target.closest('[hidden]')) {
      for (const select of this.querySelectorAll<HTMLSelectElement>('[data-filter]')) select.value = '';
      this.arrange();
    }
    let focusTarget: HTMLElement = target;
    if (target instanceof HTMLDetailsElement) {
      target.open = true;
      focusTarget = target.querySelector('summary') ?? target;
    }
    // Its scroll margin keeps the target clear of the sticky map on phones (--sticky-top, global.css).
    target.scrollIntoView({ block: this.contains(target) ? 'start' : 'center', behavior: scrollBehavior() });
    focusTarget.focus({ preventScroll: true });
    flash(target);
  }
}

const define = () => {
  if (!customElements.get('who-said-what')) customElements.define('who-said-what', WhoSaidWhatElement);
};
if ('requestIdleCallback' in window) requestIdleCallback(define, { timeout: 1500 });
else setTimeout(define, 200);
