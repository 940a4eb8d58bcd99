/// The form of a segment's French source that finds its repeats: NFC, every run of white space
/// (no-break and narrow no-break spaces, tabs and line breaks included) made one plain space, and
/// trimmed. Case, accents and punctuation stay, so "Il pleut." and "il pleut." are not repeats.
export function segmentSourceKey(source: string): string {
  return source.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
