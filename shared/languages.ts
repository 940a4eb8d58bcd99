/// The UI languages Passerelle ships, in the order the language switch lists them.
export const uiLanguages = ['en', 'fr'] as const;

/// One of `uiLanguages`.
export type UiLanguage = (typeof uiLanguages)[number];

/// Whether a value (from storage, IPC or a URL) is one of `uiLanguages`.
export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

/// The UI language for a locale such as `fr-CA` or `en-GB`: French for any French locale,
/// English otherwise.
export function uiLanguageFor(locale: string | null | undefined): UiLanguage {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/// A language's name in another language (`languageName('en', 'fr')` is "anglais"), from
/// `Intl.DisplayNames`; the tag itself when the runtime does not know it.
export function languageName(tag: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
