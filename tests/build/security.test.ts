// Content-Security-Policy on every page, the same policy in _headers, and nothing that needs
// 'unsafe-inline' (inline style="" attributes or inline event handlers).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMetaCsp } from '../../src/lib/security/headers';
import { ALL_BUILDS } from '../helpers/paths';

const htmlFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

describe.each(ALL_BUILDS)('$name build: security', ({ dir, base }) => {
  const pages = htmlFiles(dir).map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') }));
  const headers = readFileSync(join(dir, '_headers'), 'utf8');
  const headerCsp = /Content-Security-Policy: (.*)/.exec(headers)?.[1] ?? '';

  it('builds more than the story page', () => {
    expect(pages.length).toBeGreaterThan(8);
  });

  it.each(pages.map((p) => [p.file, p.html]))('%s has a strict CSP meta tag', (_file, html) => {
    const csp = readMetaCsp(html);
    expect(csp).not.toBeNull();
    expect(csp!.get('default-src')).toEqual(["'self'"]);
    expect(csp!.get('object-src')).toEqual(["'none'"]);
    expect(csp!.get('script-src')).toContain("'self'");
    expect(csp!.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp!.get('style-src')).not.toContain("'unsafe-inline'");
  });

  it.each(pages.map((p) => [p.file, p.html]))('%s has no inline style attributes or event handlers', (_file, html) => {
    const withoutScripts = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
    expect(withoutScripts).not.toMatch(/<[^>]+\sstyle\s*=/i);
    expect(withoutScripts).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
  });

  it.each(pages.map((p) => [p.file, p.html]))('%s sets a referrer policy', (_file, html) => {
    expect(html).toMatch(/<meta name="referrer" content="strict-origin-when-cross-origin">/);
  });

  it('_headers carries every hash that any page allows, under the base path', () => {
    expect(headers.startsWith(`${base}*\n`)).toBe(true);
    for (const { html } of pages) {
      for (const directive of ['script-src', 'style-src']) {
        for (const source of readMetaCsp(html)!.get(directive) ?? []) {
          expect(headerCsp).toContain(source);
        }
      }
    }
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
  });
});
