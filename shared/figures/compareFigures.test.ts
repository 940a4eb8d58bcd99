import { describe, expect, it } from 'vitest';
import { compareFigures, compareTranslationFigures, type FigureComparison } from './compareFigures';
import { extractFigures } from './extractFigures';

/// A comparison as short strings: "400 000 = 400,000", "400 000 → 40,000 [value]", "- x", "+ y".
function summary(comparison: FigureComparison): string[] {
  return [
    ...comparison.matched.map(({ source, target }) => `${source.text} = ${target.text}`),
    ...comparison.changed.map(
      ({ source, target, differences }) => `${source.text} → ${target.text} [${differences.join(', ')}]`,
    ),
    ...comparison.missing.map((figure) => `- ${figure.text}`),
    ...comparison.extra.map((figure) => `+ ${figure.text}`),
  ];
}

function compare(french: string, english: string): string[] {
  return summary(compareTranslationFigures(french, english));
}

/// Whether the French and English texts carry the same figures, both ways round.
function agree(french: string, english: string): void {
  const comparison = compareTranslationFigures(french, english);
  expect(comparison.matched.length, summary(comparison).join('; ')).toBeGreaterThan(0);
  expect(
    summary(comparison).filter((line) => !line.includes(' = ')),
    `${french} ↔ ${english}`,
  ).toEqual([]);
  const backwards = compareTranslationFigures(english, french, {
    sourceLanguage: 'en',
    targetLanguage: 'fr',
  });
  expect(
    summary(backwards).filter((line) => !line.includes(' = ')),
    `${english} ↔ ${french}`,
  ).toEqual([]);
}

describe('compareTranslationFigures: figures that survive translation', () => {
  it('matches "400 000" with any space and "400,000"', () => {
    agree('jusqu’à 400 000 GPU', 'up to 400,000 GPUs');
    agree('jusqu’à 400\u00a0000 GPU', 'up to 400,000 GPUs');
    agree('jusqu’à 400\u202f000 GPU', 'up to 400,000 GPUs');
  });

  it('matches "3,3 milliards d’euros" with "€3.3 billion" and "3.3 billion euros"', () => {
    agree('3,3 milliards d’euros', '€3.3 billion');
    agree('3,3 milliards d’euros', '3.3 billion euros');
    agree('3,3 milliards d’euros', '€3.3bn');
  });

  it('matches "23 %" with "23%", and "25 %" with "25 percent"', () => {
    agree('23 %', '23%');
    agree('25 %', '25 percent');
    agree('25 pour cent', '25%');
  });

  it('matches "1er mars 2026" with "1 March 2026" and "March 1, 2026"', () => {
    agree('le 1er mars 2026', 'on 1 March 2026');
    agree('le 1er mars 2026', 'on March 1, 2026');
  });

  it('matches "décembre 2025" with "December 2025"', () => {
    agree('Au mois de décembre 2025', 'In December 2025');
  });

  it('matches "six fois" with "six times" and "6 times"', () => {
    agree('six fois supérieures', 'six times higher');
    agree('six fois supérieures', '6 times higher');
  });

  it('matches "1,5 milliard" with "1.5 billion"', () => {
    agree('1,5 milliard', '1.5 billion');
  });

  it('matches millions written as "2 M€", "2 millions d’euros", "€2m" and "€2 million"', () => {
    agree('2 M€', '€2m');
    agree('2 millions d’euros', '€2 million');
    agree('2 millions', '2 million');
  });

  it('matches "moins de", decimals, negative numbers and years', () => {
    agree('moins de 10 %', 'less than 10%');
    agree('un taux de 3,25', 'a rate of 3.25');
    agree('une baisse de -2,5 %', 'a fall of -2.5%');
    agree('en 2024', 'in 2024');
  });

  it('matches number words with number words or digits', () => {
    agree('vingt pays', 'twenty countries');
    agree('vingt pays', '20 countries');
    agree('douze pays', 'twelve countries');
  });

  it('matches "une dizaine de" only with an approximate ten', () => {
    agree('une dizaine de pays', 'about ten countries');
    agree('une dizaine de pays', 'some 10 countries');
    expect(compare('une dizaine de pays', 'ten countries')).toEqual(['une dizaine → ten [qualifier]']);
  });

  it('matches ranges', () => {
    agree('entre 10 et 20 %', 'between 10 and 20%');
    agree('entre 10 et 20 %', '10-20%');
    agree('de 2 à 3 milliards d’euros', '€2 billion to €3 billion');
  });

  it('matches times of day', () => {
    agree('à 14 h 30', 'at 2.30pm');
    agree('à 14 h 30', 'at 14:30');
    agree('à 14 heures', 'at 2pm');
  });

  it('matches units', () => {
    agree('10 km', '10 km');
    agree('10 kilomètres', '10 kilometres');
    agree('5 kg', '5kg');
    agree('1,6 GW', '1,600 MW');
    agree('20 °C', '68°F');
  });

  it('matches an article reference only when it is unchanged', () => {
    agree('l’art. 49.3', 'Article 49.3');
    agree('le 49-3', 'Article 49(3)');
    agree('le 49.3', 'the 49.3');
    expect(compare('l’art. 49.3', 'Article 49.2')).toEqual(['art. 49.3 → Article 49.2 [value]']);
  });

  it('ignores chip names on both sides', () => {
    expect(compare('les puces H200 et B200', 'the H200 and B200 chips')).toEqual([]);
    expect(compare('les puces H200', 'the H20 chips')).toEqual([]);
  });
});

describe('compareTranslationFigures: mismatches', () => {
  it('reports "400 000" that became "40,000" as changed, in both directions', () => {
    expect(compare('jusqu’à 400 000 GPU', 'up to 40,000 GPUs')).toEqual(['400 000 → 40,000 [value]']);
    expect(
      summary(
        compareTranslationFigures('up to 400,000 GPUs', 'jusqu’à 40 000 GPU', {
          sourceLanguage: 'en',
          targetLanguage: 'fr',
        }),
      ),
    ).toEqual(['400,000 → 40 000 [value]']);
  });

  it('reports "25 %" that became "2.5%" as changed', () => {
    expect(compare('un tarif de 25 %', 'a 2.5% tariff')).toEqual(['25 % → 2.5% [value]']);
  });

  it('reports a dropped currency, a changed currency and a dropped scale', () => {
    expect(compare('3,3 milliards d’euros', '3.3 billion')).toEqual([
      '3,3 milliards d’euros → 3.3 billion [kind]',
    ]);
    expect(compare('3,3 milliards d’euros', '$3.3 billion')).toEqual([
      '3,3 milliards d’euros → $3.3 billion [unit]',
    ]);
    expect(compare('3,3 milliards d’euros', '€3.3 million')).toEqual([
      '3,3 milliards d’euros → €3.3 million [value]',
    ]);
  });

  it('reports a French billion translated as an English billion', () => {
    expect(compare('1 billion d’euros', '€1 billion')).toEqual(['1 billion d’euros → €1 billion [value]']);
  });

  it('reports a changed qualifier', () => {
    expect(compare('moins de 10 %', 'more than 10%')).toEqual(['10 % → 10% [qualifier]']);
    expect(compare('moins de 10 %', '10%')).toEqual(['10 % → 10% [qualifier]']);
  });

  it('reports a changed date part', () => {
    expect(compare('le 1er mars 2026', 'on 1 March 2025')).toEqual(['1er mars 2026 → 1 March 2025 [value]']);
    expect(compare('le 1er mars 2026', 'on 1 May 2026')).toEqual(['1er mars 2026 → 1 May 2026 [value]']);
    expect(compare('décembre 2025', 'December')).toEqual(['décembre 2025 → December [value]']);
  });

  it('reports a percentage that lost its sign', () => {
    expect(compare('une baisse de -2,5 %', 'a fall of 2.5%')).toEqual(['-2,5 % → 2.5% [value]']);
  });

  it('reports a multiplier written as a plain number', () => {
    expect(compare('six fois supérieures', 'six higher')).toEqual(['six fois → six [kind]']);
  });

  it('reports a missing figure and an extra one', () => {
    expect(compare('En 2024, 12 pays ont signé.', 'Twelve countries signed.')).toEqual([
      '12 = Twelve',
      '- 2024',
    ]);
    expect(compare('Douze pays ont signé.', 'In 2024, twelve countries signed.')).toEqual([
      'Douze = twelve',
      '+ 2024',
    ]);
  });

  it('does not pair unrelated numbers as one changed figure', () => {
    expect(compare('12 pays', '40,000 countries')).toEqual(['- 12', '+ 40,000']);
  });

  it('pairs each changed figure with the closest one, not the first one', () => {
    expect(compare('400 000 GPU et 25 %', '25% and 40,000 GPUs')).toEqual([
      '25 % = 25%',
      '400 000 → 40,000 [value]',
    ]);
    expect(compare('12 salariés et 400 000 GPU', '40,000 GPUs and 13 employees')).toEqual([
      '12 → 13 [value]',
      '400 000 → 40,000 [value]',
    ]);
  });

  it('matches equal figures in text order when a later one has no counterpart', () => {
    const comparison = compareTranslationFigures(
      '12, 13 et 14 salariés ; la seconde puce',
      '12, 13 and 14 employees; the second chip, with 3, 4, 5 and 6 cores, and the 2nd firm',
    );
    expect(summary(comparison)).toEqual([
      '12 = 12',
      '13 = 13',
      '14 = 14',
      'seconde = second',
      '+ 3',
      '+ 4',
      '+ 5',
      '+ 6',
      '+ 2nd',
    ]);
  });

  it('counts a figure written twice as two figures', () => {
    expect(compare('25 % puis 25 %', 'then 25%')).toEqual(['25 % = 25%', '- 25 %']);
  });
});

describe('compareTranslationFigures: segments', () => {
  it('compares one segment of an article in place, with offsets into the article', () => {
    const article = 'Premier paragraphe, 12 pays. Au total, jusqu’à 400 000 GPU pourraient être concernés.';
    const start = article.indexOf('Au total');
    const comparison = compareTranslationFigures(article, 'In all, up to 40,000 GPUs could be affected.', {
      sourceRange: { start, end: article.length },
    });
    expect(comparison.changed).toHaveLength(1);
    const { source, target } = comparison.changed[0]!;
    expect(article.slice(source.start, source.end)).toBe('400 000');
    expect(target.text).toBe('40,000');
    expect(comparison.missing).toEqual([]);
  });

  it('compares figures extracted once, so a caller can reuse them per segment', () => {
    const source = extractFigures('Le 1er mars 2026, 23 % des 400 000 GPU.', 'fr');
    const target = extractFigures('On March 1, 2026, 23% of the 400,000 GPUs.', 'en');
    const comparison = compareFigures(source, target);
    expect(comparison.matched).toHaveLength(3);
    expect(compareFigures(source, []).missing).toEqual(source);
    expect(compareFigures([], target).extra).toEqual(target);
  });

  it('checks the seed article’s claim as the e2e test will type it', () => {
    const claim = 'jusqu’à 400 000 GPU pourraient être concernés';
    expect(compare(claim, 'up to 40,000 GPUs could be affected')).toEqual(['400 000 → 40,000 [value]']);
    expect(compare(claim, 'up to 400,000 GPUs could be affected')).toEqual(['400 000 = 400,000']);
  });
});
