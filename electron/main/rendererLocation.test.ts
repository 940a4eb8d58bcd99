import { describe, expect, it } from 'vitest';
import { isRendererUrl, rendererLocation } from './rendererLocation';

describe('rendererLocation', () => {
  it('uses the dev server when electron-vite provides one', () => {
    expect(rendererLocation('/app/out/main', { ELECTRON_RENDERER_URL: 'http://localhost:5173' })).toEqual({
      kind: 'url',
      url: 'http://localhost:5173',
    });
  });

  it('uses the built index.html beside the main bundle otherwise', () => {
    expect(rendererLocation('/app/out/main', {})).toEqual({
      kind: 'file',
      path: '/app/out/renderer/index.html',
    });
  });
});

describe('isRendererUrl', () => {
  const built = { kind: 'file', path: '/app/out/renderer/index.html' } as const;
  const dev = { kind: 'url', url: 'http://localhost:5173' } as const;

  it('accepts the built page with any fragment or query', () => {
    expect(isRendererUrl(built, 'file:///app/out/renderer/index.html')).toBe(true);
    expect(isRendererUrl(built, 'file:///app/out/renderer/index.html#/articles/3')).toBe(true);
  });

  it('rejects other files, other schemes and garbage', () => {
    expect(isRendererUrl(built, 'file:///app/out/renderer/other.html')).toBe(false);
    expect(isRendererUrl(built, 'file:///etc/passwd')).toBe(false);
    expect(isRendererUrl(built, 'https://app/out/renderer/index.html')).toBe(false);
    expect(isRendererUrl(built, 'not a url')).toBe(false);
  });

  it('accepts only the dev server’s origin in development', () => {
    expect(isRendererUrl(dev, 'http://localhost:5173/index.html')).toBe(true);
    expect(isRendererUrl(dev, 'http://localhost:5174/')).toBe(false);
    expect(isRendererUrl(dev, 'http://localhost.evil.example:5173/')).toBe(false);
    expect(isRendererUrl(dev, 'data:text/html,hello')).toBe(false);
  });
});
