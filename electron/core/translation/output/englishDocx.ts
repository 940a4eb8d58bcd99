import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ILevelsOptions,
  type INumberingOptions,
} from 'docx';
import type { EnglishBlock, EnglishInline } from './englishBlocks';

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/// The paragraph style quotes are written with (indented, as Word's own Quote style is).
export const docxQuoteStyle = 'Quote';

// Where a paragraph sits: how deep in quotes and lists, and the list marker it carries, if any
// (only the first paragraph of a list item carries one).
interface Context {
  readonly quoteDepth: number;
  readonly listDepth: number;
  readonly marker?: { readonly reference: string; readonly instance?: number } | 'bullet';
}

function runs(inlines: readonly EnglishInline[]): TextRun[] {
  return inlines.map((inline) =>
    inline.kind === 'break'
      ? new TextRun({ break: 1 })
      : new TextRun({
          text: inline.text,
          italics: inline.em || undefined,
          bold: inline.strong || undefined,
          ...(inline.untranslated ? { highlight: 'yellow', language: { value: 'fr-FR' } } : {}),
        }),
  );
}

function orderedLevels(start: number): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    start,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

/// The English article as a Word document (`.docx`): headings as Heading 1–6, quotes in the Quote
/// style, bullet and numbered lists (each numbered list from its own first number), emphasis as
/// italic and bold, hard breaks as line breaks; untranslated French, when kept, highlighted in
/// yellow and marked as French. The title goes in the document's core properties.
export async function englishDocx(title: string, blocks: readonly EnglishBlock[]): Promise<string> {
  const numbering: { config: INumberingOptions['config'][number][] } = { config: [] };
  const paragraphs: Paragraph[] = [];

  const paragraph = (inlines: readonly EnglishInline[], context: Context, heading?: number): void => {
    const indent = 720 * (context.quoteDepth + context.listDepth);
    const marker = context.marker;
    paragraphs.push(
      new Paragraph({
        children: runs(inlines),
        ...(heading === undefined ? {} : { heading: headingLevels[heading - 1] }),
        ...(context.quoteDepth > 0 && heading === undefined ? { style: docxQuoteStyle } : {}),
        ...(marker === 'bullet'
          ? { bullet: { level: Math.max(0, context.listDepth - 1) } }
          : marker
            ? { numbering: { ...marker, level: Math.max(0, context.listDepth - 1) } }
            : indent > 0
              ? { indent: { left: indent } }
              : {}),
      }),
    );
  };

  const block = (node: EnglishBlock, context: Context): void => {
    switch (node.type) {
      case 'heading':
        return paragraph(node.inlines, context, node.level);
      case 'paragraph':
        return paragraph(node.inlines, context);
      case 'blockquote': {
        node.children.forEach((child, index) =>
          block(child, {
            ...context,
            quoteDepth: context.quoteDepth + 1,
            marker: index === 0 ? context.marker : undefined,
          }),
        );
        return;
      }
      case 'list': {
        let marker: Context['marker'] = 'bullet';
        if (node.ordered) {
          const reference = `passerelle-ordered-${numbering.config.length + 1}`;
          numbering.config.push({ reference, levels: orderedLevels(node.order) });
          marker = { reference };
        }
        for (const item of node.items) {
          item.forEach((child, index) =>
            block(child, {
              ...context,
              listDepth: context.listDepth + 1,
              marker: index === 0 ? marker : undefined,
            }),
          );
        }
        return;
      }
    }
  };

  for (const node of blocks) block(node, { quoteDepth: 0, listDepth: 0 });

  const document = new Document({
    title,
    creator: 'Passerelle',
    styles: {
      default: { document: { run: { language: { value: 'en-GB' } } } },
      paragraphStyles: [
        {
          id: docxQuoteStyle,
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          paragraph: { indent: { left: 720, right: 720 } },
        },
      ],
    },
    numbering,
    sections: [{ children: paragraphs }],
  });
  return Packer.toBase64String(document);
}
