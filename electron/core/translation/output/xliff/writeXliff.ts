import { textBlockSpans } from '../../../../../shared/articleText';
import type { Annotation, Article, GlossaryEntry, Segment } from '../../../../../shared/domain';
import { articleSchema } from '../../../../../shared/schema';
import { xliffStateOfStatus } from '../../../../../shared/translation/segmentStates';
import { wikidataIri, xmlText } from '../../../export/glossaryTbx';
import { articleMetaCategory, xliffNamespaces } from './xliffNamespaces';

/// What `writeXliff` writes: the article, its segments, its annotations (entity mentions become
/// term markers) and the glossary entries they may be linked to.
export interface XliffInput {
  readonly article: Pick<Article, 'id' | 'title' | 'doc' | 'text' | 'language' | 'sourceUrl'>;
  readonly segments: readonly Segment[];
  readonly annotations: readonly Annotation[];
  readonly entries: readonly GlossaryEntry[];
}

// Characters XML 1.0 cannot hold, even as references (C0 controls but tab, line feed and carriage
// return; U+FFFE, U+FFFF; unpaired surrogates): written as XLIFF `<cp hex>` in text.
const notXmlCharacter =
  /[^\t\n\r\u0020-\uFFFD\u{10000}-\u{10FFFF}]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

// Notes, metadata and glossary terms hold text only (no <cp>): there `xmlText` drops what XML
// cannot hold.

/// `value` as XLIFF inline text: markup characters as references, a carriage return as `&#13;` (a
/// parser would read a bare one as a line feed), a character XML cannot hold as `<cp hex="…"/>`.
export function xliffText(value: string): string {
  return value
    .replace(/[&<>\r]/g, (character) => textReferences[character]!)
    .replace(notXmlCharacter, (character) => {
      const hex = character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      return `<cp hex="${hex}"/>`;
    });
}

const textReferences: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
};
const attributeReferences: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/// `value` as a double-quoted XML attribute value; characters XML cannot hold are dropped.
export function xliffAttribute(value: string): string {
  return value
    .replace(notXmlCharacter, '')
    .replace(/[&<>"\t\n\r]/g, (character) => attributeReferences[character]!);
}

/// The XLIFF `<unit id>` of the text block at `index` (0-based, in document order), stable since
/// the source text never changes.
export const unitId = (index: number): string => `b${index + 1}`;
/// The XLIFF `<segment id>` of a Passerelle segment.
export const segmentXliffId = (segmentId: number): string => `s${segmentId}`;
/// The XLIFF `<mrk id>` of an entity mention.
export const mentionXliffId = (annotationId: number): string => `m${annotationId}`;
/// The `<gls:glossEntry id>` of a glossary entry within a unit.
export const glossEntryXliffId = (entryId: number): string => `g${entryId}`;
/// The XLIFF `<file id>` of an article.
export const fileXliffId = (articleId: number): string => `a${articleId}`;

// The mentions of a segment that nest (a mention inside another is kept; one crossing another's
// edge cannot be an XLIFF `<mrk>` and is left out), sorted by start, longest first.
function nestedMentions(mentions: readonly Annotation[]): Annotation[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  const kept: Annotation[] = [];
  const open: Annotation[] = [];
  for (const mention of sorted) {
    while (open.length > 0 && open.at(-1)!.end <= mention.start) open.pop();
    if (mention.end <= mention.start) continue;
    if (open.length > 0 && open.at(-1)!.end < mention.end) continue;
    kept.push(mention);
    open.push(mention);
  }
  return kept;
}

function mrkOpen(mention: Annotation, entries: ReadonlyMap<number, GlossaryEntry>): string {
  const entry = mention.glossaryEntryId === null ? undefined : entries.get(mention.glossaryEntryId);
  let attributes = `id="${mentionXliffId(mention.id)}" type="term"`;
  if (entry) {
    attributes += ` ref="#gls=${glossEntryXliffId(entry.id)}"`;
    if (/^Q\d+$/.test(entry.wikidataId)) attributes += ` its:taIdentRef="${wikidataIri(entry.wikidataId)}"`;
  }
  return `<mrk ${attributes}>`;
}

// The segment's source with its mentions as `<mrk type="term">`, nested as they nest.
function sourceContent(
  text: string,
  segment: Segment,
  mentions: readonly Annotation[],
  entries: ReadonlyMap<number, GlossaryEntry>,
): string {
  const parts: string[] = [];
  const open: Annotation[] = [];
  let cursor = segment.start;
  const closeUntil = (position: number): void => {
    while (open.length > 0 && open.at(-1)!.end <= position) {
      const mention = open.pop()!;
      parts.push(xliffText(text.slice(cursor, mention.end)), '</mrk>');
      cursor = mention.end;
    }
  };
  for (const mention of mentions) {
    closeUntil(mention.start);
    parts.push(xliffText(text.slice(cursor, mention.start)), mrkOpen(mention, entries));
    cursor = mention.start;
    open.push(mention);
  }
  closeUntil(segment.end);
  parts.push(xliffText(text.slice(cursor, segment.end)));
  return parts.join('');
}

function glossEntry(entry: GlossaryEntry, firstMention: number): string {
  return [
    `        <gls:glossEntry id="${glossEntryXliffId(entry.id)}" ref="#${mentionXliffId(firstMention)}">`,
    `          <gls:term>${xmlText(entry.frenchTerm)}</gls:term>`,
    ...(entry.englishTerm === ''
      ? []
      : [`          <gls:translation>${xmlText(entry.englishTerm)}</gls:translation>`]),
    ...(entry.note.trim() === ''
      ? []
      : [`          <gls:definition>${xmlText(entry.note)}</gls:definition>`]),
    '        </gls:glossEntry>',
  ].join('\n');
}

function ignorable(text: string): string {
  return `      <ignorable>\n        <source>${xliffText(text)}</source>\n      </ignorable>`;
}

/// The article's translation as an XLIFF 2.1 file (srcLang the article's language, trgLang `en`):
/// one `<file>` for the article (its id in `<mda:metadata>`, its title in a note), one `<unit>` per
/// text block that has segments, one `<segment id="s<id>">` per segment with its state
/// (`shared/translation/segmentStates.ts`), source and target, and the rest of the block's text
/// (spaces between segments, passages no segment covers) as `<ignorable>`, so the units together
/// give back each block's text exactly. Entity mentions inside a segment are
/// `<mrk type="term">` (with the entry's Wikidata IRI in `its:taIdentRef`), and each unit's
/// `<gls:glossary>` lists the entries its mentions are linked to. Built as one list of strings
/// joined once, so a 3,000-segment article costs time in proportion to its size.
export function writeXliff(input: XliffInput): string {
  const { article } = input;
  const text = article.text;
  const entries = new Map(input.entries.map((entry) => [entry.id, entry]));
  const segments = [...input.segments].sort((a, b) => a.start - b.start || a.end - b.end);
  const mentions = input.annotations
    .filter((annotation) => annotation.kind === 'entity')
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const blocks = textBlockSpans(articleSchema.nodeFromJSON(article.doc));

  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${xliffNamespaces.core}" xmlns:gls="${xliffNamespaces.glossary}" xmlns:mda="${xliffNamespaces.metadata}" xmlns:its="${xliffNamespaces.its}" its:version="2.0" version="2.1" srcLang="${xliffAttribute(article.language || 'fr')}" trgLang="en">`,
    `  <file id="${fileXliffId(article.id)}" original="passerelle:article/${article.id}" xml:space="preserve">`,
    '    <mda:metadata>',
    `      <mda:metaGroup category="${articleMetaCategory}">`,
    `        <mda:meta type="articleId">${article.id}</mda:meta>`,
    `        <mda:meta type="title">${xmlText(article.title)}</mda:meta>`,
    ...(article.sourceUrl
      ? [`        <mda:meta type="sourceUrl">${xmlText(article.sourceUrl)}</mda:meta>`]
      : []),
    '      </mda:metaGroup>',
    '    </mda:metadata>',
    '    <notes>',
    `      <note category="title">${xmlText(article.title)}</note>`,
    '    </notes>',
  ];

  let segmentIndex = 0;
  let mentionIndex = 0;
  let units = 0;
  blocks.forEach((block, blockIndex) => {
    while (segmentIndex < segments.length && segments[segmentIndex]!.start < block.start) segmentIndex += 1;
    const body: string[] = [];
    const glossary = new Map<number, number>();
    let cursor = block.start;
    for (; segmentIndex < segments.length && segments[segmentIndex]!.start < block.end; segmentIndex += 1) {
      const segment = segments[segmentIndex]!;
      // Overlapping or block-crossing segments break the segments' invariants: skipped, not doubled.
      if (segment.start < cursor || segment.end > block.end) continue;
      while (mentionIndex < mentions.length && mentions[mentionIndex]!.start < segment.start)
        mentionIndex += 1;
      const inside: Annotation[] = [];
      for (
        let index = mentionIndex;
        index < mentions.length && mentions[index]!.start < segment.end;
        index += 1
      ) {
        if (mentions[index]!.end <= segment.end) inside.push(mentions[index]!);
      }
      const kept = nestedMentions(inside);
      for (const mention of kept) {
        const entryId = mention.glossaryEntryId;
        if (entryId !== null && entries.has(entryId) && !glossary.has(entryId))
          glossary.set(entryId, mention.id);
      }
      if (segment.start > cursor) body.push(ignorable(text.slice(cursor, segment.start)));
      const { state, subState } = xliffStateOfStatus[segment.status];
      const stateAttributes = `state="${state}"${subState ? ` subState="${subState}"` : ''}`;
      body.push(
        `      <segment id="${segmentXliffId(segment.id)}" ${stateAttributes}>`,
        `        <source>${sourceContent(text, segment, kept, entries)}</source>`,
        // XLIFF wants a target once a segment is past its initial state; an empty one says "none yet".
        ...(segment.target !== '' || state !== 'initial'
          ? [`        <target>${xliffText(segment.target)}</target>`]
          : []),
        '      </segment>',
      );
      cursor = segment.end;
    }
    if (body.length === 0) return;
    if (block.end > cursor) body.push(ignorable(text.slice(cursor, block.end)));
    units += 1;
    lines.push(`    <unit id="${unitId(blockIndex)}">`);
    if (glossary.size > 0) {
      lines.push('      <gls:glossary>');
      for (const [entryId, firstMention] of glossary)
        lines.push(glossEntry(entries.get(entryId)!, firstMention));
      lines.push('      </gls:glossary>');
    }
    lines.push(...body, '    </unit>');
  });
  // A file needs a unit: an article with no segments yet gets one with its first block as ignorable.
  if (units === 0) {
    const first = blocks[0];
    lines.push(
      `    <unit id="${unitId(0)}">`,
      ignorable(first ? text.slice(first.start, first.end) : ''),
      '    </unit>',
    );
  }
  lines.push('  </file>', '</xliff>', '');
  return lines.join('\n');
}
