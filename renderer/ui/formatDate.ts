const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/// Formats an ISO 8601 date or date-time for `language`; a bare date is shown as that calendar
/// day (read in UTC, so no time zone moves it to the day before). French writes the first of a
/// month as an ordinal (« 1er décembre »). Unparseable input is returned as is.
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = dateOnly.test(iso)
    ? { dateStyle: 'long', timeZone: 'UTC' }
    : { dateStyle: 'long' };
  const french = new Intl.Locale(language).language === 'fr';
  return new Intl.DateTimeFormat(language, options)
    .formatToParts(date)
    .map(({ type, value }) => (french && type === 'day' && value === '1' ? '1er' : value))
    .join('');
}
