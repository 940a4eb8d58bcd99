import { articleSchema } from '../shared/schema';
import type { Node } from 'prosemirror-model';

const vocabulary = (
  'le la les un une des du de et à au aux en dans pour par sur avec sans sous entre vers selon ' +
  'gouvernement entreprise marché économie politique région ville conseil ministre président ' +
  'accord projet budget réforme enquête rapport décision annonce semaine année mois jour ' +
  'a annoncé déclaré estimé rappelé souligné expliqué confirmé précisé ajouté indiqué ' +
  'important nouveau grand premier dernier public national local européen international ' +
  'l’État d’abord qu’il aujourd’hui c’est n’est s’est jusqu’à « » : ; ! ? , .'
).split(' ');

/// Names sprinkled through the generated article; some are glossary terms, so suggestions hit.
export const benchNames = [
  'Pékin',
  'DeepSeek',
  'NVIDIA',
  'Jensen Huang',
  'Washington',
  'Huawei',
  'Baidu',
  'Alibaba',
];

/// A small deterministic PRNG (mulberry32), so every run measures the same article.
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/// A generated French-looking article of `words` words in paragraphs of about 40 words, with a
/// heading every 25 paragraphs; deterministic for a given seed.
export function generateArticle(words: number, seed = 1): Node {
  const random = seededRandom(seed);
  const blocks: Node[] = [];
  let written = 0;
  while (written < words) {
    const count = Math.min(40, words - written);
    const parts: string[] = [];
    for (let i = 0; i < count; i++) {
      parts.push(
        random() < 0.06
          ? benchNames[Math.floor(random() * benchNames.length)]!
          : vocabulary[Math.floor(random() * vocabulary.length)]!,
      );
    }
    written += count;
    if (blocks.length % 25 === 0)
      blocks.push(
        articleSchema.node('heading', { level: 2 }, [
          articleSchema.text('Partie ' + (blocks.length / 25 + 1)),
        ]),
      );
    blocks.push(articleSchema.node('paragraph', null, [articleSchema.text(parts.join(' '))]));
  }
  return articleSchema.node('doc', null, blocks);
}

/// `count` non-overlapping spans over whole words of `text`, spread evenly.
export function generateSpans(text: string, count: number): { start: number; end: number }[] {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const step = Math.max(1, Math.floor(words.length / count));
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < words.length && spans.length < count; i += step) {
    const word = words[i]!;
    spans.push({ start: word.index, end: word.index + word[0].length });
  }
  return spans;
}

/// A made-up name (one or two words of French-looking syllables) for a generated glossary entry.
export function glossaryTerm(random: () => number): string {
  const syllables = [
    'ka',
    'lo',
    'mi',
    'tra',
    'ven',
    'dor',
    'sel',
    'qui',
    'ber',
    'nox',
    'fal',
    'ru',
    'zé',
    'pin',
  ];
  const word = () =>
    Array.from(
      { length: 2 + Math.floor(random() * 3) },
      () => syllables[Math.floor(random() * syllables.length)],
    ).join('');
  const name = word();
  return (random() < 0.4 ? `${name} ${word()}` : name).replace(/^./, (c) => c.toUpperCase());
}
