// Every story's entries share one collection per kind, so an entry's store id carries its story:
// "<slug>/<id>". The entry's data keeps its own id (the one editors write and URLs use).

/** The store id of entry `id` of story `slug`. */
export const storyEntryId = (slug: string, id: string): string => `${slug}/${id}`;

/** True when a store id belongs to story `slug`. */
export const inStory = (slug: string) => (entry: { id: string }): boolean => entry.id.startsWith(`${slug}/`);

/** The entry's own id, without its story prefix. */
export const ownId = (storeId: string): string => storeId.slice(storeId.indexOf('/') + 1);
