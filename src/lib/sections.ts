interface Ordered {
  id: string;
  filePath?: string;
  data: { order: number };
}

/** Sorts sections by `order` and rejects two sections with the same number, naming both. */
export function sortSections<T extends Ordered>(sections: T[]): T[] {
  if (sections.length === 0) throw new Error('a story has no sections: add MDX files to its story/sections/ folder');
  const byOrder = new Map<number, T>();
  for (const section of sections) {
    const clash = byOrder.get(section.data.order);
    if (clash) {
      throw new Error(
        `${section.filePath ?? section.id}: section "${section.id}", field "order": ${section.data.order} ` +
          `is already used by section "${clash.id}"`,
      );
    }
    byOrder.set(section.data.order, section);
  }
  return [...sections].sort((a, b) => a.data.order - b.data.order);
}

export interface Neighbours<T> {
  previous?: T;
  next?: T;
}

/** The sections before and after `id` in reading order. */
export function neighbours<T extends { id: string }>(ordered: T[], id: string): Neighbours<T> {
  const index = ordered.findIndex((s) => s.id === id);
  if (index === -1) throw new Error(`unknown section "${id}"`);
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}
