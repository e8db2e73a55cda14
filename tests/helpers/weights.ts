// Reads a built page's weight from disk: the same counting the benchmark uses (src/lib/weights).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageAssets, scriptGraph } from '../../src/lib/weights/page-assets.ts';

export const gzipBytes = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

export interface BuiltPageWeight {
  htmlGzip: number;
  cssGzip: number;
  upFrontJs: string[];
  allJs: string[];
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
  const allJsWithout = (pattern: RegExp) => {
    const left = new Set(assets.islands.filter((i) => pattern.test(i.name)).flatMap((i) => i.modules));
    const kept = new Set(assets.islands.filter((i) => !pattern.test(i.name)).flatMap((i) => i.modules));
    return graphOf(assets.scripts.filter((s) => !left.has(s) || kept.has(s))).all;
  };
  return {
    htmlGzip: gzipBytes(html),
    cssGzip: assets.stylesheets.reduce((sum, href) => sum + gzipBytes(readFileSync(toFile(href))), 0),
    upFrontJs: graph.upFront,
    allJs: graph.all,
    allJsWithout,
    jsGzip: (paths) => paths.reduce((sum, p) => sum + gzipBytes(readFileSync(toFile(p))), 0),
  };
}
