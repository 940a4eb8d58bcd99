import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatasetExportFormat } from '../../../../shared/exportFormats';
import type { CoreContext } from '../../coreContext';
import { dispatch } from '../../dispatch';
import { storeParagraphs, testContext } from '../../testing/testContext';
import { writeDataset } from './writeDataset';

// spaCy itself reads the exports. It is a Python package: CI installs it (.ci/run) and sets
// PASSERELLE_REQUIRE_SPACY, so there these tests always run; elsewhere they run whenever
// PASSERELLE_SPACY_PYTHON (or python3) can import spaCy (`pip install spacy`).
const python = process.env.PASSERELLE_SPACY_PYTHON ?? 'python3';
const hasSpacy = spawnSync(python, ['-c', 'import spacy'], { stdio: 'ignore' }).status === 0;
const required = process.env.PASSERELLE_REQUIRE_SPACY === '1';
const script = join(import.meta.dirname, 'testing', 'spacy_accepts.py');

// Characters outside the BMP (a flag, an emoji, a mathematical letter) before the spans, so
// JavaScript's UTF-16 offsets and Python's code points differ by the time each span starts;
// French elisions (d’Alibaba, l’Élysée) and a hyphenated name as spaCy's French tokeniser sees them.
const paragraphs = [
  '🇫🇷😀 Emmanuel Macron a reçu le patron d’Alibaba à l’Élysée.',
  'Selon 𝒳 Bercy, la Banque de France prévoit 3,3 milliards d’euros pour Saint-Nazaire.',
];

// What the workspace marks, in text order: what spaCy must give back.
const marks: readonly (readonly [quote: string, label: string])[] = [
  ['Emmanuel Macron', 'person'],
  ['Alibaba', 'organisation'],
  ['Élysée', 'place'],
  ['Bercy', 'organisation'],
  ['Banque de France', 'organisation'],
  ['Saint-Nazaire', 'place'],
];

async function workspace(): Promise<CoreContext> {
  const ctx = testContext();
  const articleId = storeParagraphs(ctx, paragraphs, 'Macron et Alibaba');
  const text = paragraphs.join('\n\n');
  for (const [quote, label] of marks) {
    const start = text.indexOf(quote);
    await dispatch(ctx, 'annotations.create', {
      articleId,
      start,
      end: start + quote.length,
      kind: 'entity',
      label,
    });
  }
  return ctx;
}

const folder = mkdtempSync(join(tmpdir(), 'passerelle-spacy-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function exported(ctx: CoreContext, format: DatasetExportFormat): string {
  let content = '';
  writeDataset(ctx, format, {}, { write: (chunk) => (content += chunk) });
  const file = join(folder, `dataset.${format}`);
  writeFileSync(file, content, 'utf8');
  return file;
}

function runSpacy(...args: string[]): unknown {
  const run = spawnSync(python, [script, ...args], { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`spaCy check failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

describe('spaCy is installed where it is required', () => {
  it.runIf(required)(`imports spaCy with ${python}`, () => {
    expect(hasSpacy).toBe(true);
  });
});

describe.runIf(hasSpacy)('spaCy reads the dataset exports', () => {
  it('gives back each JSONL span’s text with doc.char_span(start, end), emoji before it', async () => {
    const ctx = await workspace();
    const result = runSpacy('jsonl', exported(ctx, 'jsonl')) as {
      spans: { expected: string; sliced: string; char_span: string | null; expanded: string | null }[];
    };
    expect(result.spans.map((span) => span.expected)).toEqual(marks.map(([quote]) => quote));
    for (const span of result.spans) {
      expect(span.sliced).toBe(span.expected);
      expect(span.char_span).toBe(span.expected);
    }
  });

  it('converts the CoNLL export with `spacy convert` into the same entities', async () => {
    const ctx = await workspace();
    const out = mkdtempSync(join(folder, 'converted-'));
    const result = runSpacy('conll', exported(ctx, 'conll'), out) as {
      documents: number;
      entities: [string, string][];
    };
    expect(result.documents).toBeGreaterThan(0);
    expect(result.entities).toEqual(marks);
  });
});
