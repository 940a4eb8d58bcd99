import { attributionCandidates } from '../../shared/claims/attribution';
import { foldText } from '../../shared/foldText';
import type { GlossaryEntry } from '../../shared/domain';

/// The names French attributions around a claim at `start`–`end` of `text` point at ("selon
/// Bruno Le Maire") that no glossary entry is called yet, best first, each once: claimants to
/// offer as a new entry.
export function claimantOffers(
  text: string,
  start: number,
  end: number,
  glossary: readonly GlossaryEntry[],
): string[] {
  const known = new Set(
    glossary.flatMap((entry) => [entry.frenchTerm, ...entry.frenchVariants].map(foldText)),
  );
  const offers: string[] = [];
  for (const attribution of attributionCandidates(text, start, end)) {
    const name = attribution.kind === 'named' ? attribution.name : null;
    if (!name) continue;
    const words = text.slice(name.start, name.end);
    if (known.has(foldText(words)) || offers.some((offered) => foldText(offered) === foldText(words)))
      continue;
    offers.push(words);
  }
  return offers;
}
