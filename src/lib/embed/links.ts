// Links on pages made to sit in another site's iframe (/embed/map/): they open in a new tab, never
// inside the frame, where the story would be squeezed into the publisher's box (and, in a sandboxed
// frame, cut off from the reader's address bar). rel="noopener" keeps the new tab from reaching back.

/** The attributes a link needs when `inFrame`; none otherwise. */
export const outOfFrame = (inFrame: boolean): { target?: '_blank'; rel?: 'noopener' } => (inFrame ? { target: '_blank', rel: 'noopener' } : {});
