import type { UiLanguage } from '../../shared/languages';

/// What the page says in one language. It lives here rather than in the locale files because
/// the server writes it as static HTML, without i18next or a script.
interface WebModeHelpText {
  readonly title: string;
  readonly heading: string;
  readonly why: string;
  readonly open: readonly [before: string, command: string, after: string];
  readonly address: string;
  readonly restart: readonly [before: string, command: string, after: string];
}

/// The help page's text in every UI language.
export const webModeHelpText = {
  en: {
    title: 'Passerelle: open web mode from its address',
    heading: 'Open Passerelle from the address web mode printed',
    why: 'This tab was opened without Passerelle’s access key, or with the key of an earlier run, so it cannot show your workspace.',
    open: ['Open the address that ', 'npm run web', ' printed in its terminal.'],
    address:
      'That address starts with http://127.0.0.1: and ends with #token= followed by the key; each run prints a new one. Copy all of it into the address bar.',
    restart: ['If web mode has stopped, start it again with ', 'npm run web', ' and open the new address.'],
  },
  fr: {
    title: 'Passerelle\u00a0: ouvrir le mode web depuis son adresse',
    heading: 'Ouvrez Passerelle depuis l’adresse affichée par le mode web',
    why: 'Cet onglet a été ouvert sans la clé d’accès de Passerelle, ou avec celle d’un lancement précédent\u00a0: il ne peut pas afficher votre espace de travail.',
    open: ['Ouvrez l’adresse que ', 'npm run web', ' a affichée dans son terminal.'],
    address:
      'Cette adresse commence par http://127.0.0.1: et se termine par #token= suivi de la clé\u00a0; chaque lancement en affiche une nouvelle. Copiez-la en entier dans la barre d’adresse.',
    restart: [
      'Si le mode web s’est arrêté, relancez-le avec ',
      'npm run web',
      ' et ouvrez la nouvelle adresse.',
    ],
  },
} as const satisfies Record<UiLanguage, WebModeHelpText>;

/// The static page a tab without a valid web-mode token is sent to, in `language`: how to open
/// web mode, with the favicon and no script (the CSP header applies to it as to every page).
export function webModeHelpPage(language: UiLanguage): string {
  const text: WebModeHelpText = webModeHelpText[language];
  const withCommand = ([before, command, after]: WebModeHelpText['open']): string =>
    `${escapeHtml(before)}<code>${escapeHtml(command)}</code>${escapeHtml(after)}`;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(text.title)}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body>
<main>
<h1>${escapeHtml(text.heading)}</h1>
<p>${escapeHtml(text.why)}</p>
<p>${withCommand(text.open)}</p>
<p>${escapeHtml(text.address)}</p>
<p>${withCommand(text.restart)}</p>
</main>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
}
