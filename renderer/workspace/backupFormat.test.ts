import { describe, expect, it } from 'vitest';
import { formatBackupDate, formatBackupSize as formatted } from './backupFormat';

// Intl puts a no-break space between the number and the unit in some languages.
const formatBackupSize = (bytes: number, language: string): string =>
  formatted(bytes, language).replace(/\s/gu, ' ');

describe('backup formats', () => {
  it('shows sizes in kilobytes below a megabyte and in megabytes above, in the UI language', () => {
    expect(formatBackupSize(94_208, 'en')).toBe('94 kB');
    expect(formatBackupSize(52_400_000, 'en')).toBe('52.4 MB');
    expect(formatBackupSize(52_400_000, 'fr')).toBe('52,4 Mo');
    expect(formatBackupSize(12, 'en')).toBe('1 kB');
  });

  it('shows the date with its time, and an unreadable date as it is', () => {
    expect(formatBackupDate('2026-12-02T09:30:05.000Z', 'en')).toMatch(/2 December 2026|December 2, 2026/);
    expect(formatBackupDate('yesterday', 'en')).toBe('yesterday');
  });
});
