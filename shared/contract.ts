import { z } from 'zod';
import type { Annotation, Article, ArticleSummary, GlossaryEntry, ImportOutcome } from './domain';
import type { ErrorBody } from './errors';
import { entityLabels } from './labels';
import type { OperationName } from './operationNames';

const id = z.number().int().positive();
const label = z.enum(entityLabels);

/// Largest file an import accepts, in bytes.
export const maxImportBytes = 20 * 1024 * 1024;

/// Input schema of every operation; handlers receive only what these accept.
export const inputSchemas = {
  'articles.import': z.strictObject({
    files: z
      .array(
        z.strictObject({
          name: z.string().min(1).max(1024),
          /// The file's bytes, base64-encoded.
          data: z.string().max(Math.ceil((maxImportBytes * 4) / 3) + 8),
        }),
      )
      .min(1)
      .max(1000),
  }),
  'articles.list': z.strictObject({}),
  'articles.get': z.strictObject({ id }),
  'annotations.list': z.strictObject({ articleId: id }),
  'annotations.create': z.strictObject({
    articleId: id,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    kind: z.literal('entity'),
    label,
  }),
  'annotations.delete': z.strictObject({ id }),
  'glossary.list': z.strictObject({}),
  'glossary.create': z.strictObject({
    label,
    frenchTerm: z.string().trim().min(1).max(500),
    englishTerm: z.string().trim().max(500).default(''),
    note: z.string().max(5000).default(''),
  }),
  'glossary.update': z.strictObject({
    id,
    label: label.optional(),
    frenchTerm: z.string().trim().min(1).max(500).optional(),
    englishTerm: z.string().trim().max(500).optional(),
    note: z.string().max(5000).optional(),
    status: z.enum(['draft', 'approved']).optional(),
  }),
  'glossary.export': z.strictObject({ format: z.literal('csv') }),
} satisfies Record<OperationName, z.ZodType>;

/// What each operation resolves to.
export interface OperationResults {
  'articles.import': { readonly results: readonly ImportOutcome[] };
  'articles.list': readonly ArticleSummary[];
  'articles.get': Article;
  'annotations.list': readonly Annotation[];
  'annotations.create': Annotation;
  'annotations.delete': { readonly deleted: number };
  'glossary.list': readonly GlossaryEntry[];
  'glossary.create': GlossaryEntry;
  'glossary.update': GlossaryEntry;
  'glossary.export': { readonly fileName: string; readonly mimeType: string; readonly content: string };
}

/// The input a caller passes to an operation (defaults may be omitted).
export type OperationInput<K extends OperationName> = z.input<(typeof inputSchemas)[K]>;

/// The input a handler receives after validation (defaults filled in).
export type ValidatedInput<K extends OperationName> = z.output<(typeof inputSchemas)[K]>;

/// The result of an operation.
export type OperationResult<K extends OperationName> = OperationResults[K];

/// How a result or an error travels over IPC and HTTP.
export type Envelope<T> = { readonly ok: true; readonly result: T } | { readonly ok: false; readonly error: ErrorBody };

/// The typed client every front end gets: one function per operation.
export type PasserelleApi = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<OperationResult<K>>;
};

/// What the preload exposes as `window.passerelle`: one function per operation, answering an
/// envelope so errors keep their code across the context bridge.
export type PreloadBridge = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<Envelope<OperationResult<K>>>;
};

/// The global name the preload exposes the bridge under.
export const bridgeGlobalName = 'passerelle';
