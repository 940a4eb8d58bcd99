import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { absoluteHttpUrl, isoDateOrNull, readHtmlMetadata } from './readHtmlMetadata';

const metadataOf = (html: string) => readHtmlMetadata(new JSDOM(html).window.document);

describe('readHtmlMetadata', () => {
  it('reads og:title, the <title>, the author, article:published_time, og:site_name and <html lang>', () => {
    const metadata = metadataOf(`<html lang="fr-FR"><head><title>Un titre | Le Site</title>
      <meta property="og:title" content="Un  titre"><meta name="author" content="Claire Lemoine">
      <meta property="article:published_time" content="2026-03-12T07:45:00+01:00"><meta property="og:site_name" content="Le Site">
      </head><body></body></html>`);
    expect(metadata).toEqual({
      ogTitle: 'Un titre',
      jsonLdHeadline: null,
      documentTitle: 'Un titre | Le Site',
      author: 'Claire Lemoine',
      publishedAt: '2026-03-12T07:45:00+01:00',
      siteName: 'Le Site',
      sourceUrl: null,
      language: 'fr-FR',
    });
  });

  it('falls back to JSON-LD datePublished, then to a <time datetime>', () => {
    const jsonLd =
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-11-02"}]}</script>';
    expect(
      metadataOf(`<head>${jsonLd}</head><body><time datetime="2024-01-01">x</time></body>`).publishedAt,
    ).toBe('2025-11-02');
    expect(
      metadataOf(
        '<head><script type="application/ld+json">{broken</script></head><body><time datetime="2024-01-01">1er janvier</time></body>',
      ).publishedAt,
    ).toBe('2024-01-01');
  });

  it('reads a JSON-LD NewsArticle’s headline, authors, date and publisher when meta tags are silent', () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Pas ceci' },
        {
          '@type': ['NewsArticle'],
          headline: 'La Seine déborde',
          author: [{ '@type': 'Person', name: 'Élise Martin' }, 'Paul Roux'],
          datePublished: '2026-02-01T08:00:00+01:00',
          publisher: { '@type': 'Organization', name: 'Le Quotidien' },
        },
      ],
    });
    const metadata = metadataOf(
      `<head><script type="application/ld+json">${jsonLd}</script></head><body></body>`,
    );
    expect(metadata).toMatchObject({
      jsonLdHeadline: 'La Seine déborde',
      author: 'Élise Martin, Paul Roux',
      publishedAt: '2026-02-01T08:00:00+01:00',
      siteName: 'Le Quotidien',
    });
  });

  it('ignores an article:author that is a profile URL', () => {
    expect(
      metadataOf('<head><meta property="article:author" content="https://facebook.com/x"></head>').author,
    ).toBeNull();
    expect(metadataOf('<head><meta property="article:author" content="Jean Dupont"></head>').author).toBe(
      'Jean Dupont',
    );
  });

  it('keeps a canonical or og:url only when it is an absolute http(s) URL', () => {
    expect(metadataOf('<head><link rel="canonical" href="https://ex.fr/a?b=1"></head>').sourceUrl).toBe(
      'https://ex.fr/a?b=1',
    );
    expect(
      metadataOf(
        '<head><link rel="canonical" href="/a"><meta property="og:url" content="http://ex.fr/b"></head>',
      ).sourceUrl,
    ).toBe('http://ex.fr/b');
    expect(metadataOf('<head><link rel="canonical" href="javascript:alert(1)"></head>').sourceUrl).toBeNull();
  });

  it('ignores an invalid language tag', () => {
    expect(metadataOf('<html lang="not a tag"><body></body></html>').language).toBeNull();
  });
});

describe('isoDateOrNull', () => {
  it('accepts ISO dates and date-times only', () => {
    expect(isoDateOrNull(' 2026-03-12 ')).toBe('2026-03-12');
    expect(isoDateOrNull('2026-03-12T07:45:00.000Z')).toBe('2026-03-12T07:45:00.000Z');
    expect(isoDateOrNull('12 mars 2026')).toBeNull();
    expect(isoDateOrNull(null)).toBeNull();
  });
});

describe('absoluteHttpUrl', () => {
  it('returns absolute http(s) URLs and rejects other schemes and relative paths', () => {
    expect(absoluteHttpUrl('https://ex.fr')).toBe('https://ex.fr/');
    expect(absoluteHttpUrl('mailto:a@b.fr')).toBeNull();
    expect(absoluteHttpUrl('/auteurs/x')).toBeNull();
  });
});
