// A plain static server for a built folder, behaving like a static host: files only, dir/ →
// dir/index.html, real 404s (with the site's 404.html as body), no SPA fallback, no redirects.
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

/** Serves `root` under `base` ("/" or "/deep/sub/path/") on 127.0.0.1 and a free port. */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
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
        'content-type': type,
        'content-length': body.length,
        'cache-control': 'no-store',
        vary: 'accept-encoding',
        ...(compress ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      const body = await notFound();
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(body);
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
