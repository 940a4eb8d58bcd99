import { buildDocx } from '../../electron/core/import/testing/buildZip';
import { generateArticle } from '../generateArticle';

/// The file formats the import benchmark generates.
export type ImportFormat = 'txt' | 'md' | 'html' | 'docx';

/// A generated news article: its title and paragraphs.
export interface GeneratedArticle {
  readonly title: string;
  readonly paragraphs: readonly string[];
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/// A news article of about 600 words: a title and fifteen paragraphs; distinct for every seed.
export function generatedArticle(seed: number): GeneratedArticle {
  const blocks = generateArticle(600, seed).content.content.map((block) => block.textContent);
  return {
    title: `Article ${seed} : ${blocks[1]?.split(' ').slice(0, 6).join(' ') ?? ''}`,
    paragraphs: blocks.slice(1),
  };
}

/// `article` as the bytes of a file of `format`, shaped as such files usually are: a web page
/// with its site's header, navigation and footer around the article, a Word document with a title.
export function articleFile(format: ImportFormat, { title, paragraphs }: GeneratedArticle): Uint8Array {
  switch (format) {
    case 'txt':
      return Buffer.from([title, ...paragraphs].join('\n\n'));
    case 'md':
      return Buffer.from(
        [`# ${title}`, ...paragraphs.map((text, index) => (index % 5 === 0 ? `*${text}*` : text))].join(
          '\n\n',
        ),
      );
    case 'html':
      return Buffer.from(
        `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)} | Le Journal</title></head><body><header><nav><a href="/">Accueil</a></nav></header><main><article><h1>${escapeHtml(title)}</h1>${paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('')}</article></main><footer>© Le Journal</footer></body></html>`,
      );
    case 'docx':
      return buildDocx([{ style: 'Title', runs: [title] }, ...paragraphs.map((text) => ({ runs: [text] }))]);
  }
}
