import type { OperationResult, StoredImport, ValidatedInput } from '../../../shared/contract';
import type { ImportOutcome } from '../../../shared/domain';
import { PasserelleError, toErrorBody } from '../../../shared/errors';
import { storeArticle } from '../articles/articles';
import { clientError } from '../clientError';
import type { CoreContext } from '../coreContext';
import { refuseWhenReadOnly } from '../store/storeError';
import { fetchArticlePage, type FetchedPage } from './fetch/fetchArticlePage';
import type { ParseRequest } from './parseArticle';
import type { ParsedArticle } from './parsedArticle';
import { parseInWorker } from './parseInWorker';
import { storeInCommitGroup } from './commitGroup';
import { storedFormOf } from './storedForm';
import { cachedStatement } from '../store/rows';

/// Parses off the main thread; replaceable so a test can count or delay parses.
export type ArticleParser = (request: ParseRequest) => Promise<ParsedArticle>;

/// A parse that has settled: the article, or the error that refused it.
type SettledParse =
  { readonly ok: true; readonly parsed: ParsedArticle } | { readonly ok: false; readonly error: unknown };

/// The article already holding the same text (same sha256 of `articleText`), if any.
export function findDuplicate(ctx: CoreContext, parsed: ParsedArticle): { id: number; title: string } | null {
  const row = cachedStatement(
    ctx.store,
    'SELECT id, title FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1',
  ).get(storedFormOf(parsed).contentHash) as { id: number; title: string } | undefined;
  return row ?? null;
}

/// Stores a parsed article unless its text is already in the library (then nothing is stored
/// and the outcome names the existing article), or stores it anyway when `force` is set.
export function storeImported(
  ctx: CoreContext,
  outcomeName: string,
  storedFileName: string | null,
  parsed: ParsedArticle,
  force: boolean,
): StoredImport {
  // Computed once for the duplicate check and the insert (unless the parsing worker did).
  parsed = parsed.stored === undefined ? { ...parsed, stored: storedFormOf(parsed) } : parsed;
  const existing = force ? null : findDuplicate(ctx, parsed);
  if (existing !== null) {
    return { fileName: outcomeName, status: 'duplicate', articleId: existing.id, title: existing.title };
  }
  const articleId = storeArticle(ctx, storedFileName, parsed);
  return {
    fileName: outcomeName,
    status: 'imported',
    articleId,
    title: parsed.title,
    warnings: parsed.warnings ?? [],
  };
}

function parseFile(parse: ArticleParser, fileName: string, bytes: Uint8Array): Promise<SettledParse> {
  return parse({ kind: 'file', fileName, bytes }).then(
    (parsed) => ({ ok: true as const, parsed }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

// A file's outcome: its parse's failure at once, or its store in the workspace's next group commit.
function storeParsedFile(
  ctx: CoreContext,
  fileName: string,
  settled: SettledParse | undefined,
  force: boolean,
): Promise<ImportOutcome> {
  if (settled === undefined) {
    return Promise.resolve(
      failedOutcome(fileName, new PasserelleError('internal', 'The file was not parsed.')),
    );
  }
  if (!settled.ok) return Promise.resolve(failedOutcome(fileName, settled.error));
  return storeInCommitGroup(
    ctx.store,
    () => storeImported(ctx, fileName, fileName, settled.parsed, force),
    (error) => failedOutcome(fileName, error),
  );
}

// A batch reports each file's failure in its outcome, worded for a client as `clientError` does.
function failedOutcome(fileName: string, error: unknown): ImportOutcome {
  return { fileName, status: 'failed', error: toErrorBody(clientError(error)) };
}

/// Imports one file from its raw bytes, as the command line and the desktop menu read it from
/// disk: parsed in the worker pool, stored under `fileName` unless its text is already in the
/// library (unless `force`). A bad file is a 'failed' outcome, never an exception. Files imported
/// at the same time share a group commit (`storeInCommitGroup`); each outcome comes once committed.
export async function importFileBytes(
  ctx: CoreContext,
  fileName: string,
  bytes: Uint8Array,
  force: boolean,
  parse: ArticleParser = parseInWorker,
): Promise<ImportOutcome> {
  try {
    refuseWhenReadOnly(ctx.store);
  } catch (error) {
    return failedOutcome(fileName, error);
  }
  return storeParsedFile(ctx, fileName, await parseFile(parse, fileName, bytes), force);
}

/// Imports each file on its own, parsing them in the worker pool (`parseInWorker`): a bad file
/// gets a specific error, a file whose text is already stored is a 'duplicate' (unless `force`),
/// and the others still import, in order (stored in group commits, answered once all committed).
export async function importArticles(
  ctx: CoreContext,
  input: ValidatedInput<'articles.import'>,
  parse: ArticleParser = parseInWorker,
): Promise<OperationResult<'articles.import'>> {
  refuseWhenReadOnly(ctx.store);
  // All files are handed to the pool at once so its workers share the batch; results are stored
  // in the order given. Base64 is how the renderer's bytes cross IPC and HTTP; decoded once here.
  const parses = input.files.map((file) => parseFile(parse, file.name, Buffer.from(file.data, 'base64')));
  // Each file joins the group commit as soon as its parse is in, so the batch's files share a
  // few transactions rather than paying one commit each.
  const stored: Promise<ImportOutcome>[] = [];
  for (const [index, file] of input.files.entries()) {
    stored.push(storeParsedFile(ctx, file.name, await parses[index], input.force));
  }
  return { results: await Promise.all(stored) };
}

/// `articles.importUrl`: fetches a web page (see `fetchArticlePage`: public http(s) addresses
/// only, limited in redirects, size and time) and imports it through the HTML path; its source URL
/// is the URL finally fetched. A failure is thrown: a single import that fails is an error.
export async function importPage(
  ctx: CoreContext,
  input: ValidatedInput<'articles.importUrl'>,
  parse: ArticleParser = parseInWorker,
  fetchPage: (url: string) => Promise<FetchedPage> = fetchArticlePage,
): Promise<OperationResult<'articles.importUrl'>> {
  refuseWhenReadOnly(ctx.store);
  const page = await fetchPage(input.url);
  const parsed = await parse({ kind: 'page', url: page.url, bytes: page.bytes, charset: page.charset });
  return storeImported(ctx, input.url, null, parsed, input.force);
}

/// Imports a web page as one item of a batch (the command line's URLs): as `importPage`, but a
/// failure is an outcome, not an exception, like a file's.
export async function importArticleUrl(
  ctx: CoreContext,
  input: ValidatedInput<'articles.importUrl'>,
  parse: ArticleParser = parseInWorker,
  fetchPage: (url: string) => Promise<FetchedPage> = fetchArticlePage,
): Promise<ImportOutcome> {
  try {
    return await importPage(ctx, input, parse, fetchPage);
  } catch (error) {
    return failedOutcome(input.url, error);
  }
}

/// `articles.importText`: imports pasted content, plain text through the text reader, HTML through
/// the sanitiser and schema (no Readability: what was pasted is the article). The outcome's
/// `fileName` is empty; a failure is thrown.
export async function importArticleText(
  ctx: CoreContext,
  input: ValidatedInput<'articles.importText'>,
  parse: ArticleParser = parseInWorker,
): Promise<OperationResult<'articles.importText'>> {
  refuseWhenReadOnly(ctx.store);
  const parsed = await parse({ kind: 'paste', content: input.content, format: input.format });
  return storeImported(ctx, '', null, parsed, input.force);
}
