import { frenchTokens, type Token } from './frenchTokens';

/// A sentence's place in the text (UTF-16 offsets) and its tokens.
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}

const finalMarks = new Set(['.', '!', '?', '…']);
const closingMarks = new Set(['»', '"', '”', ')', ']', '’']);

function startsSentence(token: Token | undefined): boolean {
  return token === undefined || /^[\p{Lu}\p{N}«"“([—–-]/u.test(token.text);
}

/// Splits French text into sentences with simple rules (the exports' tokeniser underneath): a
/// line break always ends one; so does `.`, `!`, `?` or `…` (and the closing quotes or brackets
/// after it) before a word starting with a capital, a digit or an opening quote. A title's full
/// stop ("M.", "Mme", "Pr.", "art. 49.3") and an acronym's ("S.N.C.F.") end nothing, "etc."
/// ends a sentence before a capital, and « … ! » a déclaré stays one sentence.
export function frenchSentences(text: string): Sentence[] {
  const tokens = frenchTokens(text);
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number): void => {
    const sentenceTokens = tokens.slice(first, last + 1);
    const head = sentenceTokens[0];
    const tail = sentenceTokens.at(-1);
    if (head !== undefined && tail !== undefined)
      sentences.push({ start: head.start, end: tail.end, tokens: sentenceTokens });
    first = last + 1;
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    const next = tokens[index + 1];
    if (next !== undefined && text.slice(token.end, next.start).includes('\n')) {
      close(index);
      continue;
    }
    const lowered = token.text.toLowerCase();
    // Abbreviations keep their stop inside the token, so only "etc." can also end a sentence.
    const ends = finalMarks.has(token.text) || (lowered === 'etc.' && /^\p{Lu}/u.test(next?.text ?? ''));
    if (!ends) continue;
    // Closing quotes and brackets stay with the sentence they close.
    let last = index;
    while (tokens[last + 1] !== undefined && closingMarks.has((tokens[last + 1] as Token).text)) last += 1;
    if (startsSentence(tokens[last + 1])) {
      close(last);
      index = last;
    }
  }
  if (first < tokens.length) close(tokens.length - 1);
  return sentences;
}
