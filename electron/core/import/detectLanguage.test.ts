import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../shared/articleText';
import { detectLanguage, minWordsForLanguage } from './detectLanguage';
import { parseArticleFile } from './parseArticleFile';

const corpus = new URL('../../../../shared/corpus/', import.meta.url);

describe('detectLanguage', () => {
  it('finds the corpus articles French', async () => {
    for (const name of [
      'budget-rouen.fr.cp1252.txt',
      'reacteur-flamanville.fr.html',
      'seed-h200-chine.fr.txt',
    ]) {
      const article = await parseArticleFile(name, readFileSync(new URL(name, corpus)));
      expect(detectLanguage(articleText(article.doc)), name).toBe('fr');
    }
  });

  it('tells English, German, Spanish, Italian, Portuguese and Dutch news apart from French', () => {
    const samples = {
      en: 'The city council adopted the budget on Thursday, and the mayor said that the tax increase would be limited for the families of the city and their schools.',
      de: 'Der Stadtrat hat am Donnerstag den Haushalt beschlossen, und der Bürgermeister sagte, dass die Erhöhung der Grundsteuer für die Familien und die Schulen der Stadt begrenzt bleiben werde.',
      es: 'El ayuntamiento aprobó el jueves el presupuesto de la ciudad, y el alcalde dijo que la subida del impuesto sobre la propiedad será limitada para las familias y las escuelas.',
      it: 'Il consiglio comunale ha approvato giovedì il bilancio della città, e il sindaco ha detto che l’aumento della tassa sugli immobili sarà limitato per le famiglie e le scuole.',
      pt: 'A câmara municipal aprovou na quinta-feira o orçamento da cidade, e o presidente disse que o aumento do imposto sobre os imóveis será limitado para as famílias e as escolas.',
      nl: 'De gemeenteraad heeft donderdag de begroting van de stad goedgekeurd, en de burgemeester zei dat de verhoging van de onroerendezaakbelasting beperkt blijft voor de gezinnen en de scholen.',
    };
    for (const [language, text] of Object.entries(samples))
      expect(detectLanguage(text), language).toBe(language);
  });

  it('gives no verdict on a text shorter than the minimum, whatever its language', () => {
    const headline = 'The city council adopted the budget on Thursday';
    expect(headline.split(' ').length).toBeLessThan(minWordsForLanguage);
    expect(detectLanguage(headline)).toBeNull();
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25')).toBeNull();
  });
  it('tells French from English in the short paragraphs the import tests use', () => {
    expect(
      detectLanguage(
        'Le conseil municipal de Rouen a adopté jeudi le budget de la ville. « Nous avons fait des choix », a dit le maire, qui promet une hausse limitée de la taxe foncière pour les familles et les écoles.',
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'The city council adopted the budget on Thursday, and the mayor said that the tax increase would be limited for the families of the city and their schools.',
      ),
    ).toBe('en');
  });

  it('finds the corpus articles French, names full of brands and places notwithstanding', () => {
    expect(
      detectLanguage(
        new TextDecoder('windows-1252').decode(readFileSync(new URL('budget-rouen.fr.cp1252.txt', corpus))),
      ),
    ).toBe('fr');
    expect(detectLanguage(readFileSync(new URL('seed-h200-chine.fr.txt', corpus), 'utf8'))).toBe('fr');
    expect(
      detectLanguage(
        'Emmanuel Macron et Olaf Scholz ont rencontré Xi Jinping à Pékin, puis Nvidia, Alibaba, Huawei, Tencent et ByteDance ont annoncé des accords sur les puces H200 destinées aux centres de données chinois.',
      ),
    ).toBe('fr');
  });

  it('knows the neighbours a stop-word list confuses, as two-letter tags', () => {
    expect(
      detectLanguage(
        'A câmara municipal aprovou na quinta-feira o orçamento da cidade e o prefeito disse que o aumento do imposto predial será limitado para as famílias e as escolas da cidade.',
      ),
    ).toBe('pt');
    expect(
      detectLanguage(
        'De gemeenteraad heeft donderdag de begroting van de stad goedgekeurd en de burgemeester zei dat de verhoging van de onroerendgoedbelasting beperkt blijft voor de gezinnen en de scholen van de stad.',
      ),
    ).toBe('nl');
    expect(
      detectLanguage(
        'El ayuntamiento aprobó el jueves el presupuesto de la ciudad y el alcalde dijo que el aumento del impuesto sobre bienes inmuebles será limitado para las familias y las escuelas de la ciudad.',
      ),
    ).toBe('es');
  });
});
