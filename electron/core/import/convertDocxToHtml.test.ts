import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { checkZipArchive } from './checkZipArchive';
import { convertDocxToHtml } from './convertDocxToHtml';
import { docxZipFile } from './docxZipFile';
import { docxConversion } from './readDocx';
import { buildDocx, type DocxParagraph } from './testing/buildZip';

const paragraphs: DocxParagraph[] = [
  { style: 'Title', runs: ['Le budget de Rouen'] },
  { style: 'Heading1', runs: ['Les recettes'] },
  {
    runs: [
      'Le conseil ',
      { text: 'municipal', bold: true },
      ' a voté ',
      { text: 'jeudi', italic: true },
      '.',
    ],
  },
  { style: 'Quote', runs: ['« Nous avons fait des choix », a dit le maire.'] },
  { style: 'ListParagraph', runs: ['une liste sans numérotation'] },
  { style: 'Heading2', runs: [{ text: 'Les dépenses', bold: true, italic: true }] },
  { runs: [''] },
  { runs: ['Fin.'] },
];

describe('convertDocxToHtml', () => {
  it('gives mammoth’s own HTML and messages, file after file, with the import’s options and without', async () => {
    const embedded = await mammoth.embedStyleMap(
      { buffer: buildDocx(paragraphs) },
      "p[style-name='Heading 1'] => h3:fresh\np[style-name='Inconnu'] => nimporte quoi",
    );
    const files = [
      buildDocx(paragraphs),
      buildDocx(paragraphs.slice(2)),
      Buffer.from(embedded.toBuffer()),
      buildDocx([{ runs: ['Un seul paragraphe.'] }]),
    ];
    for (const options of [docxConversion, {}, { styleMap: ['p => nonsense ==>'] }]) {
      for (const buffer of [...files, ...files]) {
        const ours = await convertDocxToHtml({ buffer }, options);
        const theirs = await mammoth.convertToHtml({ buffer }, options);
        expect({ value: ours.value, messages: ours.messages }).toEqual({
          value: theirs.value,
          messages: theirs.messages,
        });
        // The parts the archive check inflated, as readDocx hands them over.
        const opened = await convertDocxToHtml(
          { file: docxZipFile(checkZipArchive('a.docx', buffer)) },
          options,
        );
        expect({ value: opened.value, messages: opened.messages }).toEqual({
          value: theirs.value,
          messages: theirs.messages,
        });
      }
    }
  });

  it('fails as mammoth does on an archive that is not a Word document', async () => {
    const notWord = Buffer.from('PK not a zip at all');
    const failure = (convert: () => Promise<unknown>) =>
      convert().then(
        () => null,
        (error: unknown) => String(error),
      );
    expect(await failure(() => convertDocxToHtml({ buffer: notWord }, docxConversion))).toBe(
      await failure(() => mammoth.convertToHtml({ buffer: notWord }, docxConversion)),
    );
  });
});
