// WCAG 2.2 SC 2.5.8 (target size, minimum), measured strictly: every visible link, button, summary
// and select in `scope` is at least 24 CSS px tall and wide, except a link inside a sentence (the
// SC's "inline" exception: its block holds words of its own around the link).
import type { Page } from 'playwright-core';

export const smallTargets = (page: Page, scope: string) =>
  page.evaluate((selector) => {
    const small: string[] = [];
    for (const root of document.querySelectorAll(selector)) {
      for (const el of root.querySelectorAll<HTMLElement>('a[href], button, summary, select')) {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
        const block = el.parentElement!.closest('p, li, dd, td, figcaption, div, span')!;
        const inSentence =
          el.tagName === 'A' &&
          style.display === 'inline' &&
          [...block.childNodes].some((n) => n !== el && !n.contains(el) && (n.textContent ?? '').replace(/[\s,.;:()]/g, '').length > 0 && !(n instanceof HTMLElement && n.matches('a, button')));
        if (inSentence) continue;
        if (r.height < 24 - 0.01 || r.width < 24 - 0.01) {
          small.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 30)}” ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
        }
      }
    }
    return [...new Set(small)];
  }, scope);
