import { uiLanguageFor, uiLanguages, type UiLanguage } from '../../shared/languages';

/// The UI language a browser prefers, from its `Accept-Language` header: the language of its
/// highest-ranked tag that Passerelle ships (French for `de, fr;q=0.8, en;q=0.5`), English when
/// none is named or the header is missing.
export function preferredUiLanguage(acceptLanguage: string | undefined): UiLanguage {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, position) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const quality = parameters
        .map((parameter) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(parameter)?.[1])
        .find((value) => value !== undefined);
      return {
        tag: tag.trim().toLowerCase(),
        quality: quality === undefined ? 1 : Number(quality),
        position,
      };
    })
    .filter(({ tag, quality }) => tag !== '' && Number.isFinite(quality) && quality > 0)
    // Equal qualities keep the order the browser sent them in.
    .sort((a, b) => b.quality - a.quality || a.position - b.position);
  const shipped = ranked.find(({ tag }) =>
    uiLanguages.some((language) => tag === language || tag.startsWith(`${language}-`)),
  );
  return uiLanguageFor(shipped?.tag);
}
