// A plain static server for a built folder, behaving like a static host: files only, dir/ →
// dir/index.html, real 404s (with the site's 404.html as body), no SPA fallback, no redirects.
// With { headers: true } it also sends what the build's `_headers` file asks for, as Netlify and
// Cloudflare Pages do: every rule whose path pattern matches adds its headers.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|xml|manifest\+json)|image\/svg\+xml)/;

export interface StaticServer {
  server: Server;
  /** e.g. http://127.0.0.1:PORT */
  origin: string;
  /** origin + base, e.g. http://127.0.0.1:PORT/deep/sub/path/ */
  url: string;
  close(): Promise<void>;
}

export interface HeaderRule {
  /** The path pattern as written, e.g. "/_astro/*". */
  path: string;
  headers: [string, string][];
}

/**
 * Parses a `_headers` file (Netlify's format, which Cloudflare Pages shares): an unindented line is a
 * path pattern, the indented `Name: value` lines under it are its headers; `#` starts a comment.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header outside any rule, or without a colon: "${line}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a rule's path pattern matches a request path: `*` matches anything (the hosts' "splat"). */
export function matchesRule(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers `_headers` gives a path, every matching rule's joined (a repeated name: values joined by ", "). */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matchesRule(rule.path, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

export interface ServeOptions {
  /** Send the headers the build's `_headers` file asks for (read once, at start). */
  headers?: boolean;
}

/** Serves `root` under `base` ("/" or "/deep/sub/path/") on 127.0.0.1 and a free port. */
export async function serveStatic(root: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const rules = options.headers ? parseHeadersFile(await readFile(join(root, '_headers'), 'utf8')) : [];
  const notFound = async () => readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!path.startsWith(base) || path.includes('\0')) throw new Error('outside base');
      const rel = normalize(`/${path.slice(base.length)}`);
      if (rel.split(sep).includes('..')) throw new Error('traversal');
      let file = join(root, rel);
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!path.endsWith('/')) throw new Error('directory without trailing slash');
        file = join(file, 'index.html');
      }
      const raw = await readFile(file); // read before writeHead: a missing file must become a 404
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      // Like every static host we document, compress text when the browser accepts it.
      const compress = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body = compress ? gzipSync(raw) : raw;
      res.writeHead(200, {
        ...headersFor(rules, path),
        'content-type': type,
        'content-length': body.length,
        'cache-control': 'no-store',
        vary: 'accept-encoding',
        ...(compress ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      const body = await notFound();
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      res.writeHead(404, { ...headersFor(rules, path), 'content-type': 'text/html; charset=utf-8' }).end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  return {
    server,
    origin,
    url: `${origin}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
