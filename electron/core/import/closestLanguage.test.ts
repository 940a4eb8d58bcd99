import { readFileSync } from 'node:fs';
import { franc } from 'franc-min';
import { data } from 'franc-min/data.js';
import { describe, expect, it } from 'vitest';
import { closestLanguage, closestLanguageOfWords } from './closestLanguage';
import { letterRuns } from './detectLanguage';
import { seededRandom } from '../testing/seededRandom';

const corpus = new URL('../../../../shared/corpus/', import.meta.url);

const news = [
  'Le conseil municipal de Rouen a adopté jeudi le budget de la ville. « Nous avons fait des choix », a dit le maire.',
  'The city council adopted the budget on Thursday, and the mayor said that the tax increase would be limited.',
  'Der Stadtrat hat am Donnerstag den Haushalt beschlossen, und der Bürgermeister sagte, dass die Erhöhung begrenzt bleibe.',
  'El ayuntamiento aprobó el jueves el presupuesto de la ciudad, y el alcalde dijo que la subida será limitada.',
  'Il consiglio comunale ha approvato giovedì il bilancio della città, e il sindaco ha detto che l’aumento sarà limitato.',
  'A câmara municipal aprovou na quinta-feira o orçamento da cidade, e o presidente disse que o aumento será limitado.',
  'De gemeenteraad heeft donderdag de begroting van de stad goedgekeurd, en de burgemeester zei dat de verhoging beperkt blijft.',
  'Городской совет в четверг принял бюджет города, и мэр сказал, что рост налога будет ограничен.',
  'Το δημοτικό συμβούλιο ενέκρινε την Πέμπτη τον προϋπολογισμό της πόλης.',
  '市议会周四通过了城市预算，市长表示税收增长将受到限制。',
  'مجلس المدينة وافق يوم الخميس على ميزانية المدينة، وقال العمدة إن الزيادة ستكون محدودة.',
  'नगर परिषद ने गुरुवार को शहर का बजट पारित किया और महापौर ने कहा कि कर वृद्धि सीमित रहेगी।',
  '1 2 3 4 5 6 7 8 9 10 11 12 — « » ; : ! ? 2026-01-30 42 %',
  // Characters outside the BMP (surrogate pairs): an emoji, Han of plane 2, a Latin letter of plane 1.
  'Le maire 🙂 a signé le budget 🏛️ de la ville, et 𠀀𠀁𠀂 市议会 𝐀 𐞀 les élus ont voté.',
];

// Texts of every script franc knows and of every language it profiles, close calls included:
// windows of the corpus articles, mixtures of news sentences in thirteen languages, and "words"
// drawn from one or two languages' own trigram profiles, cut to lengths around franc's minimum
// and its 2,048-character sample.
function sampleTexts(): string[] {
  const random = seededRandom(9);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const length = () => pick([8, 10, 12, 20, 40, 80, 200, 600, 2047, 2048, 2049, 3000]);
  const texts: string[] = [];
  for (const name of [
    'budget-rouen.fr.cp1252.txt',
    'reacteur-flamanville.fr.html',
    'seed-h200-chine.fr.txt',
  ]) {
    const text = readFileSync(new URL(name, corpus), 'latin1');
    for (let index = 0; index < 100; index++) {
      const start = Math.floor(random() * text.length);
      texts.push(text.slice(start, start + length()));
    }
  }
  for (let index = 0; index < 300; index++) {
    const parts = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(news));
    texts.push(parts.join(' ').slice(0, length()));
  }
  const profiles = Object.values(data).flatMap((languages) =>
    Object.values(languages).map((profile) => profile.split('|')),
  );
  for (const profile of profiles) {
    for (let index = 0; index < 24; index++) {
      const other = index % 2 === 0 ? profile : pick(profiles);
      const words: string[] = [];
      for (let count = 0; count < 10 + Math.floor(random() * 400); count++)
        words.push(pick(random() < 0.7 ? profile : other).trim());
      texts.push(words.join(random() < 0.5 ? ' ' : '').slice(0, length()));
    }
  }
  return texts;
}

describe('closestLanguage', () => {
  const texts = sampleTexts();

  it('gives franc-min’s verdict on 2,000 texts of every script and profiled language', () => {
    expect(texts.length).toBeGreaterThan(2000);
    const verdicts = new Set<string>();
    for (const text of texts) {
      const expected = franc(text);
      verdicts.add(expected);
      expect(closestLanguage(text), text).toBe(expected);
    }
    // The sample is not all French: most of franc's languages, and 'und', come out of it.
    expect(verdicts.size).toBeGreaterThan(50);
    expect(verdicts).toContain('und');
  });

  it('gives franc-min’s verdict with its minimum length moved', () => {
    for (const text of texts.slice(0, 400)) {
      expect(closestLanguage(text, 0), text).toBe(franc(text, { minLength: 0 }));
      expect(closestLanguage(text, 100), text).toBe(franc(text, { minLength: 100 }));
    }
  });

  it('gives franc-min’s verdict on the texts’ words joined by spaces, as detectLanguage samples them', () => {
    for (const text of texts) {
      const words = letterRuns(text).join(' ');
      expect(closestLanguageOfWords(words), words).toBe(franc(words));
    }
  });
});

describe('letterRuns', () => {
  it('finds the runs of letters the expression finds', () => {
    const texts = [...sampleTexts(), ...news, 'E\u0301tat l’État d’Alibaba 3e 42 ½ ǅ ʰ ー 〇'];
    for (const text of texts) expect(letterRuns(text), text).toEqual(text.match(/\p{L}+/gu) ?? []);
  });
});
