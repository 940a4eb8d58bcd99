import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/contentSecurityPolicy';
import indexHtml from '../index.html?raw';

describe('index.html', () => {
  it('declares exactly the shared Content-Security-Policy in its meta tag', () => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(indexHtml);
    expect(meta?.[1]).toBe(contentSecurityPolicy);
  });

  it('has no inline script or style', () => {
    expect(indexHtml).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(indexHtml).not.toMatch(/\sstyle=/i);
    expect(indexHtml).not.toMatch(/<style/i);
  });
});
