// Optional raster tiles: off by default; when configured, the tile host is allowed by the CSP (and no
// other), the island gets the template, and the credit is passed as text.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMetaCsp } from '../../src/lib/security/headers';
import { astroBuild } from '../helpers/astro-build';
import { MAIN_STORY, ROOT_BUILD } from '../helpers/paths';

const TILE_URL = 'https://tiles.example.org/{z}/{x}/{y}.png';
const CREDIT = '© Example Tiles </script><b>';
const out = mkdtempSync(join(tmpdir(), 'explainer-tiles-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

beforeAll(async () => {
  const { code, log } = await astroBuild(out, { STORY: MAIN_STORY, MAP_TILE_URL: TILE_URL, MAP_TILE_ATTRIBUTION: CREDIT });
  if (code !== 0) throw new Error(`tile build failed:\n${log}`);
}, 120_000);

const islandProps = (html: string) => /<astro-island[^>]*component-export="default"[^>]*props="([^"]*)"/.exec(html)?.[1]?.replace(/&quot;/g, '"') ?? '';

describe('optional map tiles', () => {
  it('are off by default: no tile host in the CSP, no tiles prop', () => {
    const html = readFileSync(join(ROOT_BUILD.dir, 'index.html'), 'utf8');
    expect(readMetaCsp(html)!.get('img-src')).toEqual(["'self'", 'data:']);
    expect(html).not.toContain('tiles.example.org');
  });

  it('when configured, the CSP allows exactly the tile host and the island gets the template and credit', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(readMetaCsp(html)!.get('img-src')).toEqual(["'self'", 'data:', 'https://tiles.example.org']);
    const props = islandProps(html);
    expect(props).toContain(TILE_URL);
    expect(props).toContain('© Example Tiles');
    // The credit stays data in the HTML: no raw markup from it.
    expect(html).not.toContain('</script><b>');
    const headers = readFileSync(join(out, '_headers'), 'utf8');
    expect(headers).toContain("img-src 'self' data: https://tiles.example.org");
  });
});
