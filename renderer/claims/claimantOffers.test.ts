import { describe, expect, it } from 'vitest';
import { placeEntry } from '../article/testing/placeEntry';
import { claimantOffers } from './claimantOffers';

const text =
  'Jensen Huang, CEO de NVIDIA, a d’ailleurs indiqué que son entreprise n’avait pas encore reçu de ' +
  'commandes fermes, et estime que « les licences sont toujours en cours de finalisation du côté chinois ».';
const claim = 'les licences sont toujours en cours de finalisation du côté chinois';
const start = text.indexOf(claim);
const end = start + claim.length;

describe('claimantOffers', () => {
  it('offers the name an attribution points at when no entry is called so', () => {
    expect(claimantOffers(text, start, end, [])).toEqual(['Jensen Huang']);
  });

  it('offers nothing once an entry has that name, as its term or a variant, whatever the case', () => {
    expect(claimantOffers(text, start, end, [placeEntry(1, { frenchTerm: 'Jensen Huang' })])).toEqual([]);
    expect(
      claimantOffers(text, start, end, [
        placeEntry(1, { frenchTerm: 'Huang', frenchVariants: ['jensen huang'] }),
      ]),
    ).toEqual([]);
  });

  it('offers nothing for an unnamed source', () => {
    const unnamed =
      'Selon plusieurs informations concordantes, jusqu’à 400 000 GPU pourraient être concernés.';
    const at = unnamed.indexOf('jusqu’à');
    expect(claimantOffers(unnamed, at, unnamed.length - 1, [])).toEqual([]);
  });
});
