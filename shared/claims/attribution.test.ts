import { describe, expect, it } from 'vitest';
import { attributionCandidates, findAttribution, type Attribution } from './attribution';

/// The best attribution for the first occurrence of `claim` in `text`.
function attribute(text: string, claim: string): Attribution | null {
  const start = text.indexOf(claim);
  expect(start, `"${claim}" is in the text`).toBeGreaterThanOrEqual(0);
  return findAttribution(text, start, start + claim.length);
}

/// The attribution in short: pattern, kind and the texts of its spans.
function described(text: string, claim: string): Record<string, string | null> | null {
  const attribution = attribute(text, claim);
  if (attribution === null) return null;
  return {
    pattern: attribution.pattern,
    kind: attribution.kind,
    cue: attribution.cue.text,
    claimant: attribution.claimant.text,
    name: attribution.name?.text ?? null,
    role: attribution.role?.text ?? null,
    acronym: attribution.acronym?.text ?? null,
  };
}

describe('findAttribution: « … », a déclaré X', () => {
  it('finds the name after a reporting verb in the past', () => {
    const text = '« Nous ne céderons pas », a déclaré Emmanuel Macron.';
    expect(described(text, 'Nous ne céderons pas')).toEqual({
      pattern: 'quote-verb-name',
      kind: 'named',
      cue: 'a déclaré',
      claimant: 'Emmanuel Macron',
      name: 'Emmanuel Macron',
      role: null,
      acronym: null,
    });
  });

  it('returns the name’s offsets into the text', () => {
    const text = 'Premier paragraphe.\n« Nous ne céderons pas », a déclaré Emmanuel Macron.';
    const name = attribute(text, 'Nous ne céderons pas')!.name!;
    expect(name.start).toBe(text.indexOf('Emmanuel'));
    expect(text.slice(name.start, name.end)).toBe('Emmanuel Macron');
  });

  it('knows affirmé, estimé, indiqué, ajouté and précisé', () => {
    for (const verb of ['affirmé', 'estimé', 'indiqué', 'ajouté', 'précisé']) {
      const text = `« Le prix va baisser », a ${verb} Jensen Huang.`;
      expect(described(text, 'Le prix va baisser')).toMatchObject({ cue: `a ${verb}`, name: 'Jensen Huang' });
    }
  });

  it('finds the name after a verb in the present ("déclare X")', () => {
    expect(described('« Le prix va baisser », déclare Jensen Huang.', 'Le prix va baisser')).toMatchObject({
      pattern: 'quote-verb-name',
      cue: 'déclare',
      name: 'Jensen Huang',
    });
  });

  it('reads the quotation whether or not the selection includes its guillemets', () => {
    const text = '« Le prix va baisser », a déclaré Jensen Huang.';
    expect(attribute(text, '« Le prix va baisser »')?.name?.text).toBe('Jensen Huang');
    expect(attribute(text, 'Le prix va baisser')?.name?.text).toBe('Jensen Huang');
  });

  it('reads guillemets with no-break and narrow no-break spaces inside', () => {
    for (const space of ['\u00a0', '\u202f']) {
      const text = `«${space}Le prix va baisser${space}», a déclaré Jensen Huang.`;
      expect(attribute(text, 'Le prix va baisser')?.name?.text).toBe('Jensen Huang');
    }
  });

  it('reads a quotation ending in an exclamation mark without a comma', () => {
    const text = '« Nous ne céderons pas ! » a martelé Emmanuel Macron.';
    expect(attribute(text, 'Nous ne céderons pas')?.name?.text).toBe('Emmanuel Macron');
  });

  it('separates a role before the name ("le ministre de l’Économie, Bruno Le Maire")', () => {
    const text =
      '« La croissance sera de 1 % », a affirmé le ministre de l’Économie, Bruno Le Maire, lors d’un point presse.';
    expect(described(text, 'La croissance sera de 1 %')).toMatchObject({
      claimant: 'le ministre de l’Économie, Bruno Le Maire',
      name: 'Bruno Le Maire',
      role: 'le ministre de l’Économie',
    });
  });

  it('separates a role after the name ("Jensen Huang, CEO de NVIDIA")', () => {
    const text = '« Le prix va baisser », a déclaré Jensen Huang, CEO de NVIDIA.';
    expect(described(text, 'Le prix va baisser')).toMatchObject({
      name: 'Jensen Huang',
      role: 'CEO de NVIDIA',
    });
  });

  it('drops the elided article of an organisation and keeps its acronym apart, with either apostrophe', () => {
    for (const apostrophe of ['’', "'"]) {
      const agency = `Agence internationale de l${apostrophe}énergie`;
      const text = `« La demande va baisser », a estimé l${apostrophe}${agency} (AIE) dans son rapport.`;
      expect(described(text, 'La demande va baisser')).toMatchObject({
        claimant: `l${apostrophe}${agency} (AIE)`,
        name: agency,
        acronym: 'AIE',
      });
    }
  });

  it('keeps "M." inside a name', () => {
    expect(attribute('« Non », a répondu M. Macron.', 'Non')?.name?.text).toBe('M. Macron');
  });
});

describe('findAttribution: pronouns that refer back', () => {
  it('reports "a-t-il déclaré" as a pronoun with no name', () => {
    expect(described('« C’est un tournant », a-t-il déclaré.', 'C’est un tournant')).toEqual({
      pattern: 'quote-verb-pronoun',
      kind: 'pronoun',
      cue: 'a-t-il déclaré',
      claimant: 'il',
      name: null,
      role: null,
      acronym: null,
    });
  });

  it('reads the inverted present and the plural ("ajoute-t-elle", "ont-ils estimé")', () => {
    expect(described('« C’est fini », ajoute-t-elle.', 'C’est fini')).toMatchObject({
      kind: 'pronoun',
      claimant: 'elle',
    });
    expect(described('« C’est fini », ont-ils estimé.', 'C’est fini')).toMatchObject({
      kind: 'pronoun',
      claimant: 'ils',
    });
    expect(described('« C’est fini », dit-il.', 'C’est fini')).toMatchObject({
      kind: 'pronoun',
      cue: 'dit-il',
    });
  });

  it('reports "selon lui" and "Il a indiqué que" as pronouns', () => {
    expect(described('Le chômage a baissé, selon lui.', 'Le chômage a baissé')).toMatchObject({
      pattern: 'selon',
      kind: 'pronoun',
      claimant: 'lui',
    });
    expect(described('Il a indiqué que le chômage avait baissé.', 'le chômage avait baissé')).toMatchObject({
      pattern: 'subject-verb',
      kind: 'pronoun',
    });
  });
});

describe('findAttribution: X a indiqué que, X estime que', () => {
  it('finds the subject of "a indiqué que"', () => {
    expect(
      described('Emmanuel Macron a indiqué que la réforme serait retirée.', 'la réforme serait retirée'),
    ).toMatchObject({
      pattern: 'subject-verb',
      kind: 'named',
      cue: 'a indiqué',
      name: 'Emmanuel Macron',
    });
  });

  it('finds the subject of "estime que" and splits "le président Emmanuel Macron"', () => {
    const text = 'Le président Emmanuel Macron estime que la réforme est nécessaire.';
    expect(described(text, 'la réforme est nécessaire')).toMatchObject({
      cue: 'estime',
      name: 'Emmanuel Macron',
      role: 'Le président',
    });
  });

  it('reads an adverb between the auxiliary and the participle', () => {
    const text = 'Jensen Huang a d’ailleurs indiqué que son entreprise n’avait pas reçu de commandes.';
    expect(described(text, 'son entreprise n’avait pas reçu de commandes')).toMatchObject({
      cue: 'a d’ailleurs indiqué',
      name: 'Jensen Huang',
    });
  });

  it('skips an adverbial before the subject ("Mardi, Emmanuel Macron a déclaré que")', () => {
    const text = 'Mardi, Emmanuel Macron a déclaré que la réforme était morte.';
    expect(attribute(text, 'la réforme était morte')?.name?.text).toBe('Emmanuel Macron');
  });

  it('finds the subject before a colon ("X résume la situation ainsi : « … »")', () => {
    const text = 'Bruno Le Maire résume la situation ainsi : « La priorité est d’accélérer ».';
    expect(described(text, 'La priorité est d’accélérer')).toMatchObject({
      cue: 'résume',
      name: 'Bruno Le Maire',
    });
  });

  it('finds the attribution inside a selection that includes it', () => {
    const text = 'Emmanuel Macron a indiqué que la réforme serait retirée.';
    expect(attribute(text, text.slice(0, -1))?.name?.text).toBe('Emmanuel Macron');
  });

  it('takes the subject of an earlier verb the claim’s verb shares ("…, et estime que")', () => {
    const text =
      'Jensen Huang, CEO de NVIDIA, a indiqué que son entreprise n’avait pas reçu de commandes, et estime que « les licences sont en cours ».';
    expect(described(text, 'les licences sont en cours')).toMatchObject({
      pattern: 'shared-subject',
      cue: 'estime',
      name: 'Jensen Huang',
      role: 'CEO de NVIDIA',
    });
  });

  it('does not read a noun for a verb ("une note", "le juge")', () => {
    expect(attribute('Le texte renvoie à une note que personne n’a lue.', 'personne n’a lue')).toBeNull();
  });
});

describe('findAttribution: selon X, d’après X, pour X', () => {
  it('finds "selon X" before or after the claim', () => {
    expect(described('Selon Emmanuel Macron, la réforme est morte.', 'la réforme est morte')).toMatchObject({
      pattern: 'selon',
      cue: 'Selon',
      name: 'Emmanuel Macron',
    });
    expect(described('La réforme est morte, selon Emmanuel Macron.', 'La réforme est morte')).toMatchObject({
      pattern: 'selon',
      name: 'Emmanuel Macron',
    });
  });

  it('finds "d’après X" with either apostrophe', () => {
    for (const apostrophe of ['’', "'"]) {
      const text = `D${apostrophe}après l${apostrophe}Insee, le chômage a baissé.`;
      expect(described(text, 'le chômage a baissé')).toMatchObject({
        pattern: 'd-apres',
        claimant: `l${apostrophe}Insee`,
        name: 'Insee',
      });
    }
  });

  it('finds "Pour X, …" and not "Pour l’instant, …"', () => {
    expect(
      described('Pour Bruno Le Maire, la croissance repartira.', 'la croissance repartira'),
    ).toMatchObject({
      pattern: 'pour',
      name: 'Bruno Le Maire',
    });
    expect(attribute('Pour l’instant, la croissance repartira.', 'la croissance repartira')).toBeNull();
    expect(attribute('Pour autant, la croissance repartira.', 'la croissance repartira')).toBeNull();
  });

  it('stops the name at the comma before the main clause', () => {
    const text = 'Selon Bruno Le Maire, Pékin a donné son feu vert.';
    expect(attribute(text, 'Pékin a donné son feu vert')?.claimant.text).toBe('Bruno Le Maire');
  });

  it('prefers the attribution that touches the claim to a "selon" elsewhere', () => {
    const text = 'Selon Le Monde, « la réforme est morte », a déclaré Emmanuel Macron.';
    const start = text.indexOf('la réforme');
    const names = attributionCandidates(text, start, start + 'la réforme est morte'.length).map(
      (attribution) => attribution.name?.text,
    );
    expect(names).toEqual(['Emmanuel Macron', 'Le Monde']);
  });
});

describe('findAttribution: unattributed sources', () => {
  it('reads "plusieurs informations concordantes" as an unattributed description', () => {
    const text = 'Selon plusieurs informations concordantes, Pékin a donné son feu vert.';
    expect(described(text, 'Pékin a donné son feu vert')).toEqual({
      pattern: 'selon',
      kind: 'unattributed',
      cue: 'Selon',
      claimant: 'plusieurs informations concordantes',
      name: null,
      role: null,
      acronym: null,
    });
  });

  it('reads "selon nos informations" and "un responsable du secteur" as unattributed', () => {
    expect(
      described('Selon nos informations, le projet est abandonné.', 'le projet est abandonné'),
    ).toMatchObject({
      kind: 'unattributed',
      claimant: 'nos informations',
    });
    expect(
      described('Un responsable du secteur estime que le projet est abandonné.', 'le projet est abandonné'),
    ).toMatchObject({ kind: 'unattributed', claimant: 'Un responsable du secteur' });
    expect(
      described(
        '« Le projet est abandonné », a confié une source proche du dossier.',
        'Le projet est abandonné',
      ),
    ).toMatchObject({ kind: 'unattributed', claimant: 'une source proche du dossier' });
  });

  it('reads a role without a name as an unattributed description', () => {
    expect(
      described('Le ministre a indiqué que le projet était abandonné.', 'le projet était abandonné'),
    ).toMatchObject({
      kind: 'unattributed',
      claimant: 'Le ministre',
    });
  });

  it('returns null when nothing attributes the claim', () => {
    expect(attribute('Le chômage a baissé de 2 %.', 'Le chômage a baissé')).toBeNull();
  });
});

describe('findAttribution: the seed article', () => {
  // Three paragraphs of ../shared/corpus/seed-h200-chine.fr.txt, copied (shared/ tests read no files).
  const seed = [
    'Profitant d’un assouplissement des conditions d’imporations américaines, la Chine accélère le pas. Selon plusieurs informations concordantes, Pékin a donné son feu vert au géant local DeepSeek pour acquérir les puissantes puces H200 de NVIDIA, un feu vert qui s’étend également à ByteDance, Alibaba et Tencent. Au total, jusqu’à 400 000 GPU pourraient être concernés, sous réserve de conditions finales encore en cours de validation.',
    'Les autorités chinoises n’ont pas encore officialisé tous les critères imposés aux entreprises concernées, ce qui pourrait retarder la livraison effective des composants. Jensen Huang, CEO de NVIDIA, a d’ailleurs indiqué que son entreprise n’avait pas encore reçu de commandes fermes, et estime que « les licences sont toujours en cours de finalisation du côté chinois ».',
    'Un responsable du secteur résume la situation ainsi : « La priorité est d’accélérer l’innovation, même si cela implique encore une dépendance temporaire aux technologies étrangères ».',
  ].join('\n\n');

  it('prefills Jensen Huang for his quoted statement', () => {
    expect(
      described(seed, 'les licences sont toujours en cours de finalisation du côté chinois'),
    ).toMatchObject({
      kind: 'named',
      name: 'Jensen Huang',
      role: 'CEO de NVIDIA',
    });
  });

  it('offers the paragraph’s "Selon plusieurs informations concordantes" for the 400 000 GPU claim', () => {
    const attribution = attribute(seed, 'jusqu’à 400 000 GPU pourraient être concernés');
    expect(attribution).toMatchObject({ kind: 'unattributed', scope: 'paragraph' });
    expect(attribution?.claimant.text).toBe('plusieurs informations concordantes');
  });

  it('reads "Un responsable du secteur résume la situation ainsi : « … »" as unattributed', () => {
    expect(described(seed, 'La priorité est d’accélérer l’innovation')).toMatchObject({
      pattern: 'subject-verb',
      kind: 'unattributed',
      claimant: 'Un responsable du secteur',
    });
  });
});
