import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { SegmentStatus } from '../../../../../shared/domain';
import { PasserelleError } from '../../../../../shared/errors';
import { isXliffState, statusOfXliffState } from '../../../../../shared/translation/segmentStates';
import { articleMetaCategory, xliffNamespaces } from './xliffNamespaces';

/// One segment of an XLIFF file read back: the Passerelle segment it is (from its `s<id>`), its
/// source text (the text inside term markers included), its target (the empty string when it has
/// none) and its status from `state` and `subState`.
export interface XliffSegment {
  readonly segmentId: number;
  readonly source: string;
  readonly target: string;
  readonly status: SegmentStatus;
}

/// What an XLIFF file of Passerelle's says: the article it holds and its segments, in file order.
export interface XliffTranslation {
  readonly articleId: number;
  readonly segments: readonly XliffSegment[];
}

/// The XLIFF versions read: 2.1, and 2.0, whose core is the same.
export const readableXliffVersions = ['2.0', '2.1'] as const;

function invalid(line: number, message: string): PasserelleError {
  return new PasserelleError('parse_failed', `The XLIFF file cannot be read (line ${line}): ${message}`, {
    detail: 'xliffLine',
    line,
  });
}

interface OpenSegment {
  readonly segmentId: number;
  readonly status: SegmentStatus;
  readonly line: number;
  source: string | undefined;
  target: string | undefined;
}

/// Reads an XLIFF 2.1 file written by `writeXliff` (or by another tool from one) with a real XML
/// parser: the article id (from the file's `passerelle:article` metadata, else its `a<id>` file
/// id) and, per segment, its Passerelle id, source, target and status. Elements of modules it does
/// not know are skipped; inline codes keep their text, `<cp>` gives back its character. A file
/// that is not well-formed, is not XLIFF 2.0/2.1, holds more than one article, has a segment with
/// no Passerelle id (or the same twice) or a state XLIFF does not define is a `parse_failed`
/// error naming the line.
export function readXliff(content: string): XliffTranslation {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: SaxesTagNS[] = [];
  const segments: XliffSegment[] = [];
  const seen = new Set<number>();
  let files = 0;
  let fileArticleId: number | undefined;
  let metaArticleId: number | undefined;
  let segment: OpenSegment | undefined;
  // The text being collected: a segment's source or target, or the article id's `mda:meta`.
  let capture: { kind: 'source' | 'target' | 'articleId'; depth: number; parts: string[] } | undefined;

  const isCore = (tag: SaxesTagNS | undefined, local: string): boolean =>
    tag !== undefined && tag.uri === xliffNamespaces.core && tag.local === local;
  const attribute = (tag: SaxesTagNS, name: string): string | undefined => tag.attributes[name]?.value;

  parser.on('opentag', (tag) => {
    const line = parser.line;
    const parent = stack.at(-1);
    stack.push(tag);
    if (stack.length === 1) {
      if (!isCore(tag, 'xliff'))
        throw invalid(line, `the root element is <${tag.name}>, not an XLIFF 2 <xliff>.`);
      const version = attribute(tag, 'version');
      if (!(readableXliffVersions as readonly string[]).includes(version ?? '')) {
        throw invalid(
          line,
          `XLIFF version ${version ?? '(none)'} is not supported; Passerelle reads XLIFF 2.1 and 2.0.`,
        );
      }
      const trgLang = attribute(tag, 'trgLang');
      if (trgLang !== undefined && !/^en(-|$)/i.test(trgLang)) {
        throw invalid(line, `the target language is ${trgLang}, not English.`);
      }
      return;
    }
    if (capture) {
      if (isCore(tag, 'cp')) {
        const code = Number.parseInt(attribute(tag, 'hex') ?? '', 16);
        if (!Number.isInteger(code) || code < 0 || code > 0x10ffff)
          throw invalid(line, 'a <cp> has no valid hex code point.');
        capture.parts.push(code <= 0xffff ? String.fromCharCode(code) : String.fromCodePoint(code));
      }
      return;
    }
    if (isCore(tag, 'file') && isCore(parent, 'xliff')) {
      files += 1;
      if (files > 1)
        throw invalid(line, 'the file holds more than one <file>; Passerelle reads one article per file.');
      const match = /^a(\d+)$/.exec(attribute(tag, 'id') ?? '');
      fileArticleId = match ? Number(match[1]) : undefined;
    } else if (
      tag.uri === xliffNamespaces.metadata &&
      tag.local === 'meta' &&
      attribute(tag, 'type') === 'articleId' &&
      parent?.uri === xliffNamespaces.metadata &&
      parent.local === 'metaGroup' &&
      attribute(parent, 'category') === articleMetaCategory
    ) {
      capture = { kind: 'articleId', depth: stack.length, parts: [] };
    } else if (isCore(tag, 'segment') && isCore(parent, 'unit')) {
      const id = attribute(tag, 'id');
      const match = /^s(\d+)$/.exec(id ?? '');
      if (!match) {
        throw invalid(
          line,
          id === undefined
            ? 'a <segment> has no id.'
            : `the segment id ${id} is not a Passerelle segment id (s<number>).`,
        );
      }
      const segmentId = Number(match[1]);
      if (seen.has(segmentId)) throw invalid(line, `the segment id ${id} appears twice.`);
      seen.add(segmentId);
      const state = attribute(tag, 'state');
      if (state !== undefined && !isXliffState(state))
        throw invalid(line, `the segment state ${state} is not an XLIFF 2 state.`);
      segment = {
        segmentId,
        status: statusOfXliffState(state, attribute(tag, 'subState')),
        line,
        source: undefined,
        target: undefined,
      };
    } else if (segment && isCore(parent, 'segment') && (isCore(tag, 'source') || isCore(tag, 'target'))) {
      capture = { kind: tag.local === 'source' ? 'source' : 'target', depth: stack.length, parts: [] };
    }
  });

  const collect = (text: string): void => {
    capture?.parts.push(text);
  };
  parser.on('text', collect);
  parser.on('cdata', collect);

  parser.on('closetag', (tag) => {
    if (capture && capture.depth === stack.length) {
      const text = capture.parts.join('');
      if (capture.kind === 'articleId') {
        if (!/^\d+$/.test(text.trim()))
          throw invalid(parser.line, `the article id ${text.trim()} is not a number.`);
        metaArticleId = Number(text.trim());
      } else if (segment) segment[capture.kind] = text;
      capture = undefined;
    } else if (segment && isCore(tag, 'segment')) {
      if (segment.source === undefined)
        throw invalid(segment.line, `the segment s${segment.segmentId} has no <source>.`);
      segments.push({
        segmentId: segment.segmentId,
        source: segment.source,
        target: segment.target ?? '',
        status: segment.status,
      });
      segment = undefined;
    }
    stack.pop();
  });

  try {
    parser.write(content).close();
  } catch (error) {
    if (error instanceof PasserelleError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const position = /^(\d+):(\d+): (.*)$/s.exec(message);
    throw invalid(
      position ? Number(position[1]) : parser.line,
      `it is not well-formed XML (${position ? position[3] : message}).`,
    );
  }
  if (files === 0) throw invalid(parser.line, 'the file holds no XLIFF 2 <file>.');
  const articleId = metaArticleId ?? fileArticleId;
  if (articleId === undefined) {
    throw invalid(1, 'it names no Passerelle article (no passerelle:article metadata, no a<id> file id).');
  }
  return { articleId, segments };
}
