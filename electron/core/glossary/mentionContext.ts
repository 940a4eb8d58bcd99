/// At most this many words of context on each side of a mention.
export const contextWords = 8;
/// At most about this many characters of context on each side of a mention.
export const contextChars = 60;

/// The few words before `start` in `text`: within the same paragraph, at most `contextWords`
/// words and about `contextChars` characters, never starting inside a word.
export function contextBefore(text: string, start: number): string {
  const from = Math.max(0, start - contextChars);
  let window = text.slice(from, start);
  const lineBreak = window.lastIndexOf('\n');
  if (lineBreak !== -1) window = window.slice(lineBreak + 1);
  else if (from > 0 && /\S/.test(text[from - 1]!)) window = window.replace(/^\S*/, '');
  const words = [...window.matchAll(/\S+/g)];
  const first = words.length > contextWords ? words[words.length - contextWords] : undefined;
  return (first ? window.slice(first.index) : window).trimStart();
}

/// The few words after `end` in `text`, by the same rules as `contextBefore`.
export function contextAfter(text: string, end: number): string {
  const to = Math.min(text.length, end + contextChars);
  let window = text.slice(end, to);
  const lineBreak = window.indexOf('\n');
  if (lineBreak !== -1) window = window.slice(0, lineBreak);
  else if (to < text.length && /\S/.test(text[to]!)) window = window.replace(/\S*$/, '');
  const words = [...window.matchAll(/\S+/g)];
  const last = words.length > contextWords ? words[contextWords - 1] : undefined;
  return (last ? window.slice(0, last.index + last[0].length) : window).trimEnd();
}
