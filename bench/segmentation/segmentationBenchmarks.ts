import { articleText } from '../../shared/articleText';
import { segmentSentences } from '../../shared/translation/segmentSentences';
import { generateArticle, seededRandom } from '../generateArticle';
import { pairedSyncRounds, type PairedFigure } from '../stats';

/// The segmenter's figure: cutting a generated article into sentences against Intl.Segmenter's
/// sentence iterator over the same text, line by line.
export interface SegmentationFigures {
  readonly words: number;
  readonly characters: number;
  readonly segments: number;
  readonly cut: PairedFigure;
}

// French abbreviations and quotations the rules look at, sprinkled through the article.
const tricky = [
  'M. Dupont',
  'MM. Dupont et Durand',
  'le Pr. Martin',
  'l’art. 49.3',
  'la S.N.C.F.',
  'etc. puis',
  'env. 300',
  'J.-L. Mélenchon',
  '« Nous irons jusqu’au bout ! » a déclaré',
  '« C’est fini. » Puis',
  'p. 12',
  'www.lemonde.fr',
  '1,5 milliard',
  '3.5',
];

/// The text of `generateArticle(words)` made to read like sentences (a capital after each
/// full stop, question or exclamation mark) with tricky French pieces in about one word in 30.
export function segmentationText(words: number): string {
  const random = seededRandom(5);
  const text = articleText(generateArticle(words))
    .split(' ')
    .map((word) => (random() < 1 / 30 ? (tricky[Math.floor(random() * tricky.length)] ?? word) : word))
    .join(' ');
  return text.replace(
    /([.?!] +)(\p{Ll})/gu,
    (_match, mark: string, letter: string) => mark + letter.toUpperCase(),
  );
}

function timed(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/// `segmentSentences` over a generated article of `words` words against `Intl.Segmenter`
/// ('fr', sentences) walking the same text one line at a time (what the interim segmenter did),
/// `rounds` paired rounds. Line by line because V8's segmenter slows down more than linearly on
/// one long string: over the whole 400,000-character article at once, 22 rounds did not end in
/// ten minutes; one 80,000-character string took 3–4 s.
export function segmentationBenchmarks(
  words: number,
  rounds: number,
  log: (message: string) => void,
): SegmentationFigures {
  const text = segmentationText(words);
  const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
  let segments = 0;
  let intlSegments = 0;
  const cut = pairedSyncRounds(
    rounds,
    () =>
      timed(() => {
        let count = 0;
        for (const line of text.split('\n'))
          for (const piece of segmenter.segment(line)) if (piece.segment.trim() !== '') count += 1;
        intlSegments = count;
      }),
    () => timed(() => (segments = segmentSentences(text).length)),
  );
  log(
    `segmentation: ${words} words, ${text.length} characters, ${segments} segments (Intl.Segmenter: ${intlSegments})`,
  );
  return { words, characters: text.length, segments, cut };
}
