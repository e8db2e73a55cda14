import { describe, expect, it } from 'vitest';
import { headersFile, mergePolicies, readMetaCsp } from '../../src/lib/security/headers';

const page = (csp: string) => `<html><head><meta http-equiv="content-security-policy" content="${csp}"></head></html>`;

describe('readMetaCsp', () => {
  it('reads each directive and its sources', () => {
    const policy = readMetaCsp(page("default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-abc='"));
    expect(Object.fromEntries(policy!)).toEqual({
      'default-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'script-src': ["'self'", "'sha256-abc='"],
    });
  });

  it('returns null for a page without a policy', () => {
    expect(readMetaCsp('<html><head></head></html>')).toBeNull();
  });
});

describe('mergePolicies', () => {
  it('unites the hashes of every page without repeating a source', () => {
    const a = readMetaCsp(page("script-src 'self' 'sha256-a='; style-src 'self'"))!;
    const b = readMetaCsp(page("script-src 'self' 'sha256-b='; style-src 'self' 'sha256-c='"))!;
    expect(mergePolicies([a, b])).toBe("script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-c='");
  });
});

describe('headersFile', () => {
  it('scopes the rules to the base path and caches only hashed assets for long', () => {
    const file = headersFile('/deep/sub/path/', "default-src 'self'");
    expect(file).toContain("/deep/sub/path/*\n  Content-Security-Policy: default-src 'self'\n");
    expect(file).toContain('/deep/sub/path/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(file.match(/Cache-Control/g)).toHaveLength(1);
  });

  it('lets any origin read every file, for the embed in a sandboxed (opaque-origin) iframe', () => {
    const file = headersFile('/deep/sub/path/', "default-src 'self'");
    const siteWide = file.split('/deep/sub/path/_astro/*')[0]!;
    expect(siteWide).toContain('\n  Access-Control-Allow-Origin: *\n');
    expect(file.match(/Access-Control-Allow-Origin/g)).toHaveLength(1);
    // A tab opened from a sandboxed frame stays sandboxed, and Chromium will not load a COOP page there.
    expect(file).not.toContain('Cross-Origin-Opener-Policy');
  });
});
