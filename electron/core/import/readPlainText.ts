import type { Node } from 'prosemirror-model';
import { articleSchema } from '../../../shared/schema';
import { PasserelleError } from '../../../shared/errors';
import { firstSentenceTitle } from './firstSentenceTitle';
import type { ArticleReading } from './parsedArticle';
import { titleFromFileName } from './titleFromFileName';

/// The longest first line that is taken as the article's title.
export const maxTitleLineLength = 150;
/// The longest line standing alone between paragraphs that becomes a sub-heading.
export const maxSubheadingLength = 100;

const datePrefix = /^\s*date\s*:?\s*(\d{4})-(\d{2})-(\d{2})(?=\s|$)\s*/i;
const blankLines = /\n(?:[^\S\n]*\n)+/;
// A line ending like a sentence, a clause or a quotation is prose, not a heading.
const proseEnding = /[.!…:;,«»"“”]$/u;

function takeDatePrefix(text: string): { publishedAt: string | null; rest: string } {
  const match = datePrefix.exec(text);
  if (match === null) return { publishedAt: null, rest: text };
  const [prefix, year, month, day] = match;
  const iso = `${year}-${month}-${day}`;
  const date = new Date(`${iso}T00:00:00Z`);
  // "2026-02-30" is not a date: leave such text alone rather than guess.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso)
    return { publishedAt: null, rest: text };
  return { publishedAt: iso, rest: text.slice(prefix.length) };
}

function looksLikeHeading(lines: readonly string[], maxLength: number): boolean {
  const [line] = lines;
  return lines.length === 1 && line !== undefined && line.length <= maxLength && !proseEnding.test(line);
}

function textBlock(lines: readonly string[], type: 'paragraph' | 'heading', level?: number): Node {
  const inline: Node[] = [];
  lines.forEach((line, index) => {
    if (index > 0) inline.push(articleSchema.nodes.hard_break.create());
    inline.push(articleSchema.text(line));
  });
  return type === 'heading'
    ? articleSchema.nodes.heading.create({ level }, inline)
    : articleSchema.nodes.paragraph.create(null, inline);
}

/// Reads normalised plain text into an article: blank lines separate paragraphs, a single line
/// break inside one becomes a hard break. A leading `date YYYY-MM-DD` becomes `publishedAt`; a
/// short first line followed by a blank line is the title (kept as a level-1 heading), else the
/// title is the first sentence; other short lines standing alone become level-2 headings.
export function readPlainText(text: string, fileName: string): ArticleReading {
  const { publishedAt, rest } = takeDatePrefix(text);
  const blocks = rest
    .split(blankLines)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);
  if (blocks.length === 0)
    throw new PasserelleError('empty_file', `${fileName}: the file holds no article text.`);

  const [firstLines] = blocks;
  const hasTitleLine =
    firstLines !== undefined && blocks.length > 1 && looksLikeHeading(firstLines, maxTitleLineLength);
  const content = blocks.map((lines, index) => {
    if (index === 0) return hasTitleLine ? textBlock(lines, 'heading', 1) : textBlock(lines, 'paragraph');
    const standsBetweenParagraphs = index < blocks.length - 1;
    return standsBetweenParagraphs && looksLikeHeading(lines, maxSubheadingLength)
      ? textBlock(lines, 'heading', 2)
      : textBlock(lines, 'paragraph');
  });

  const title =
    (hasTitleLine ? firstLines[0] : undefined) ??
    firstSentenceTitle(firstLines?.join('\n') ?? '') ??
    titleFromFileName(fileName);
  return {
    title,
    byline: null,
    publishedAt,
    sourceUrl: null,
    siteName: null,
    language: 'fr',
    doc: articleSchema.nodes.doc.create(null, content),
  };
}
