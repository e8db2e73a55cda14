import { describe, expect, it } from 'vitest';
import { moduleImports, pageAssets, scriptGraph } from '../helpers/page-assets';

describe('pageAssets', () => {
  it('finds scripts, island modules, stylesheets, images and inline script bytes', () => {
    const html = [
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">',
      '<script type="module" src="/_astro/page.js"></script>',
      '<script type="module">import{x}from"/_astro/chunk.js";x()</script>',
      '<astro-island uid="1" component-url="/_astro/Map.js" component-export="default" renderer-url="/_astro/client.js" opts="{&quot;name&quot;:&quot;PositionsMap&quot;,&quot;value&quot;:true}"></astro-island>',
      '<img src="/map/static/a.svg" alt="">',
      '<script type="application/ld+json">{"a":1}</script>',
    ].join('');
    const assets = pageAssets(html);
    expect(assets.scripts.sort()).toEqual(['/_astro/Map.js', '/_astro/chunk.js', '/_astro/client.js', '/_astro/page.js']);
    expect(assets.stylesheets).toEqual(['/_astro/a.css']);
    expect(assets.images).toEqual(['/map/static/a.svg', '/favicon.svg']);
    expect(assets.islands).toEqual([{ name: 'PositionsMap', client: '', modules: ['/_astro/Map.js', '/_astro/client.js'] }]);
    expect(assets.onIntent).toEqual([]);
    expect(assets.inlineScriptBytes).toBe('import{x}from"/_astro/chunk.js";x()'.length + '{"a":1}'.length);
    expect(assets.inlineJs).toBe('import{x}from"/_astro/chunk.js";x()');
  });

  it('leaves client:intent islands and images in <template>s out of what the page loads first', () => {
    const html = [
      '<script>(()=>{self.Astro.intent=1})()</script>',
      '<astro-island uid="1" component-url="/_astro/Map.js" renderer-url="/_astro/client.js" ssr client="intent" opts="{&quot;name&quot;:&quot;PositionsMapIsland&quot;,&quot;value&quot;:true}"></astro-island>',
      '<astro-island uid="2" component-url="/_astro/Box.js" renderer-url="/_astro/client.js" client="load" opts="{&quot;name&quot;:&quot;Box&quot;,&quot;value&quot;:true}"></astro-island>',
      '<img src="/map/static/overview.svg" alt="">',
      '<template data-static-view="a"><img src="/map/static/a.svg" alt=""></template>',
    ].join('');
    const assets = pageAssets(html);
    // The renderer is needed at once by the client:load island; the map's own module waits.
    expect(assets.scripts.sort()).toEqual(['/_astro/Box.js', '/_astro/client.js']);
    expect(assets.onIntent).toEqual(['/_astro/Map.js']);
    expect(assets.islands.map((i) => i.client)).toEqual(['intent', 'load']);
    expect(assets.images).toEqual(['/map/static/overview.svg']);
  });
});

describe('moduleImports', () => {
  it('separates static and dynamic relative imports in minified code', () => {
    const code = 'import{a as b}from"./react.js";import"./side.js";export{c}from"./re.js";const m=()=>import("./leaflet.js");import("https://x.test/a.js")';
    expect(moduleImports(code)).toEqual({ static: ['./react.js', './side.js', './re.js'], dynamic: ['./leaflet.js'] });
  });
});

describe('scriptGraph', () => {
  const files: Record<string, string> = {
    '/a.js': 'import"./b.js";const l=()=>import("./lazy.js")',
    '/b.js': 'export const b=1',
    '/lazy.js': 'import"./b.js";import"./c.js"',
    '/c.js': '',
  };
  const resolve = (spec: string, from: string) => new URL(spec, `http://x${from}`).pathname;

  it('counts dynamic imports in "all" but not "up front"', () => {
    const graph = scriptGraph(['/a.js'], (p) => files[p]!, resolve);
    expect(graph.upFront.sort()).toEqual(['/a.js', '/b.js']);
    expect(graph.all.sort()).toEqual(['/a.js', '/b.js', '/c.js', '/lazy.js']);
  });
});
