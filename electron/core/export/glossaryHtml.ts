import type { GlossaryDecision, GlossaryEntry, Label } from '../../../shared/domain';
import type { GlossaryExportHeading } from './glossaryJson';

/// How the printable glossary names each house decision.
export const decisionNames = {
  translate: 'Translate',
  keep: 'Keep the original',
  gloss: 'Keep with a gloss',
} as const satisfies Record<GlossaryDecision, string>;

const htmlReferences: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/// `value` as HTML text or a quoted attribute value: markup characters as references, control
/// characters other than tab and line breaks (which HTML cannot show) dropped.
export function htmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\u007E\u00A0-\uFFFF]/g, '')
    .replace(/[&<>"']/g, (character) => htmlReferences[character]!);
}

// A4 with margins; rows never split across pages, the table head repeats on every page, and a
// type's heading stays with its first rows.
const styles = `
@page { size: A4; margin: 18mm 15mm 20mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.4 "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #111; margin: 0 auto; max-width: 180mm; }
header { border-bottom: 1.5pt solid #111; margin-bottom: 6mm; }
h1 { font-size: 18pt; margin: 0 0 1mm; }
header p { margin: 0 0 3mm; color: #444; }
section { margin-bottom: 6mm; }
h2 { font-size: 13pt; margin: 5mm 0 2mm; break-after: avoid; page-break-after: avoid; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 1.5mm 2mm; border-bottom: 0.5pt solid #bbb; overflow-wrap: anywhere; }
th { font-size: 9pt; text-transform: uppercase; letter-spacing: 0.03em; border-bottom: 1pt solid #111; }
col.term { width: 24%; } col.type { width: 13%; } col.decision { width: 15%; } col.note { width: 24%; }
td.note { white-space: pre-line; }
.avoid { display: block; font-size: 9pt; color: #555; }
.empty { color: #777; font-style: italic; }
`;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function byEnglishTerm(a: GlossaryEntry, b: GlossaryEntry): number {
  return (
    collator.compare(a.englishTerm || a.frenchTerm, b.englishTerm || b.frenchTerm) ||
    collator.compare(a.frenchTerm, b.frenchTerm) ||
    a.id - b.id
  );
}

function row(entry: GlossaryEntry, typeName: string): string {
  const avoid =
    entry.englishAvoid.length === 0
      ? ''
      : `<span class="avoid">Avoid: ${entry.englishAvoid.map(htmlText).join(', ')}</span>`;
  const english =
    entry.englishTerm === '' ? '<span class="empty">not set</span>' : htmlText(entry.englishTerm);
  const variants =
    entry.frenchVariants.length === 0
      ? ''
      : `<span class="avoid">Also: ${entry.frenchVariants.map(htmlText).join(', ')}</span>`;
  return [
    '<tr>',
    `<td>${english}${avoid}</td>`,
    `<td lang="fr">${htmlText(entry.frenchTerm)}${variants}</td>`,
    `<td>${htmlText(typeName)}</td>`,
    `<td>${decisionNames[entry.decision]}</td>`,
    `<td class="note">${htmlText(entry.note)}</td>`,
    '</tr>',
  ].join('');
}

/// A self-contained printable glossary page (inline CSS, no script, every text escaped): the
/// workspace's name and the date in the heading, then one table per type in the labels' order,
/// its entries sorted by English term, with English term, French term, type, decision and note.
export function glossaryHtml(
  entries: readonly GlossaryEntry[],
  labels: readonly Label[],
  heading: GlossaryExportHeading,
): string {
  const names = new Map(labels.map((label) => [label.key, label.nameEn]));
  const order = [...labels.map((label) => label.key)];
  for (const entry of entries)
    if (!names.has(entry.label) && !order.includes(entry.label)) order.push(entry.label);
  const date = heading.exportedAt.toISOString().slice(0, 10);
  const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    heading.exportedAt,
  );
  const sections = order.flatMap((key) => {
    const ofType = entries.filter((entry) => entry.label === key).sort(byEnglishTerm);
    if (ofType.length === 0) return [];
    const typeName = names.get(key) ?? key;
    return [
      '<section>',
      `<h2>${htmlText(typeName)} <small>(${ofType.length})</small></h2>`,
      '<table>',
      '<colgroup><col class="term"><col class="term"><col class="type"><col class="decision"><col class="note"></colgroup>',
      '<thead><tr><th scope="col">English</th><th scope="col">French</th><th scope="col">Type</th><th scope="col">Decision</th><th scope="col">Note</th></tr></thead>',
      '<tbody>',
      ...ofType.map((entry) => row(entry, typeName)),
      '</tbody>',
      '</table>',
      '</section>',
    ];
  });
  const title = `${heading.workspaceName} — glossary`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${htmlText(title)}</title>`,
    `<style>${styles}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${htmlText(title)}</h1>`,
    `<p>English glossary, ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}, <time datetime="${date}">${longDate}</time></p>`,
    '</header>',
    ...(sections.length === 0 ? ['<p class="empty">No entries.</p>'] : sections),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
