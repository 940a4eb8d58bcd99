import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

// franc's own constants: it reads the first 2,048 characters, and a trigram a language's
// profile lacks costs the most a rank difference can.
const maxSample = 2048;
const missingTrigramCost = 300;

/// One script's trigram profiles, inverted: for each trigram, a dense id and the languages whose
/// profile holds it with its rank there, so a text's trigrams are looked up once, not once per
/// language, and only the languages that know a trigram are visited.
interface ScriptProfiles {
  readonly languages: readonly string[];
  /// Trigrams whose three code units are all below `smallUnit`, by `smallKey`, in an open-addressing
  /// table (a key per slot, -1 when empty, and the trigram's id in `smallIds` at the same slot),
  /// cheaper than a Map for a text's thousand look-ups.
  readonly smallKeys: Int32Array;
  readonly smallIds: Int32Array;
  /// The others, by the trigram itself.
  readonly ids: ReadonlyMap<string, number>;
  /// Trigram `id`'s languages are `pairLanguages[pairStarts[id]]` up to `pairStarts[id + 1]`, with
  /// their rank there plus one (`pairRanks`).
  readonly pairStarts: Int32Array;
  readonly pairLanguages: Int32Array;
  readonly pairRanks: Int32Array;
  /// Scratch space: a text's count of each trigram, by id, zero between texts.
  readonly counts: Int32Array;
}

// A trigram of code units under 0x400 (Latin with its extensions, and more) packs into a small
// integer, which a Map looks up without making and hashing a string for each of a text's trigrams.
const smallUnit = 0x400;
const smallKey = (first: number, second: number, third: number): number =>
  (first * smallUnit + second) * smallUnit + third;
// A key's first slot in a table of `mask + 1` slots (Fibonacci hashing).
const firstSlot = (key: number, mask: number): number => (Math.imul(key, 0x9e3779b1) >>> 0) & mask;

// The slot of `key` in `keys`, or of the empty slot where it would go.
function slotOf(keys: Int32Array, key: number): number {
  const mask = keys.length - 1;
  let slot = firstSlot(key, mask);
  for (let found = keys[slot] ?? -1; found !== key && found !== -1; found = keys[slot] ?? -1) {
    slot = (slot + 1) & mask;
  }
  return slot;
}

function invert(profiles: Record<string, string>): ScriptProfiles {
  const languages = Object.keys(profiles);
  // Each trigram's `language, rank` pairs, in language order.
  const pairs = new Map<string, number[]>();
  languages.forEach((language, index) => {
    const trigrams = (profiles[language] ?? '').split('|');
    // From the end, as franc builds its dictionaries: a trigram listed twice keeps its first rank.
    for (let rank = trigrams.length - 1; rank >= 0; rank--) {
      const trigram = trigrams[rank] ?? '';
      const row = pairs.get(trigram);
      if (row === undefined) pairs.set(trigram, [index, rank]);
      else if (row[row.length - 2] === index) row[row.length - 1] = rank;
      else row.push(index, rank);
    }
  });
  let slots = 1;
  while (slots < pairs.size * 4) slots *= 2;
  const smallKeys = new Int32Array(slots).fill(-1);
  const smallIds = new Int32Array(slots);
  const ids = new Map<string, number>();
  const pairStarts = new Int32Array(pairs.size + 1);
  const pairCount = [...pairs.values()].reduce((sum, row) => sum + row.length / 2, 0);
  const pairLanguages = new Int32Array(pairCount);
  const pairRanks = new Int32Array(pairCount);
  let id = 0;
  let at = 0;
  for (const [trigram, row] of pairs) {
    // charCodeAt is NaN past the end, so a shorter trigram is looked up by itself.
    const [first, second, third] = [trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2)];
    if (trigram.length === 3 && first < smallUnit && second < smallUnit && third < smallUnit) {
      const slot = slotOf(smallKeys, smallKey(first, second, third));
      smallKeys[slot] = smallKey(first, second, third);
      smallIds[slot] = id;
    } else ids.set(trigram, id);
    pairStarts[id] = at;
    for (let index = 0; index + 1 < row.length; index += 2) {
      pairLanguages[at] = row[index] ?? 0;
      pairRanks[at] = (row[index + 1] ?? 0) + 1;
      at++;
    }
    id++;
  }
  pairStarts[id] = at;
  return {
    languages,
    smallKeys,
    smallIds,
    ids,
    pairStarts,
    pairLanguages,
    pairRanks,
    counts: new Int32Array(id),
  };
}

const profilesByScript = new Map(
  Object.entries(data).map(([script, profiles]) => [script, invert(profiles)]),
);

// franc's script expressions match one code unit at a time, except for Han's surrogate pairs:
// outside surrogates, whether a unit counts for a script depends on that unit alone. So each unit
// a text holds is tested against every expression once (per worker) and remembered as a bit mask.
const scripts = Object.entries(expressions).map(([name, expression]) => ({
  name,
  expression,
  one: new RegExp(`^(?:${expression.source})$`),
}));
if (scripts.length > 31) throw new Error('franc names more scripts than a bit mask holds.');
const masksByUnit = new Int32Array(0x10000).fill(-1);
function scriptMask(unit: number): number {
  let mask = masksByUnit[unit] ?? -1;
  if (mask === -1) {
    mask = 0;
    const character = String.fromCharCode(unit);
    scripts.forEach(({ one }, index) => {
      if (one.test(character)) mask |= 1 << index;
    });
    masksByUnit[unit] = mask;
  }
  return mask;
}
const surrogate = /[\ud800-\udfff]/;
/// Whether text holds a surrogate (half of a character outside the BMP, paired or not).
export const hasSurrogate = (text: string): boolean => surrogate.test(text);

// How many of `sample`'s characters each script's expression matches, in `scripts`' order.
function scriptCounts(sample: string): number[] {
  if (hasSurrogate(sample)) {
    return scripts.map(({ expression }) => sample.match(expression)?.length ?? 0);
  }
  const counts = new Array<number>(scripts.length).fill(0);
  for (let index = 0; index < sample.length; index++) {
    for (let mask = scriptMask(sample.charCodeAt(index)); mask !== 0; mask &= mask - 1) {
      const script = 31 - Math.clz32(mask & -mask);
      counts[script] = (counts[script] ?? 0) + 1;
    }
  }
  return counts;
}

// franc's script choice: the script whose characters are the largest share of the sample, the
// first listed on a tie.
export function topScript(sample: string): { script: string | undefined; share: number } {
  let script: string | undefined;
  let share = -1;
  scriptCounts(sample).forEach((matched, index) => {
    const count = matched / sample.length || 0;
    if (count > share) {
      share = count;
      script = scripts[index]?.name;
    }
  });
  return { script, share };
}

// trigram-utils' `asDictionary`, which franc uses: ASCII punctuation and digits become spaces,
// white space is collapsed, the text is lower-cased and padded with a space at each end. Only the
// trigrams some profile of the script holds are counted (by id): the others cost every language
// the same, so they cannot change the order.
// Returns the ids of the trigrams counted, their counts left in `profiles.counts` (which the
// caller zeroes again).
// `clean` is false for a sample of letter runs joined by single spaces (`closestLanguageOfWords`),
// which the cleaning would leave as it is but for the case and the padding.
function countTrigrams(sample: string, profiles: ScriptProfiles, clean: boolean): number[] {
  const cleaned = clean
    ? ` ${sample
        .replace(/[\u0021-\u0040]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase()} `
    : ` ${sample.toLowerCase()} `;
  const { counts, smallKeys, smallIds } = profiles;
  const seen: number[] = [];
  // The key of the last three code units, rolled on one unit at a time, and how many of those
  // (up to three) are below `smallUnit`.
  let key = 0;
  let small = 0;
  for (let index = 0; index < cleaned.length; index++) {
    const unit = cleaned.charCodeAt(index);
    if (unit < smallUnit) {
      key = (key % (smallUnit * smallUnit)) * smallUnit + unit;
      small = Math.min(small + 1, 3);
    } else small = 0;
    if (index < 2) continue;
    let id: number | undefined;
    if (small === 3) {
      const slot = slotOf(smallKeys, key);
      if (smallKeys[slot] === key) id = smallIds[slot];
    } else id = profiles.ids.get(cleaned.slice(index - 2, index + 1));
    if (id === undefined) continue;
    if (counts[id] === 0) seen.push(id);
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return seen;
}

/// franc-min's verdict on `text` (an ISO 639-3 code, or 'und'), computed as franc computes it
/// (the same script choice, trigrams, profiles, distances and tie order) but with its profiles
/// inverted, so each of the text's trigrams is looked up once rather than once per language of
/// its script: several times faster. `closestLanguage.test.ts` holds it to franc's answers.
export function closestLanguage(text: string, minLength = 10): string {
  return verdict(text, minLength, true);
}

/// `closestLanguage` of `words`, letter runs (`\p{L}+`) joined by single spaces, as
/// `detectLanguage` samples a text: the same verdict, without franc's cleaning of punctuation,
/// digits and white space, of which such a sample has none.
export function closestLanguageOfWords(words: string): string {
  return verdict(words, 10, false);
}

function verdict(text: string, minLength: number, clean: boolean): string {
  if (text.length < minLength) return 'und';
  const sample = text.slice(0, maxSample);
  const { script, share } = topScript(sample);
  if (script === undefined) return 'und';
  const profiles = profilesByScript.get(script);
  // A script only one language writes names it; no trigrams are needed.
  if (profiles === undefined) return share === 0 ? 'und' : script;

  // Each language's distance less what every trigram would cost it if its profile lacked them all
  // (the same for every language, so the order is franc's; the sums are of integers, so exact).
  const distances = new Int32Array(profiles.languages.length);
  const { counts, pairStarts, pairLanguages, pairRanks } = profiles;
  for (const id of countTrigrams(sample, profiles, clean)) {
    const count = counts[id] ?? 0;
    counts[id] = 0;
    const end = pairStarts[id + 1] ?? 0;
    for (let pair = pairStarts[id] ?? 0; pair < end; pair++) {
      const language = pairLanguages[pair] ?? 0;
      distances[language] =
        (distances[language] ?? 0) + Math.abs(count - (pairRanks[pair] ?? 0)) - missingTrigramCost;
    }
  }
  let best = 0;
  for (let language = 1; language < distances.length; language++) {
    if ((distances[language] ?? 0) < (distances[best] ?? 0)) best = language;
  }
  return profiles.languages[best] ?? 'und';
}
