import { defaultCsvDialect, isCsvDialect, type CsvDialect } from '../../shared/exportFormats';

/// Where the CSV dialect last chosen for an export is remembered (the key earlier versions used).
export const csvDialectStorageKey = 'passerelle.csvDialect';

/// The CSV dialect last chosen, or the default.
export function readStoredCsvDialect(): CsvDialect {
  try {
    const stored = window.localStorage.getItem(csvDialectStorageKey);
    return stored !== null && isCsvDialect(stored) ? stored : defaultCsvDialect;
  } catch {
    return defaultCsvDialect;
  }
}

/// Remembers `dialect` for the next export.
export function storeCsvDialect(dialect: CsvDialect): void {
  try {
    window.localStorage.setItem(csvDialectStorageKey, dialect);
  } catch {
    // Storage may be unavailable (private mode); the choice still applies until the page reloads.
  }
}
