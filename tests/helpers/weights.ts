// Reads a built page's weight from disk: the same counting the benchmark uses (tests/helpers/page-assets.ts, budgets.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageAssets, scriptGraph } from './page-assets.ts';

export const gzipBytes = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

export interface BuiltPageWeight {
  htmlGzip: number;
  cssGzip: number;
  /** JavaScript files loaded before the reader shows intent (client:intent islands wait). */
  upFrontJs: string[];
  /** Every JavaScript file the page can load, the islands on intent and dynamic imports included. */
  allJs: string[];
  /** JavaScript before intent, gzip: the up-front files plus the inline scripts inside the HTML. */
  jsBeforeIntentGzip: number;
  /** Everything the first view downloads, gzip: HTML, CSS, JavaScript before intent and the page's images. */
  firstViewGzip: number;
  /** All JS the page can load when the islands whose name matches `pattern` are left out. */
  allJsWithout: (pattern: RegExp) => string[];
  jsGzip: (paths: string[]) => number;
}

/** The weight of `page` (a file under `dir`, e.g. "index.html") in a build served from `base`. */
export function builtPageWeight(dir: string, base: string, page: string): BuiltPageWeight {
  const toFile = (urlPath: string) => join(dir, urlPath.slice(base.length));
  const html = readFileSync(join(dir, page), 'utf8');
  const assets = pageAssets(html);
  const graphOf = (entries: string[]) =>
    scriptGraph(
      entries,
      (path) => readFileSync(toFile(path), 'utf8'),
      (specifier, from) => new URL(specifier, `http://site${from}`).pathname,
    );
  const graph = graphOf(assets.scripts);
  const everything = graphOf([...assets.scripts, ...assets.onIntent]);
  const allJsWithout = (pattern: RegExp) => {
    const left = new Set(assets.islands.filter((i) => pattern.test(i.name)).flatMap((i) => i.modules));
    const kept = new Set(assets.islands.filter((i) => !pattern.test(i.name)).flatMap((i) => i.modules));
    return graphOf([...assets.scripts, ...assets.onIntent].filter((s) => !left.has(s) || kept.has(s))).all;
  };
  const jsGzip = (paths: string[]) => paths.reduce((sum, p) => sum + gzipBytes(readFileSync(toFile(p))), 0);
  const htmlGzip = gzipBytes(html);
  const cssGzip = assets.stylesheets.reduce((sum, href) => sum + gzipBytes(readFileSync(toFile(href))), 0);
  const upFrontGzip = jsGzip(graph.upFront);
  const imagesGzip = assets.images.reduce((sum, src) => sum + gzipBytes(readFileSync(toFile(src))), 0);
  return {
    htmlGzip,
    cssGzip,
    upFrontJs: graph.upFront,
    allJs: everything.all,
    jsBeforeIntentGzip: upFrontGzip + gzipBytes(assets.inlineJs),
    firstViewGzip: htmlGzip + cssGzip + upFrontGzip + imagesGzip,
    allJsWithout,
    jsGzip,
  };
}
