// On paper a folded <details> (a statement's sources, the map's key) would print folded, and no one
// can unfold it there. The browser says when it prints: unfold them all for the printout, and fold
// back those the reader had left folded once it is done. (Print CSS hides the summaries that
// would only be toggles on paper; global.css.)
let unfolded: HTMLDetailsElement[] = [];

addEventListener('beforeprint', () => {
  unfolded = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
  for (const d of unfolded) d.open = true;
});

addEventListener('afterprint', () => {
  for (const d of unfolded) d.open = false;
});
