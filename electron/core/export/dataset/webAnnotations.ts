import { codePointOffsets } from '../../../../shared/offsets';
import { claimRatings, isRatedVerdict } from '../../../../shared/claims/claimFields';
import type { DatasetArticle, DatasetClaim, DatasetSpan } from './datasetArticles';

/// The JSON-LD context every W3C Web Annotation names.
export const webAnnotationContext = 'http://www.w3.org/ns/anno.jsonld';

/// The IRI an exported article or annotation is named by when it has no web address of its own.
export function passerelleIri(kind: 'article' | 'annotation', id: number): string {
  return `urn:passerelle:${kind}:${id}`;
}

// A claim's review as an assessing body (its verdict, then the summary), and its English text as
// a describing body.
function claimBodies(claim: DatasetClaim): object[] {
  const verdict = isRatedVerdict(claim.verdict)
    ? claimRatings[claim.verdict].name
    : claimVerdictNames[claim.verdict];
  const assessing = {
    type: 'TextualBody',
    purpose: 'assessing',
    value: claim.reviewSummary === '' ? verdict : `${verdict}: ${claim.reviewSummary}`,
    language: 'en',
    format: 'text/plain',
  };
  if (claim.englishText === '') return [assessing];
  return [
    assessing,
    {
      type: 'TextualBody',
      purpose: 'describing',
      value: claim.englishText,
      language: 'en',
      format: 'text/plain',
    },
  ];
}

const claimVerdictNames = { unverified: 'Unverified', unverifiable: 'Unverifiable' } as const;

function bodies(span: DatasetSpan): object[] {
  const tagging = { type: 'TextualBody', purpose: 'tagging', value: span.label, format: 'text/plain' };
  if (span.claim !== null) return [tagging, ...claimBodies(span.claim)];
  if (span.entry === null) return [tagging];
  const identifying =
    span.entry.wikidataId === ''
      ? {
          type: 'TextualBody',
          purpose: 'identifying',
          value: span.entry.englishTerm === '' ? span.entry.frenchTerm : span.entry.englishTerm,
          language: span.entry.englishTerm === '' ? 'fr' : 'en',
          format: 'text/plain',
        }
      : { id: `http://www.wikidata.org/entity/${span.entry.wikidataId}`, purpose: 'identifying' };
  return [tagging, identifying];
}

/// One span as a W3C Web Annotation (JSON-LD): the label as a tagging body, the glossary entry
/// as an identifying body (its Wikidata IRI where known, else its English term), and a target on
/// the article (its URL where known) with a TextQuoteSelector and a TextPositionSelector whose
/// offsets count code points, as the model requires.
export function webAnnotation(
  article: DatasetArticle,
  span: DatasetSpan,
  offsets = codePointOffsets(article.text),
) {
  return {
    '@context': webAnnotationContext,
    id: passerelleIri('annotation', span.id),
    type: 'Annotation',
    motivation: span.kind === 'claim' ? 'assessing' : 'identifying',
    created: span.createdAt,
    ...(span.author === '' ? {} : { creator: { type: 'Person', name: span.author } }),
    body: bodies(span),
    target: {
      source: article.sourceUrl ?? passerelleIri('article', article.id),
      selector: [
        { type: 'TextQuoteSelector', exact: span.text, prefix: span.prefix, suffix: span.suffix },
        {
          type: 'TextPositionSelector',
          start: offsets.toCodePoints(span.start),
          end: offsets.toCodePoints(span.end),
        },
      ],
    },
  };
}

/// The opening of an AnnotationCollection of `total` annotations, whose items follow one by one
/// (`webAnnotationItem`), then `webAnnotationCollectionEnd`: written in pieces, so a large
/// collection is never held whole.
export function webAnnotationCollectionStart(label: string, total: number): string {
  const head = JSON.stringify({
    '@context': webAnnotationContext,
    type: 'AnnotationCollection',
    label,
    total,
  });
  return `${head.slice(0, -1)},"first":{"type":"AnnotationPage","startIndex":0,"items":[\n`;
}

/// One item of the collection, `index` counting from 0 (items after the first start with a comma).
export function webAnnotationItem(annotation: object, index: number): string {
  return `${index === 0 ? '' : ',\n'}${JSON.stringify(annotation)}`;
}

/// The end of the collection `webAnnotationCollectionStart` opened.
export const webAnnotationCollectionEnd = '\n]}}\n';
