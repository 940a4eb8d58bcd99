import { describe, expect, it } from 'vitest';
import { webModeHelpPage } from './webModeHelpPage';

describe('webModeHelpPage', () => {
  it('tells an English reader to open the address npm run web printed', () => {
    const page = webModeHelpPage('en');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Open the address that <code>npm run web</code> printed');
  });

  it('tells a French reader the same in French', () => {
    const page = webModeHelpPage('fr');
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('Ouvrez l’adresse que <code>npm run web</code> a affichée');
  });

  it('is static: no script, no inline style, and it names the favicon', () => {
    for (const page of [webModeHelpPage('en'), webModeHelpPage('fr')]) {
      expect(page).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
      expect(page).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    }
  });
});
