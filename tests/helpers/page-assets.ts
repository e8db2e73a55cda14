// What a built page asks the browser to load, read from its HTML and JavaScript with no DOM, so the
// budget test and the benchmark count the same things.

/** Islands hydrated only when the reader shows intent (client:intent, src/integrations/map-intent). */
export const ON_INTENT = 'intent';

export interface PageAssets {
  /** JavaScript modules the page starts by loading (script src, modulepreload, island components and renderers). */
  scripts: string[];
  /** Island modules loaded only on the reader's intent (client:intent), unless an eager island needs them too. */
  onIntent: string[];
  stylesheets: string[];
  /** Images the page itself loads (not those waiting in <template>s). */
  images: string[];
  /** Bytes of inline <script> bodies, which travel inside the HTML. */
  inlineScriptBytes: number;
  /** The inline JavaScript itself (not JSON data blocks): counted as JavaScript before intent. */
  inlineJs: string;
  /** Hydrated components: their export name, client directive and the modules that hydrate them. */
  islands: { name: string; client: string; modules: string[] }[];
}

const attributeValues = (html: string, pattern: RegExp): string[] =>
  [...html.matchAll(pattern)].map((m) => m[1]!.replace(/&amp;/g, '&'));

const unique = (values: string[]) => [...new Set(values)];

/** The assets referenced by a page's HTML, as they are written (URLs relative to the page or absolute paths). */
export function pageAssets(html: string): PageAssets {
  const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi)];
  // Inline module scripts can import bundled chunks too.
  const inlineImports = inlineScripts
    .filter((m) => /type="module"/.test(m[1]!))
    .flatMap((m) => moduleImports(m[2]!).static);
  const islands = [...html.matchAll(/<astro-island\b([^>]*)>/gi)].map((m) => {
    const attrs = m[1]!;
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const name = /"name":"([^"]*)"/.exec(attr('opts') ?? '')?.[1] ?? '';
    return { name, client: attr('client') ?? '', modules: [attr('component-url'), attr('renderer-url')].filter((u): u is string => Boolean(u)) };
  });
  const eagerIslands = unique(islands.filter((i) => i.client !== ON_INTENT).flatMap((i) => i.modules));
  const scripts = unique([
    ...inlineImports,
    ...attributeValues(html, /<script\b[^>]*\ssrc="([^"]+)"/gi),
    ...attributeValues(html, /<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/gi),
    ...eagerIslands,
  ]);
  const onIntent = unique(islands.filter((i) => i.client === ON_INTENT).flatMap((i) => i.modules)).filter((m) => !scripts.includes(m));
  const stylesheets = unique(attributeValues(html, /<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/gi));
  // Images in <template>s are not fetched until a script uses them (the story's other static views).
  const outsideTemplates = html.replace(/<template\b[\s\S]*?<\/template>/gi, '');
  const images = unique([
    ...attributeValues(outsideTemplates, /<img\b[^>]*\ssrc="([^"]+)"/gi),
    ...attributeValues(html, /<link\b[^>]*rel="icon"[^>]*href="([^"]+)"/gi),
  ]);
  const inlineScriptBytes = inlineScripts.reduce((sum, m) => sum + Buffer.byteLength(m[2]!), 0);
  const inlineJs = inlineScripts
    .filter((m) => !/type="application\/(?:ld\+)?json"/.test(m[1]!))
    .map((m) => m[2]!)
    .join('\n');
  return { scripts, onIntent, stylesheets, images, inlineScriptBytes, inlineJs, islands };
}

export interface ModuleImports {
  /** Imported when the module runs. */
  static: string[];
  /** Loaded later by import(); counted as "all JS" but not "up front". */
  dynamic: string[];
}

/** Relative module specifiers imported by a bundled (minified) ES module. */
export function moduleImports(code: string): ModuleImports {
  const isRelative = (s: string) => s.startsWith('./') || s.startsWith('../') || s.startsWith('/');
  const statics = [
    ...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g),
  ].map((m) => m[1]!);
  const dynamics = [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!);
  return { static: unique(statics.filter(isRelative)), dynamic: unique(dynamics.filter(isRelative)) };
}

export interface ScriptGraph {
  /** Every module loaded before any dynamic import runs. */
  upFront: string[];
  /** Every module the page can load, dynamic imports included. */
  all: string[];
}

/**
 * Walks the imports from the page's entry scripts. `read` returns a module's code by its resolved
 * URL path; `resolve` turns a specifier into that path relative to the importing module.
 */
export function scriptGraph(
  entries: string[],
  read: (path: string) => string,
  resolve: (specifier: string, from: string) => string,
): ScriptGraph {
  const upFront = new Set<string>();
  const all = new Set<string>();
  const visit = (path: string, eager: boolean) => {
    if (eager ? upFront.has(path) : all.has(path)) return;
    if (eager) upFront.add(path);
    all.add(path);
    const imports = moduleImports(read(path));
    imports.static.forEach((s) => visit(resolve(s, path), eager));
    imports.dynamic.forEach((s) => visit(resolve(s, path), false));
  };
  entries.forEach((e) => visit(e, true));
  return { upFront: [...upFront], all: [...all] };
}
