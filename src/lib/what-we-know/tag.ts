/** The MDX tag an editor places the "What we know" box with; src/components/mdx registers the component under it. */
export const WHAT_WE_KNOW_TAG = 'WhatWeKnow';
