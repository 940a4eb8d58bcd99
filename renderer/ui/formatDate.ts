const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/// Formats an ISO 8601 date or date-time for `language`; a bare date is shown as that calendar
/// day (read in UTC, so no time zone moves it to the day before). Unparseable input is returned as is.
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = dateOnly.test(iso)
    ? { dateStyle: 'long', timeZone: 'UTC' }
    : { dateStyle: 'long' };
  return new Intl.DateTimeFormat(language, options).format(date);
}
