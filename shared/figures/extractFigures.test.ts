import { describe, expect, it } from 'vitest';
import { extractFigures, type Figure, type FigureLanguage } from './extractFigures';

/// The figures of a text as short descriptions: text, kind, value and unit.
function read(text: string, language: FigureLanguage): string[] {
  return extractFigures(text, language).map(describeFigure);
}

function describeFigure(figure: Figure): string {
  const unit = figure.unit === null ? '' : ` ${figure.unit}`;
  const qualifier = figure.qualifier === null ? '' : ` (${figure.qualifier.kind})`;
  return `${figure.text} → ${figure.kind} ${figure.reference ?? figure.value}${unit}${qualifier}`;
}

function one(text: string, language: FigureLanguage): Figure {
  const figures = extractFigures(text, language);
  expect(figures, JSON.stringify(figures.map(describeFigure))).toHaveLength(1);
  return figures[0]!;
}

describe('extractFigures: numbers', () => {
  it('reads French thousands separated by a space, a no-break space or a narrow no-break space', () => {
    for (const text of ['400 000', '400\u00a0000', '400\u202f000']) {
      expect(one(`jusqu’à ${text} GPU`, 'fr').value).toBe(400000);
    }
  });

  it('reads English thousands separated by commas', () => {
    expect(one('up to 400,000 GPUs', 'en').value).toBe(400000);
    expect(one('1,234,567 people', 'en').value).toBe(1234567);
  });

  it('reads a French decimal comma and an English decimal point', () => {
    expect(one('1,5 point', 'fr')).toMatchObject({ kind: 'percent', value: 1.5, unit: 'point' });
    expect(one('le taux de 3,25', 'fr').value).toBe(3.25);
    expect(one('a rate of 3.25', 'en').value).toBe(3.25);
  });

  it('reads a French "1,500" as one and a half and an English "1,500" as fifteen hundred', () => {
    expect(one('1,500', 'fr').value).toBe(1.5);
    expect(one('1,500', 'en').value).toBe(1500);
  });

  it('reads a French-style decimal comma left in English text as the decimal it was', () => {
    expect(one('1,5 billion', 'en').value).toBe(1.5e9);
  });

  it('reads negative numbers with a hyphen or a minus sign', () => {
    expect(one('une baisse de -2,5 %', 'fr')).toMatchObject({ value: -2.5, text: '-2,5 %' });
    expect(one('une variation de −3 points', 'fr').value).toBe(-3);
    expect(one('growth of -2.5%', 'en').value).toBe(-2.5);
  });

  it('keeps the offsets of each figure in UTF-16 code units', () => {
    const text = 'Pékin 🇨🇳 a acheté 400 000 puces';
    const figure = one(text, 'fr');
    expect(text.slice(figure.start, figure.end)).toBe('400 000');
    expect(figure.start).toBe(text.indexOf('400'));
  });

  it('reads only the range asked for, with offsets into the whole text', () => {
    const text = 'Il y a 12 salariés. Ils étaient 15 en 2024.';
    const start = text.indexOf('Ils');
    const figures = extractFigures(text, 'fr', { start, end: text.length });
    expect(figures.map((figure) => figure.text)).toEqual(['15', '2024']);
    expect(figures[0]!.start).toBe(text.indexOf('15'));
  });
});

describe('extractFigures: scales and amounts', () => {
  it('reads milliards and billions with their currency in either order', () => {
    expect(one('3,3 milliards d’euros', 'fr')).toMatchObject({ kind: 'amount', value: 3.3e9, unit: 'EUR' });
    expect(one("3,3 milliards d'euros", 'fr')).toMatchObject({ kind: 'amount', value: 3.3e9, unit: 'EUR' });
    expect(one('€3.3 billion', 'en')).toMatchObject({ kind: 'amount', value: 3.3e9, unit: 'EUR' });
    expect(one('3.3 billion euros', 'en')).toMatchObject({ kind: 'amount', value: 3.3e9, unit: 'EUR' });
    expect(one('€3.3bn', 'en')).toMatchObject({ kind: 'amount', value: 3.3e9, unit: 'EUR' });
  });

  it('reads a scale without a currency as a plain number', () => {
    expect(one('1,5 milliard', 'fr')).toMatchObject({ kind: 'number', value: 1.5e9 });
    expect(one('1.5 billion', 'en')).toMatchObject({ kind: 'number', value: 1.5e9 });
    expect(one('2 millions', 'fr')).toMatchObject({ kind: 'number', value: 2e6 });
    expect(one('2 million', 'en')).toMatchObject({ kind: 'number', value: 2e6 });
  });

  it('reads a French billion as a thousand milliards', () => {
    expect(one('1 billion d’euros', 'fr').value).toBe(1e12);
    expect(one('€1 trillion', 'en').value).toBe(1e12);
  });

  it('reads M€, Md€ and k€, and English m, bn and currency prefixes', () => {
    expect(one('2 M€', 'fr')).toMatchObject({ kind: 'amount', value: 2e6, unit: 'EUR' });
    expect(one('2M€', 'fr')).toMatchObject({ kind: 'amount', value: 2e6, unit: 'EUR' });
    expect(one('3 Md€', 'fr')).toMatchObject({ kind: 'amount', value: 3e9, unit: 'EUR' });
    expect(one('500 k€', 'fr')).toMatchObject({ kind: 'amount', value: 5e5, unit: 'EUR' });
    expect(one('€2m', 'en')).toMatchObject({ kind: 'amount', value: 2e6, unit: 'EUR' });
    expect(one('$5bn', 'en')).toMatchObject({ kind: 'amount', value: 5e9, unit: 'USD' });
    expect(one('US$5 billion', 'en')).toMatchObject({ kind: 'amount', value: 5e9, unit: 'USD' });
    expect(one('EUR 40 million', 'en')).toMatchObject({ kind: 'amount', value: 4e7, unit: 'EUR' });
  });

  it('reads amounts in dollars, pounds and yuans', () => {
    expect(one('5 milliards de dollars', 'fr')).toMatchObject({ value: 5e9, unit: 'USD' });
    expect(one('200 livres sterling', 'fr')).toMatchObject({ value: 200, unit: 'GBP' });
    expect(one('£200', 'en')).toMatchObject({ value: 200, unit: 'GBP' });
    expect(one('10 000 yuans', 'fr')).toMatchObject({ value: 10000, unit: 'CNY' });
    expect(one('12 000 €', 'fr')).toMatchObject({ value: 12000, unit: 'EUR' });
  });

  it('reads number words before a scale ("deux millions", "un milliard", "a million")', () => {
    expect(one('deux millions d’euros', 'fr')).toMatchObject({ value: 2e6, unit: 'EUR' });
    expect(one('un milliard', 'fr').value).toBe(1e9);
    expect(one('a million people', 'en').value).toBe(1e6);
    expect(one('two billion dollars', 'en')).toMatchObject({ value: 2e9, unit: 'USD' });
  });
});

describe('extractFigures: percentages and multipliers', () => {
  it('reads percentages with or without a space', () => {
    expect(one('23 %', 'fr')).toMatchObject({ kind: 'percent', value: 23, unit: '%' });
    expect(one('23\u202f%', 'fr')).toMatchObject({ kind: 'percent', value: 23 });
    expect(one('23%', 'en')).toMatchObject({ kind: 'percent', value: 23 });
  });

  it('reads "pour cent", "percent" and "per cent"', () => {
    expect(one('25 pour cent', 'fr')).toMatchObject({ kind: 'percent', value: 25 });
    expect(one('25 percent', 'en')).toMatchObject({ kind: 'percent', value: 25 });
    expect(one('25 per cent', 'en')).toMatchObject({ kind: 'percent', value: 25 });
  });

  it('reads percentage points', () => {
    expect(one('3 points de pourcentage', 'fr')).toMatchObject({ kind: 'percent', unit: 'point', value: 3 });
    expect(one('3 percentage points', 'en')).toMatchObject({ kind: 'percent', unit: 'point', value: 3 });
  });

  it('reads "six fois", "six times", "6 times", "sixfold" and "twice" as multipliers', () => {
    expect(one('six fois supérieures', 'fr')).toMatchObject({ kind: 'multiplier', value: 6 });
    expect(one('6 fois plus', 'fr')).toMatchObject({ kind: 'multiplier', value: 6 });
    expect(one('six times higher', 'en')).toMatchObject({ kind: 'multiplier', value: 6 });
    expect(one('6 times higher', 'en')).toMatchObject({ kind: 'multiplier', value: 6 });
    expect(one('a sixfold rise', 'en')).toMatchObject({ kind: 'multiplier', value: 6 });
    expect(one('a six-fold rise', 'en')).toMatchObject({ kind: 'multiplier', value: 6 });
    expect(one('twice as fast', 'en')).toMatchObject({ kind: 'multiplier', value: 2 });
  });
});

describe('extractFigures: number words', () => {
  it('reads French number words from two to ninety-nine', () => {
    expect(one('six entreprises', 'fr').value).toBe(6);
    expect(one('vingt pays', 'fr').value).toBe(20);
    expect(one('vingt-cinq pays', 'fr').value).toBe(25);
    expect(one('vingt et un pays', 'fr').value).toBe(21);
    expect(one('soixante-dix pays', 'fr').value).toBe(70);
    expect(one('quatre-vingt-dix-neuf ans', 'fr').value).toBe(99);
  });

  it('reads English number words from two to ninety-nine', () => {
    expect(one('six companies', 'en').value).toBe(6);
    expect(one('twenty countries', 'en').value).toBe(20);
    expect(one('twenty-five countries', 'en').value).toBe(25);
  });

  it('does not read the article "un" or "a" as a figure', () => {
    expect(read('Un responsable du secteur a un avis.', 'fr')).toEqual([]);
    expect(read('An industry official has a view and one of them spoke.', 'en')).toEqual([]);
  });

  it('reads "neuf" as nine before a noun and not as the adjective "new"', () => {
    expect(one('les neuf pays', 'fr').value).toBe(9);
    expect(read('un bâtiment neuf.', 'fr')).toEqual([]);
    expect(read('un bâtiment neuf et moderne', 'fr')).toEqual([]);
  });

  it('reads "une dizaine de" as about ten and "une douzaine de" as twelve', () => {
    expect(one('une dizaine de pays', 'fr')).toMatchObject({
      value: 10,
      qualifier: { kind: 'approximately' },
    });
    expect(one('une centaine de salariés', 'fr')).toMatchObject({
      value: 100,
      qualifier: { kind: 'approximately' },
    });
    expect(one('une douzaine de pays', 'fr')).toMatchObject({ value: 12, qualifier: null });
    expect(one('a dozen countries', 'en')).toMatchObject({ value: 12, qualifier: null });
  });

  it('does not read vague plurals or a quarantine as figures', () => {
    expect(read('des dizaines de pays et des milliers de salariés', 'fr')).toEqual([]);
    expect(read('dozens of countries and thousands of workers', 'en')).toEqual([]);
    expect(read('une quarantaine stricte', 'fr')).toEqual([]);
  });
});

describe('extractFigures: qualifiers', () => {
  it('reads "moins de", "plus de", "jusqu’à", "environ" and "près de"', () => {
    expect(one('moins de 10 %', 'fr').qualifier).toMatchObject({ kind: 'less-than', start: 0 });
    expect(one('plus de 400 000 GPU', 'fr').qualifier?.kind).toBe('more-than');
    expect(one('jusqu’à 400 000 GPU', 'fr').qualifier?.kind).toBe('up-to');
    expect(one("jusqu'à 400 000 GPU", 'fr').qualifier?.kind).toBe('up-to');
    expect(one('environ 300 salariés', 'fr').qualifier?.kind).toBe('approximately');
    expect(one('près de 300 salariés', 'fr').qualifier?.kind).toBe('approximately');
    expect(one('au moins 3 morts', 'fr').qualifier?.kind).toBe('at-least');
  });

  it('reads "less than", "more than", "up to", "about" and "nearly"', () => {
    expect(one('less than 10%', 'en').qualifier?.kind).toBe('less-than');
    expect(one('more than 400,000 GPUs', 'en').qualifier?.kind).toBe('more-than');
    expect(one('up to 400,000 GPUs', 'en').qualifier?.kind).toBe('up-to');
    expect(one('as many as 400,000 GPUs', 'en').qualifier?.kind).toBe('up-to');
    expect(one('about 300 employees', 'en').qualifier?.kind).toBe('approximately');
    expect(one('nearly 300 employees', 'en').qualifier?.kind).toBe('approximately');
  });

  it('does not read "moins" alone as a sign or a qualifier', () => {
    expect(one('10 % de moins', 'fr')).toMatchObject({ value: 10, qualifier: null });
  });
});

describe('extractFigures: dates, years and times', () => {
  it('reads "1er mars 2026", "1 March 2026" and "March 1, 2026" as the same date', () => {
    const date = { year: 2026, month: 3, day: 1 };
    expect(one('le 1er mars 2026', 'fr')).toMatchObject({ kind: 'date', date, text: '1er mars 2026' });
    expect(one('on 1 March 2026', 'en')).toMatchObject({ kind: 'date', date });
    expect(one('on March 1, 2026', 'en')).toMatchObject({ kind: 'date', date });
    expect(one('on March 1st, 2026', 'en')).toMatchObject({ kind: 'date', date });
    expect(one('on 1st March 2026', 'en')).toMatchObject({ kind: 'date', date });
  });

  it('reads an ISO date in either language, not as a range', () => {
    expect(one('date 2026-01-30', 'fr').date).toEqual({ year: 2026, month: 1, day: 30 });
    expect(one('date 2026-01-30', 'en').date).toEqual({ year: 2026, month: 1, day: 30 });
  });

  it('reads a month and a year, and a day without a year', () => {
    expect(one('Au mois de décembre 2025', 'fr').date).toEqual({ year: 2025, month: 12, day: null });
    expect(one('In December 2025', 'en').date).toEqual({ year: 2025, month: 12, day: null });
    expect(one('le 3 mars', 'fr').date).toEqual({ year: null, month: 3, day: 3 });
    expect(one('on 3 March', 'en').date).toEqual({ year: null, month: 3, day: 3 });
    expect(one('on Sept. 3', 'en').date).toEqual({ year: null, month: 9, day: 3 });
  });

  it('reads a month alone, but not the planet Mars or the verb may', () => {
    expect(one('en mars', 'fr').date).toEqual({ year: null, month: 3, day: null });
    expect(one('in March', 'en').date).toEqual({ year: null, month: 3, day: null });
    expect(read('la planète Mars', 'fr')).toEqual([]);
    expect(read('May they succeed, as they may.', 'en')).toEqual([]);
    expect(one('in May 2026', 'en').date).toEqual({ year: 2026, month: 5, day: null });
  });

  it('reads a year alone as a year', () => {
    expect(one('en 2024', 'fr')).toMatchObject({ kind: 'year', value: 2024 });
    expect(one('in 2024', 'en')).toMatchObject({ kind: 'year', value: 2024 });
    expect(one('the 1990s', 'en')).toMatchObject({ kind: 'year', value: 1990 });
    expect(one('à la mi-2025', 'fr')).toMatchObject({ kind: 'year', value: 2025 });
  });

  it('reads French and English times of day in minutes after midnight', () => {
    expect(one('à 14 h 30', 'fr')).toMatchObject({ kind: 'time', value: 870 });
    expect(one('à 14h30', 'fr')).toMatchObject({ kind: 'time', value: 870 });
    expect(one('à 14 heures', 'fr')).toMatchObject({ kind: 'time', value: 840 });
    expect(one('à 14 h', 'fr')).toMatchObject({ kind: 'time', value: 840 });
    expect(one('at 2.30pm', 'en')).toMatchObject({ kind: 'time', value: 870 });
    expect(one('at 2:30 p.m.', 'en')).toMatchObject({ kind: 'time', value: 870 });
    expect(one('at 14:30', 'en')).toMatchObject({ kind: 'time', value: 870 });
    expect(one('at 2pm', 'en')).toMatchObject({ kind: 'time', value: 840 });
    expect(one('at 12am', 'en')).toMatchObject({ kind: 'time', value: 0 });
  });

  it('reads a count of hours as a number, not a time of day', () => {
    expect(one('en 24 h', 'fr')).toMatchObject({ kind: 'number', value: 24 });
    expect(one('pendant 14 heures', 'fr')).toMatchObject({ kind: 'number', value: 14 });
  });
});

describe('extractFigures: ranges', () => {
  it('reads both ends of a range and gives the first the unit of the second', () => {
    expect(read('entre 10 et 20 %', 'fr')).toEqual(['10 → percent 10 %', '20 % → percent 20 %']);
    expect(read('de 10 à 20 %', 'fr')).toEqual(['10 → percent 10 %', '20 % → percent 20 %']);
    expect(read('between 10 and 20%', 'en')).toEqual(['10 → percent 10 %', '20% → percent 20 %']);
    expect(read('10-20%', 'en')).toEqual(['10 → percent 10 %', '20% → percent 20 %']);
    expect(read('from 10 to 20 percent', 'en')).toEqual(['10 → percent 10 %', '20 percent → percent 20 %']);
  });

  it('gives the first end the scale of the second when it is smaller ("entre 2 et 3 milliards")', () => {
    expect(extractFigures('entre 2 et 3 milliards d’euros', 'fr').map((figure) => figure.value)).toEqual([
      2e9, 3e9,
    ]);
    expect(extractFigures('de 500 000 à 2 millions', 'fr').map((figure) => figure.value)).toEqual([5e5, 2e6]);
  });

  it('does not read "2026-01" as a range ending in 2001', () => {
    expect(extractFigures('2026-01', 'en').map((figure) => figure.value)).toEqual([2026, 1]);
  });

  it('reads a year range written short', () => {
    expect(extractFigures('2024-25', 'en').map((figure) => [figure.kind, figure.value])).toEqual([
      ['year', 2024],
      ['year', 2025],
    ]);
  });

  it('does not read "et" as a range without "entre"', () => {
    expect(read('10 % et 20 %', 'fr')).toEqual(['10 % → percent 10 %', '20 % → percent 20 %']);
  });
});

describe('extractFigures: units', () => {
  it('reads distances, masses, power and energy in their base unit', () => {
    expect(one('10 km', 'fr')).toMatchObject({ kind: 'quantity', value: 10000, unit: 'm' });
    expect(one('10km', 'en')).toMatchObject({ kind: 'quantity', value: 10000, unit: 'm' });
    expect(one('10 kilomètres', 'fr')).toMatchObject({ value: 10000, unit: 'm' });
    expect(one('10 kilometres', 'en')).toMatchObject({ value: 10000, unit: 'm' });
    expect(one('5 kg', 'fr')).toMatchObject({ value: 5000, unit: 'g' });
    expect(one('2 millions de tonnes', 'fr')).toMatchObject({ value: 2e12, unit: 'g' });
    expect(one('2 million tonnes', 'en')).toMatchObject({ value: 2e12, unit: 'g' });
    expect(one('1,6 GW', 'fr')).toMatchObject({ value: 1.6e9, unit: 'W' });
    expect(one('1,600 MW', 'en')).toMatchObject({ value: 1.6e9, unit: 'W' });
    expect(one('3 TWh', 'fr')).toMatchObject({ value: 3e12, unit: 'Wh' });
    expect(one('100 m²', 'fr')).toMatchObject({ value: 100, unit: 'm²' });
    expect(one('130 km/h', 'fr')).toMatchObject({ value: 130, unit: 'km/h' });
  });

  it('reads temperatures, converting Fahrenheit to Celsius', () => {
    expect(one('20 °C', 'fr')).toMatchObject({ value: 20, unit: '°C' });
    expect(one('20°C', 'en')).toMatchObject({ value: 20, unit: '°C' });
    expect(one('20 degrés', 'fr')).toMatchObject({ value: 20, unit: '°C' });
    expect(one('68°F', 'en')).toMatchObject({ value: 20, unit: '°C' });
    expect(one('68 degrees Fahrenheit', 'en')).toMatchObject({ value: 20, unit: '°C' });
  });
});

describe('extractFigures: ordinals and references', () => {
  it('reads ordinals written with digits', () => {
    expect(one('le 2e trimestre', 'fr')).toMatchObject({ kind: 'ordinal', value: 2 });
    expect(one('le 3ème trimestre', 'fr')).toMatchObject({ kind: 'ordinal', value: 3 });
    expect(one('le 1er trimestre', 'fr')).toMatchObject({ kind: 'ordinal', value: 1 });
    expect(one('the 2nd quarter', 'en')).toMatchObject({ kind: 'ordinal', value: 2 });
  });

  it('reads ordinal words, and centuries in Roman or Arabic numerals', () => {
    expect(one('la seconde puce', 'fr')).toMatchObject({ kind: 'ordinal', value: 2 });
    expect(one('la deuxième puce', 'fr')).toMatchObject({ kind: 'ordinal', value: 2 });
    expect(one('la vingt-et-unième', 'fr')).toMatchObject({ kind: 'ordinal', value: 21 });
    expect(one('the second chip', 'en')).toMatchObject({ kind: 'ordinal', value: 2 });
    expect(one('the twenty-first', 'en')).toMatchObject({ kind: 'ordinal', value: 21 });
    expect(one('au XXIe siècle', 'fr')).toMatchObject({ kind: 'ordinal', value: 21, unit: 'century' });
    expect(one('in the 21st century', 'en')).toMatchObject({ kind: 'ordinal', value: 21, unit: 'century' });
  });

  it('does not read "premier" or a second of time as a rank', () => {
    expect(read('Le Premier ministre', 'fr')).toEqual([]);
    expect(read('for a second', 'en')).toEqual([]);
  });

  it('reads article numbers as references that keep their dots', () => {
    expect(one('l’art. 49.3 de la Constitution', 'fr')).toMatchObject({
      kind: 'reference',
      reference: '49.3',
      text: 'art. 49.3',
    });
    expect(one('l’article 49-3', 'fr')).toMatchObject({ kind: 'reference', reference: '49.3' });
    expect(one('recours au 49.3', 'fr')).toMatchObject({ kind: 'reference', reference: '49.3' });
    expect(one('le 49-3', 'fr')).toMatchObject({ kind: 'reference', reference: '49.3' });
    expect(one('Article 49.3 of the constitution', 'en')).toMatchObject({
      kind: 'reference',
      reference: '49.3',
    });
    expect(one('Article 49(3)', 'en')).toMatchObject({ kind: 'reference', reference: '49.3' });
    expect(one('la loi n° 2024-123', 'fr')).toMatchObject({ kind: 'reference', reference: '2024.123' });
  });
});

describe('extractFigures: names are not figures', () => {
  it('skips numbers glued to letters: chip models, conferences, diseases, networks', () => {
    expect(read('les puces H200 et B200, la H20, la COP28, le Covid-19, la 5G et le F-35', 'fr')).toEqual([]);
    expect(read('the H200 and B200 chips, COP28, Covid-19, 5G, 3D and the F-35', 'en')).toEqual([]);
  });

  it('keeps the figures around a name', () => {
    expect(read('400 000 puces H200 en 2026', 'fr')).toEqual(['400 000 → number 400000', '2026 → year 2026']);
  });
});

describe('extractFigures: the seed article', () => {
  it('reads the figures of the seed article’s claims and none of its chip names', () => {
    const text =
      'Au total, jusqu’à 400 000 GPU pourraient être concernés. Au mois de décembre 2025, Washington a autorisé NVIDIA à vendre ses processeurs H200 en échange d’un tarif douanier de 25 %. La H200 est la seconde puce la plus puissante de NVIDIA, juste derrière la B200, et offrirait des performances jusqu’à six fois supérieures à celles de la H20.';
    expect(read(text, 'fr')).toEqual([
      '400 000 → number 400000 (up-to)',
      'décembre 2025 → date 20251200',
      '25 % → percent 25 %',
      'seconde → ordinal 2',
      'six fois → multiplier 6 (up-to)',
    ]);
  });
});

describe('extractFigures: speed', () => {
  it('reads a long text in time linear in its length', () => {
    // Counts, not timings: a paragraph repeated a thousand times gives a thousand times its figures.
    const paragraph =
      'Le 1er mars 2026, 3,3 milliards d’euros, 23 %, 400 000 GPU, H200, 14 h 30, art. 49.3. ';
    const once = extractFigures(paragraph, 'fr').length;
    expect(extractFigures(paragraph.repeat(1000), 'fr')).toHaveLength(once * 1000);
  });

  it('does not backtrack on long runs of digits and separators', () => {
    const hostile = `${'1 '.repeat(5000)}${'1,'.repeat(5000)}${'9'.repeat(10000)}`;
    expect(extractFigures(hostile, 'fr').length).toBeGreaterThan(0);
    expect(extractFigures(hostile, 'en').length).toBeGreaterThan(0);
  });
});
