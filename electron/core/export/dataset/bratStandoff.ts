import { codePointOffsets } from '../../../../shared/offsets';
import type { DatasetArticle } from './datasetArticles';

/// One file of a brat export, its path relative to the export folder.
export interface BratFile {
  readonly path: string;
  readonly content: string;
}

/// The base name of an article's `.txt` and `.ann` files.
export function bratBaseName(article: Pick<DatasetArticle, 'id'>): string {
  return `article-${String(article.id).padStart(5, '0')}`;
}

// brat names a type with letters, digits, `_` and `-`; a label key already is one, this keeps
// any other character from breaking a line.
function bratType(label: string): string {
  return label.replace(/[^\p{L}\p{N}_-]/gu, '_');
}

// A note may not hold a line break or a tab: either would start a new field or annotation.
function noteText(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

/// An article's standoff annotations as brat reads them: one `T` line per span with code-point
/// offsets (a span across a line break becomes fragments `start end;start end`, as brat
/// requires) and its text, and an `AnnotatorNotes` line with the English term and Wikidata id of
/// its glossary entry, or a claim's verdict, claimant and English text.
export function bratAnnotations(article: DatasetArticle): string {
  const offsets = codePointOffsets(article.text);
  const lines: string[] = [];
  let notes = 0;
  article.spans.forEach((span, index) => {
    const id = `T${index + 1}`;
    const fragments: string[] = [];
    const texts: string[] = [];
    let from = span.start;
    for (const piece of article.text.slice(span.start, span.end).split('\n')) {
      if (piece !== '') {
        fragments.push(`${offsets.toCodePoints(from)} ${offsets.toCodePoints(from + piece.length)}`);
        texts.push(piece);
      }
      from += piece.length + 1;
    }
    lines.push(`${id}\t${bratType(span.label)} ${fragments.join(';')}\t${texts.join(' ')}`);
    if (span.entry !== null) {
      const note = [
        span.entry.englishTerm === '' ? null : `English: ${span.entry.englishTerm}`,
        span.entry.wikidataId === '' ? null : `Wikidata: ${span.entry.wikidataId}`,
        `Glossary entry: ${span.entry.id}`,
      ].filter((part) => part !== null);
      notes += 1;
      lines.push(`#${notes}\tAnnotatorNotes ${id}\t${noteText(note.join('; '))}`);
    }
    if (span.claim !== null) {
      const note = [
        `Verdict: ${span.claim.verdict}`,
        span.claim.claimant === '' ? null : `Claimant: ${span.claim.claimant}`,
        span.claim.englishText === '' ? null : `English: ${span.claim.englishText}`,
      ].filter((part) => part !== null);
      notes += 1;
      lines.push(`#${notes}\tAnnotatorNotes ${id}\t${noteText(note.join('; '))}`);
    }
  });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/// The article's two brat files: its text exactly as stored (offsets index into it) and its
/// annotations.
export function bratFiles(article: DatasetArticle): [BratFile, BratFile] {
  const base = bratBaseName(article);
  return [
    { path: `${base}.txt`, content: article.text },
    { path: `${base}.ann`, content: bratAnnotations(article) },
  ];
}

/// The `annotation.conf` brat needs beside the files: every entity type used, nested and
/// overlapping spans allowed (Passerelle keeps both), and the sections brat expects even when empty.
export function bratAnnotationConf(labels: Iterable<string>): string {
  const types = [...new Set([...labels].map(bratType))].sort();
  return [
    '[entities]',
    ...types,
    '',
    '[relations]',
    '<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    '',
  ].join('\n');
}
