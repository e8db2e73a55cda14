import { describe, expect, it } from 'vitest';
import { tileLayerConfig } from '../../../src/lib/map/tiles.mjs';

describe('tileLayerConfig', () => {
  it('is off unless a tile URL is set', () => {
    expect(tileLayerConfig({})).toBeNull();
    expect(tileLayerConfig({ MAP_TILE_URL: '  ' })).toBeNull();
  });

  it('returns the template, the credit and the host to allow in the CSP', () => {
    expect(
      tileLayerConfig({ MAP_TILE_URL: 'https://tiles.example.org/base/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: '© Example' }),
    ).toEqual({ url: 'https://tiles.example.org/base/{z}/{x}/{y}.png', attribution: '© Example', origin: 'https://tiles.example.org' });
  });

  it('refuses tiles without a credit, without https, or without {z}/{x}/{y}', () => {
    expect(() => tileLayerConfig({ MAP_TILE_URL: 'https://t.example.org/{z}/{x}/{y}.png' })).toThrow(/MAP_TILE_ATTRIBUTION is required/);
    expect(() => tileLayerConfig({ MAP_TILE_URL: 'http://t.example.org/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: 'x' })).toThrow(/https/);
    expect(() => tileLayerConfig({ MAP_TILE_URL: 'https://t.example.org/{z}/{x}.png', MAP_TILE_ATTRIBUTION: 'x' })).toThrow(/\{y\}/);
    expect(() => tileLayerConfig({ MAP_TILE_URL: 'tiles/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: 'x' })).toThrow(/absolute URL/);
  });
});
