import { describe, expect, it } from 'vitest';
import { parentScript, parsePymMessage, pymChildId, pymMessage, wantedHeight } from '../../src/lib/embed/pym';
import { embedIframe, oembedResponse } from '../../src/lib/oembed';

describe('pym messages', () => {
  it('writes and reads pym.js’s format', () => {
    expect(pymMessage('positions-map', 'height', 612)).toBe('pymxPYMxpositions-mapxPYMxheightxPYMx612');
    expect(parsePymMessage('pymxPYMxpositions-mapxPYMxheightxPYMx612')).toEqual({ id: 'positions-map', type: 'height', value: '612' });
    expect(parsePymMessage('pymxPYMxidxPYMxwidthxPYMx800')?.type).toBe('width');
  });

  it('ignores anything else a page may post', () => {
    for (const data of [null, 42, { height: 3 }, 'hello', 'pymxPYMxonlyxPYMxtwo', 'notpymxPYMxaxPYMxheightxPYMx1']) expect(parsePymMessage(data)).toBeNull();
  });

  it('reads the child id a pym parent puts in the address', () => {
    expect(pymChildId('?initialWidth=600&childId=map-1&parentTitle=x')).toBe('map-1');
    expect(pymChildId('?view=troop-buildup')).toBe('');
  });
});

describe('wantedHeight', () => {
  it('is the content with the stage at the map’s shape, whatever height the frame has now', () => {
    const rest = 200; // everything but the stage
    const at = (frameHeight: number) => {
      const stageHeight = Math.max(224, frameHeight - rest);
      return wantedHeight({ documentHeight: Math.max(frameHeight, rest + stageHeight), stageHeight, stageWidth: 600, aspect: 0.7, minStage: 224 });
    };
    expect(at(560)).toBe(rest + 420);
    expect(at(300)).toBe(rest + 420);
    expect(at(2000)).toBe(rest + 420);
    // Resizing the frame to the answer gives the same answer: no loop.
    expect(at(at(560))).toBe(at(560));
  });

  it('never goes below the stage’s minimum height', () => {
    expect(wantedHeight({ documentHeight: 500, stageHeight: 300, stageWidth: 200, aspect: 0.7, minStage: 224 })).toBe(424);
  });
});

describe('parentScript', () => {
  it('only takes height messages from its own iframe, for its own id, and digits only', () => {
    const script = parentScript('positions-map-explainer');
    expect(script).toMatch(/^<script>[\s\S]*<\/script>$/);
    expect(script).toContain('e.source === f.contentWindow');
    expect(script).toContain('document.getElementById("positions-map-explainer")');
    expect(script).toContain('/^\\d+$/.test(m[3])');
  });

  it('resizes a frame in a page, and ignores other windows and bad values', () => {
    const body = parentScript('f').replace(/^<script>|<\/script>$/g, '');
    const frame = { id: 'f', height: '560', contentWindow: {} };
    const listeners: ((e: { data: unknown; source: unknown }) => void)[] = [];
    const window = { addEventListener: (_: string, fn: (e: { data: unknown; source: unknown }) => void) => listeners.push(fn) };
    const document = { getElementById: (id: string) => (id === 'f' ? frame : null) };
    new Function('window', 'document', body)(window, document);
    const post = (data: unknown, source: unknown = frame.contentWindow) => listeners.forEach((fn) => fn({ data, source }));
    post(pymMessage('f', 'height', 700));
    expect(frame.height).toBe('700');
    post(pymMessage('f', 'height', 900), {});
    post(pymMessage('other', 'height', 900));
    post('pymxPYMxfxPYMxheightxPYMx900px');
    expect(frame.height).toBe('700');
  });
});

describe('oEmbed', () => {
  const json = oembedResponse({
    title: 'Troop map: “Macron” & co',
    embedUrl: 'https://x.test/sub/embed/map/?view=a&b',
    width: 640,
    height: 560,
    provider: { name: 'Explainer', url: 'https://x.test/sub/' },
    thumbnail: { url: 'https://x.test/sub/map/static/a.png', width: 1280, height: 896 },
  });

  it('is a rich oEmbed 1.0 response with every field a consumer needs', () => {
    expect(json).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: 560, provider_name: 'Explainer', provider_url: 'https://x.test/sub/' });
    expect(json).toMatchObject({ thumbnail_url: 'https://x.test/sub/map/static/a.png', thumbnail_width: 1280, thumbnail_height: 896 });
  });

  it('escapes the iframe’s attributes', () => {
    expect(json.html).toBe(
      '<iframe src="https://x.test/sub/embed/map/?view=a&amp;b" title="Troop map: “Macron” &amp; co" width="640" height="560" loading="lazy"></iframe>',
    );
    expect(embedIframe('u', 'a"b', '100%', 1, 'i')).toBe('<iframe id="i" src="u" title="a&quot;b" width="100%" height="1" loading="lazy"></iframe>');
  });
});
