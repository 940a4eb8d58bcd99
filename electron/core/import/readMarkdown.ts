import MarkdownIt from 'markdown-it';
import type { ArticleReading } from './parsedArticle';
import { isoDateOrNull } from './readHtmlMetadata';
import { readHtmlFragment } from './readHtmlFragment';

// Raw HTML inside Markdown is let through to the sanitiser like any page; typographic
// replacements stay off because the author's own quotes and dashes are the text.
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });
const frontMatter = /^---[^\S\n]*\n([\s\S]*?)\n---[^\S\n]*(?:\n|$)/;

// The simple `key: value` lines of a YAML front matter block; nested YAML is ignored.
function frontMatterFields(text: string): { fields: Map<string, string>; body: string } {
  const match = frontMatter.exec(text);
  if (match === null) return { fields: new Map(), body: text };
  const fields = new Map<string, string>();
  for (const line of (match[1] ?? '').split('\n')) {
    const field = /^([A-Za-z_-]+)\s*:\s*(.+)$/.exec(line);
    const value = field?.[2]
      ?.trim()
      .replace(/^(["'])(.*)\1$/, '$2')
      .trim();
    if (field?.[1] !== undefined && value) fields.set(field[1].toLowerCase(), value);
  }
  return { fields, body: text.slice(match[0].length) };
}

/// Reads normalised Markdown into an article: rendered to HTML, then the same sanitiser and
/// schema as every other page. Title, author, date and language come from a YAML front matter block
/// when there is one, else the title is a leading `# heading`.
export function readMarkdown(text: string, fileName: string): ArticleReading {
  const { fields, body } = frontMatterFields(text);
  const reading = readHtmlFragment(markdown.render(body), fileName);
  const language = fields.get('lang') ?? fields.get('language');
  return {
    ...reading,
    title: fields.get('title') ?? reading.title,
    byline: fields.get('author') ?? fields.get('byline') ?? null,
    publishedAt: isoDateOrNull(fields.get('date')),
    sourceUrl: null,
    language: language !== undefined && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(language) ? language : 'fr',
  };
}
