import { describe, expect, it } from 'vitest';
import { dispatch } from '../../dispatch';
import { storeParagraphs, testContext } from '../../testing/testContext';
import { writeDataset, type DatasetSink } from './writeDataset';
import type { DatasetExportFormat } from '../../../../shared/exportFormats';
import type { CoreContext } from '../../coreContext';

// Emoji and other characters outside the BMP before the names, so UTF-16 and code-point offsets
// differ by several units by the time the spans start: the flag is two code points (four UTF-16
// units), the face one (two), so "Emmanuel" starts at UTF-16 offset 7 and code point 4.
const paragraphs = [
  '🇫🇷😀 Emmanuel Macron a reçu le patron d’Alibaba à l’Élysée.',
  'Selon 𝒳 Bercy, la Banque de France prévoit 3,3 milliards d’euros.',
];

async function workspace(): Promise<{ ctx: CoreContext; articleId: number; text: string }> {
  const ctx = testContext();
  const articleId = storeParagraphs(ctx, paragraphs, 'Macron et Alibaba');
  const text = paragraphs.join('\n\n');
  const mark = (quote: string, label: string, from = 0) => {
    const start = text.indexOf(quote, from);
    return dispatch(ctx, 'annotations.create', {
      articleId,
      start,
      end: start + quote.length,
      kind: 'entity',
      label,
    });
  };
  const macron = await mark('Emmanuel Macron', 'person');
  await dispatch(ctx, 'glossary.update', {
    id: macron.glossaryEntryId!,
    englishTerm: 'Emmanuel Macron',
    wikidataId: 'Q3052772',
    status: 'approved',
  });
  await mark('Alibaba', 'organisation');
  await mark('Élysée', 'place');
  await mark('Banque de France', 'organisation');
  // Nested in the one above.
  await mark('France', 'place', text.indexOf('Banque'));
  return { ctx, articleId, text };
}

function collect(ctx: CoreContext, format: DatasetExportFormat, scope = {}) {
  const files = new Map<string, string>();
  const sink: DatasetSink = {
    write: (chunk, file = '') => files.set(file, (files.get(file) ?? '') + chunk),
  };
  const progress: [number, number][] = [];
  const summary = writeDataset(ctx, format, scope, sink, (done, total) => progress.push([done, total]));
  return { files, summary, progress };
}

describe('writeDataset', () => {
  it('writes JSONL whose code-point offsets slice each span out of the text, as Python would', async () => {
    const { ctx, text } = await workspace();
    const { files, summary, progress } = collect(ctx, 'jsonl');
    expect(summary).toEqual({ articles: 1, spans: 5 });
    expect(progress).toEqual([[1, 1]]);
    const lines = files.get('')!.split('\n');
    expect(lines.at(-1)).toBe('');
    const line = JSON.parse(lines[0]!) as {
      text: string;
      meta: Record<string, unknown>;
      spans: {
        start: number;
        end: number;
        text: string;
        label: string;
        kind: string;
        english_term?: string;
        wikidata_id?: string | null;
      }[];
    };
    expect(line.text).toBe(text);
    expect(line.meta).toMatchObject({ title: 'Macron et Alibaba', language: 'fr' });
    // Code points counted independently of the exporter: one array element per code point.
    const codePoints = Array.from(line.text);
    for (const span of line.spans) expect(codePoints.slice(span.start, span.end).join('')).toBe(span.text);
    expect(line.spans[0]).toMatchObject({
      start: 4,
      end: 19,
      label: 'person',
      kind: 'entity',
      text: 'Emmanuel Macron',
      english_term: 'Emmanuel Macron',
      wikidata_id: 'Q3052772',
    });
    expect(line.spans.map((span) => span.text)).toEqual([
      'Emmanuel Macron',
      'Alibaba',
      'Élysée',
      'Banque de France',
      'France',
    ]);
  });

  it('exports only the labels and articles asked, and leaves draft entries out for sharing', async () => {
    const { ctx, articleId } = await workspace();
    const other = storeParagraphs(ctx, ['Un autre article sur Lyon.'], 'Lyon');
    const places = JSON.parse(
      collect(ctx, 'jsonl', { labels: ['place'], articleIds: [articleId] })
        .files.get('')!
        .trim(),
    ) as { spans: { text: string }[] };
    expect(places.spans.map((span) => span.text)).toEqual(['Élysée', 'France']);
    expect(collect(ctx, 'jsonl', { articleIds: [other] }).summary).toEqual({ articles: 1, spans: 0 });

    const shared = JSON.parse(
      collect(ctx, 'jsonl', { privacy: true, articleIds: [articleId] })
        .files.get('')!
        .trim(),
    ) as { spans: { text: string; entry_id?: number }[] };
    expect(shared.spans.filter((span) => span.entry_id !== undefined).map((span) => span.text)).toEqual([
      'Emmanuel Macron',
    ]);
  });

  it('writes W3C Web Annotations with quote and code-point position selectors and the entry as an identifying body', async () => {
    const { ctx, text } = await workspace();
    const collection = JSON.parse(collect(ctx, 'webanno').files.get('')!) as {
      '@context': string;
      type: string;
      total: number;
      first: {
        items: {
          '@context': string;
          body: { purpose: string; value?: string; id?: string }[];
          target: {
            source: string;
            selector: { type: string; exact?: string; start?: number; end?: number }[];
          };
        }[];
      };
    };
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 5,
    });
    const [macron] = collection.first.items;
    expect(macron!['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(macron!.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'person', format: 'text/plain' },
      { id: 'http://www.wikidata.org/entity/Q3052772', purpose: 'identifying' },
    ]);
    expect(macron!.target.source).toMatch(/^urn:passerelle:article:\d+$/);
    const [quote, position] = macron!.target.selector;
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: 'Emmanuel Macron' });
    expect(position).toEqual({ type: 'TextPositionSelector', start: 4, end: 19 });
    expect(Array.from(text).slice(position!.start, position!.end).join('')).toBe('Emmanuel Macron');
  });

  it('carries claims: a JSONL claim field, an assessing Web Annotation body, a brat note, no CoNLL tag', async () => {
    const { ctx, articleId, text } = await workspace();
    const start = text.indexOf('la Banque de France prévoit');
    const claim = await dispatch(ctx, 'claims.create', { articleId, start, end: text.length - 1 });
    await dispatch(ctx, 'claims.update', {
      annotationId: claim.annotationId,
      claimant: { kind: 'unattributed', description: 'Bercy' },
      englishText: 'The Banque de France forecasts €3.3 billion',
      verdict: 'mixed',
      reviewSummary: 'The forecast is €3.1 billion.',
    });
    const [line] = collect(ctx, 'jsonl').files.get('')!.trim().split('\n');
    const spans = (JSON.parse(line!) as { spans: { kind: string; label: string; claim?: object }[] }).spans;
    expect(spans.filter((span) => span.kind === 'claim')).toEqual([
      expect.objectContaining({
        label: 'CLAIM',
        claim: expect.objectContaining({
          claimant: 'Bercy',
          verdict: 'mixed',
          english_text: 'The Banque de France forecasts €3.3 billion',
          review_summary: 'The forecast is €3.1 billion.',
        }),
      }),
    ]);

    const collection = JSON.parse(collect(ctx, 'webanno').files.get('')!) as {
      first: { items: { motivation: string; body: object[] }[] };
    };
    expect(collection.first.items.find((item) => item.motivation === 'assessing')?.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'CLAIM', format: 'text/plain' },
      {
        type: 'TextualBody',
        purpose: 'assessing',
        value: 'Mixed: The forecast is €3.1 billion.',
        language: 'en',
        format: 'text/plain',
      },
      {
        type: 'TextualBody',
        purpose: 'describing',
        value: 'The Banque de France forecasts €3.3 billion',
        language: 'en',
        format: 'text/plain',
      },
    ]);

    const ann = [...collect(ctx, 'brat').files.entries()].find(([name]) => name.endsWith('.ann'))![1];
    expect(ann).toContain('\tCLAIM ');
    expect(ann).toContain(
      'Verdict: mixed; Claimant: Bercy; English: The Banque de France forecasts €3.3 billion',
    );
    expect(collect(ctx, 'conll').files.get('')).not.toContain('CLAIM');
  });

  it('writes brat standoff: the text as stored, T lines with code-point offsets, notes, and annotation.conf', async () => {
    const { ctx, text } = await workspace();
    const { files } = collect(ctx, 'brat');
    const names = [...files.keys()].sort();
    expect(names).toEqual([
      'annotation.conf',
      expect.stringMatching(/^article-\d{5}\.ann$/),
      expect.stringMatching(/^article-\d{5}\.txt$/),
    ]);
    const ann = files.get(names[1]!)!;
    expect(files.get(names[2]!)).toBe(text);
    const lines = ann.trimEnd().split('\n');
    expect(lines[0]).toBe('T1\tperson 4 19\tEmmanuel Macron');
    expect(lines[1]).toBe(
      '#1\tAnnotatorNotes T1\tEnglish: Emmanuel Macron; Wikidata: Q3052772; Glossary entry: 1',
    );
    const codePoints = Array.from(text);
    for (const line of lines.filter((entry) => entry.startsWith('T'))) {
      const [, typeAndOffsets, quote] = line.split('\t');
      const [, start, end] = typeAndOffsets!.split(' ');
      expect(codePoints.slice(Number(start), Number(end)).join('')).toBe(quote);
    }
    expect(files.get('annotation.conf')).toBe(
      '[entities]\norganisation\nperson\nplace\n\n[relations]\n<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n',
    );
  });

  it('writes CoNLL-2003 BIO with elisions apart, a blank line after each sentence, the outermost of nested spans', async () => {
    const { ctx } = await workspace();
    const conll = collect(ctx, 'conll').files.get('')!;
    expect(conll.startsWith('-DOCSTART- -X- -X- O\n\n')).toBe(true);
    const rows = conll.split('\n');
    expect(rows).toContain('Emmanuel _ _ B-person');
    expect(rows).toContain('Macron _ _ I-person');
    expect(rows).toContain('d’ _ _ O');
    expect(rows).toContain('Alibaba _ _ B-organisation');
    expect(rows).toContain('l’ _ _ O');
    expect(rows).toContain('Élysée _ _ B-place');
    expect(rows).toContain('France _ _ I-organisation');
    expect(rows).toContain('3,3 _ _ O');
    // Two sentences, each followed by a blank line.
    expect(conll.match(/\n\n/g)).toHaveLength(3);
  });
});
