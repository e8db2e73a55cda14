// Prints the reader-visible text of every HTML page of a build, page by page, so two builds can be
// compared by hand: `npx node scripts/visible-text.mjs dist > a.txt`, then diff with another build.
// (Node 24 imports the TypeScript helper directly.)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { visibleText } from '../tests/helpers/visible-text.ts';

const parser = new new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } }).DOMParser();

const dir = process.argv[2] ?? 'dist';
const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .sort();
for (const page of pages) {
  console.log(`=== ${page}`);
  for (const line of visibleText(parser.parseFromString(readFileSync(join(dir, page), 'utf8'), 'text/html'))) console.log(line);
}
