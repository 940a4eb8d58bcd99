import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/en/translation.json';
import fr from '../i18n/locales/fr/translation.json';
import { uiTranslator } from '../testing/uiTranslator';
import { checkSegment, qaIssueCodes, type QaEntry, type QaIssue } from './qa';

const pekin: QaEntry = {
  id: 1,
  frenchTerm: 'Pékin',
  englishTerm: 'Beijing',
  englishAvoid: ['Peking'],
  decision: 'translate',
};

function issuesOf(target: string, mentionCount = 1): QaIssue[] {
  return checkSegment({
    source: 'Pékin a donné son feu vert pour 400 000 GPU.',
    target,
    status: 'draft',
    mentions: Array.from({ length: mentionCount }, (_, i) => ({
      annotationId: i + 1,
      start: 0,
      end: 5,
      quote: 'Pékin',
      entry: pekin,
      firstInArticle: i === 0,
    })),
    claims: [],
    ignoredIssues: [],
  });
}

describe('QA messages', () => {
  it('give every issue code and severity a message in English and in French', () => {
    const messages = (locale: typeof en | typeof fr, code: string): unknown =>
      (locale.qa as Record<string, unknown>)[code] ?? (locale.qa as Record<string, unknown>)[`${code}_other`];
    for (const code of qaIssueCodes) {
      expect(messages(en, code), code).toMatch(/\S/);
      expect(messages(fr, code), code).toMatch(/\S/);
      expect(messages(fr, code), code).not.toBe(messages(en, code));
    }
    expect(Object.keys(en.qa.severity).sort()).toEqual(['error', 'warning']);
  });

  it('name the expected term when a variant to avoid is typed, in both languages', async () => {
    const [avoided] = issuesOf('Peking gave the green light for 400,000 GPUs.');
    expect(avoided?.code).toBe('termAvoided');
    const english = await uiTranslator('en');
    const french = await uiTranslator('fr');
    expect(english(`qa.${avoided!.code}`, avoided!.params)).toBe(
      '“Peking” is a variant to avoid: write “Beijing” for Pékin',
    );
    expect(french(`qa.${avoided!.code}`, avoided!.params)).toBe(
      '«\u00a0Peking\u00a0» est une variante à éviter\u00a0: écrivez «\u00a0Beijing\u00a0» pour Pékin',
    );
  });

  it('phrase a missing term, a count and a changed figure from their params', async () => {
    const english = await uiTranslator('en');
    const french = await uiTranslator('fr');
    const say = (issue: QaIssue | undefined) => [
      english(`qa.${issue!.code}`, issue!.params),
      french(`qa.${issue!.code}`, issue!.params),
    ];
    expect(say(issuesOf('China gave the green light for 400,000 GPUs.')[0])).toEqual([
      '“Beijing” expected for Pékin',
      '«\u00a0Beijing\u00a0» attendu pour Pékin',
    ]);
    expect(say(issuesOf('Beijing gave it the green light for 400,000 GPUs.', 2)[0])).toEqual([
      '“Beijing” renders only 1 of the 2 mentions of Pékin',
      '«\u00a0Beijing\u00a0» ne rend que 1 des 2 mentions de Pékin',
    ]);
    expect(say(issuesOf('Beijing gave the green light for 40,000 GPUs.')[0])).toEqual([
      '400 000 became 40,000',
      '400 000 est devenu 40,000',
    ]);
  });
});
