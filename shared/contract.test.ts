import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { inputSchemas } from './contract';
import { isWellFormedText } from './wellFormedText';

/// Every string schema inside `schema`, each with the path to it.
function stringSchemas(schema: z.ZodType, path: string): { path: string; schema: z.ZodType }[] {
  if (schema instanceof z.ZodString || schema instanceof z.ZodStringFormat) return [{ path, schema }];
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
      stringSchemas(field, `${path}.${key}`),
    );
  }
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return stringSchemas(schema.unwrap() as z.ZodType, path);
  }
  if (schema instanceof z.ZodArray) return stringSchemas(schema.element as z.ZodType, `${path}[]`);
  // A string piped through a transform is checked whole, transform included.
  if (schema instanceof z.ZodPipe) {
    return stringSchemas(schema.in as z.ZodType, path).map((string) => ({ path: string.path, schema }));
  }
  if (schema instanceof z.ZodUnion) {
    return (schema.options as readonly z.ZodType[]).flatMap((option) => stringSchemas(option, path));
  }
  return [];
}

describe('input schemas', () => {
  const strings = Object.entries(inputSchemas).flatMap(([name, schema]) => stringSchemas(schema, name));

  it('find the string fields of the operations', () => {
    expect(strings.map((string) => string.path)).toEqual(
      expect.arrayContaining([
        'glossary.create.frenchTerm',
        'articles.import.files[].name',
        'labels.create.nameFr',
      ]),
    );
  });

  it.each(strings)('let no lone surrogate through $path: refused, or repaired', ({ schema }) => {
    for (const text of ['lone\ud800x', '\udc00Macron', 'Macron\ud83d']) {
      const parsed = schema.safeParse(text);
      if (parsed.success) expect(isWellFormedText(String(parsed.data))).toBe(true);
    }
  });

  it('refuse a glossary term holding a lone surrogate, saying where and why', () => {
    const parsed = inputSchemas['glossary.create'].safeParse({ label: 'person', frenchTerm: 'lone\ud800x' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['frenchTerm'],
      message: expect.stringContaining('lone surrogate'),
    });
  });

  it('repair a lone surrogate in pasted text, as importing any text does', () => {
    const parsed = inputSchemas['articles.importText'].parse({ content: 'Pékin\ud800 😀', format: 'text' });
    expect(parsed.content).toBe('Pékin\ufffd 😀');
  });
});
