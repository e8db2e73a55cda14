// Where the story's sections ([data-section]) are on screen now, for the reckoning in
// src/lib/current-section.ts. Shared by the section tracker, the cards beside the text and the full
// list, which load before intent: one copy in their shared chunk.
import type { SectionBox } from '../../lib/current-section';

/** The boxes of `sections` (by default every section on the page), in page order. */
export const sectionBoxes = (sections: HTMLElement[] = [...document.querySelectorAll<HTMLElement>('[data-section]')]): SectionBox[] =>
  sections.map((el) => ({ id: el.id, ...el.getBoundingClientRect().toJSON() }));
