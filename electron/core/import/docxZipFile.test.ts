import { describe, expect, it } from 'vitest';
import { checkZipArchive } from './checkZipArchive';
import { docxZipFile } from './docxZipFile';
import { buildZip } from './testing/buildZip';

describe('docxZipFile', () => {
  it('reads the checked parts as text, base64 or bytes, as JSZip gives them to mammoth', async () => {
    const zip = docxZipFile(
      checkZipArchive(
        'a.docx',
        buildZip([
          { name: 'word/', data: '' },
          { name: 'word/document.xml', data: '<w:document>Pékin 😀</w:document>' },
          { name: 'word/media/a.bin', data: Buffer.from([0, 1, 2, 250]) },
          { name: 'dup.xml', data: 'first' },
          { name: 'dup.xml', data: 'second' },
        ]),
      ),
    );
    expect(zip.exists('word/document.xml')).toBe(true);
    expect(zip.exists('word/')).toBe(false);
    expect(zip.exists('word/missing.xml')).toBe(false);
    expect(await zip.read('word/document.xml', 'utf-8')).toBe('<w:document>Pékin 😀</w:document>');
    expect(await zip.read('word/media/a.bin', 'base64')).toBe('AAEC+g==');
    expect(await zip.read('word/media/a.bin')).toEqual(new Uint8Array([0, 1, 2, 250]));
    expect(await zip.read('dup.xml', 'utf8')).toBe('second');
    await expect(zip.read('word/missing.xml', 'utf-8')).rejects.toThrow(/no part word\/missing.xml/);
    expect(() => zip.write('x', 'y')).toThrow();
  });
});
