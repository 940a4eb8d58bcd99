import { PasserelleError } from '../../../shared/errors';
import type { ParsedArticle } from './parsedArticle';

/// Reads one imported file (by its name's extension) into an article. PLACEHOLDER until the import helper lands.
export function parseArticleFile(fileName: string, _bytes: Uint8Array): ParsedArticle {
  throw new PasserelleError('unsupported_format', `Cannot read ${fileName} yet.`);
}
