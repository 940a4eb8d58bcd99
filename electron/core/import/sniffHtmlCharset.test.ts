import { describe, expect, it } from 'vitest';
import { sniffHtmlCharset } from './sniffHtmlCharset';

const bytes = (html: string): Uint8Array => new TextEncoder().encode(html);

describe('sniffHtmlCharset', () => {
  it('reads a <meta charset> declaration', () => {
    expect(sniffHtmlCharset(bytes('<!doctype html><html><head><meta charset="ISO-8859-15"></head>'))).toBe(
      'iso-8859-15',
    );
  });

  it('reads the charset of an http-equiv Content-Type declaration', () => {
    const html = '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>';
    expect(sniffHtmlCharset(bytes(html))).toBe('windows-1252');
  });

  it('treats latin-1 and ASCII labels as windows-1252, as browsers do', () => {
    expect(sniffHtmlCharset(bytes('<meta charset=iso-8859-1>'))).toBe('windows-1252');
    expect(sniffHtmlCharset(bytes("<meta charset='us-ascii'>"))).toBe('windows-1252');
  });

  it('reads a page that declares UTF-16 without a byte order mark as UTF-8', () => {
    expect(sniffHtmlCharset(bytes('<meta charset="utf-16">'))).toBe('utf-8');
  });

  it('ignores declarations after the first 1024 bytes, unknown charsets and unrelated meta tags', () => {
    expect(sniffHtmlCharset(bytes(`<!-- ${'x'.repeat(1100)} --><meta charset="windows-1252">`))).toBeNull();
    expect(sniffHtmlCharset(bytes('<meta charset="klingon-8">'))).toBeNull();
    expect(sniffHtmlCharset(bytes('<meta name="description" content="charset=koi8-r">'))).toBeNull();
  });
});
