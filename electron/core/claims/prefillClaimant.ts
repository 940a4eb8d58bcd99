import { findAttribution } from '../../../shared/claims/attribution';
import { claimantLabels } from '../../../shared/claims/claimFields';
import { foldText } from '../../../shared/foldText';
import type { CoreContext } from '../coreContext';
import { cachedStatement } from '../store/rows';

/// Who a new claim is first attributed to: a Person or Organisation glossary entry, or an unnamed
/// source's description, or neither.
export interface PrefilledClaimant {
  readonly entryId: number | null;
  readonly description: string;
}

interface MentionRow {
  start: number;
  end: number;
  entry_id: number;
  label: string;
}

// How far before a claim a pronoun's antecedent ("a-t-il déclaré") is looked for.
const antecedentReach = 600;

const claimantLabelList = claimantLabels.map((label) => `'${label}'`).join(', ');

function mentions(ctx: CoreContext, articleId: number): MentionRow[] {
  return cachedStatement(
    ctx.store,
    `SELECT a.start, a.end, g.id AS entry_id, g.label FROM annotations a
       JOIN glossary_entries g ON g.id = a.glossary_entry_id
      WHERE a.article_id = ? AND a.kind = 'entity' AND g.label IN (${claimantLabelList})
      ORDER BY a.start`,
  ).all(articleId) as MentionRow[];
}

/// The Person or Organisation entry named `name` (its French term or a variant, folded; an
/// approved one first), or null.
export function claimantEntryNamed(ctx: CoreContext, name: string): number | null {
  const row = cachedStatement(
    ctx.store,
    `SELECT id FROM glossary_entries WHERE label IN (${claimantLabelList}) AND instr(match_keys, ?) > 0
      ORDER BY status = 'approved' DESC, id LIMIT 1`,
  ).get(`\n${foldText(name)}\n`) as { id: number } | undefined;
  return row?.id ?? null;
}

/// The claimant of a claim at `start`–`end` of the article's `text`, as a reviewer would first
/// guess it: the one person the claim itself mentions; else the person or organisation a French
/// attribution around it names (« … », a déclaré X; selon X; X estime que …), found as a marked
/// mention or as a glossary entry; for a pronoun (« … », a-t-il déclaré), the last person or
/// organisation mentioned shortly before; for an unnamed source ("un responsable du secteur"),
/// its description.
export function prefilledClaimant(
  ctx: CoreContext,
  articleId: number,
  text: string,
  start: number,
  end: number,
): PrefilledClaimant {
  const marked = mentions(ctx, articleId);
  const people = new Set(
    marked
      .filter((mention) => mention.label === 'person' && mention.start >= start && mention.end <= end)
      .map((mention) => mention.entry_id),
  );
  if (people.size === 1) return { entryId: [...people][0] ?? null, description: '' };

  const attribution = findAttribution(text, start, end);
  if (!attribution) return { entryId: null, description: '' };
  if (attribution.kind === 'unattributed') return { entryId: null, description: attribution.claimant.text };
  if (attribution.kind === 'pronoun') {
    const before = marked.filter(
      (mention) =>
        mention.end <= Math.min(start, attribution.cue.start) && mention.end >= start - antecedentReach,
    );
    return { entryId: before.at(-1)?.entry_id ?? null, description: '' };
  }
  const name = attribution.name ?? attribution.claimant;
  const mention = marked.find((candidate) => candidate.start < name.end && candidate.end > name.start);
  return { entryId: mention?.entry_id ?? claimantEntryNamed(ctx, name.text), description: '' };
}
