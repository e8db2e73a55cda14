// The components story MDX files may use, handed to <Content components={…} /> so section files need
// no import lines. Place and Quote wrap the article's existing words, never adding words of their own;
// WhatWeKnow is a box of ours, placed on a line of its own (its tag: src/lib/what-we-know/tag.ts).
import Place from '../map/Place.astro';
import Quote from '../statements/Quote.astro';
import WhatWeKnow from '../what-we-know/WhatWeKnow.astro';

export const mdxComponents = { Place, Quote, WhatWeKnow };
