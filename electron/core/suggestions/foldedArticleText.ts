import { foldWithMap, type FoldedText } from '../../../shared/matching/foldWithMap';

/// How many articles' folded texts are kept.
const kept = 4;

const recent = new Map<number, { readonly text: string; readonly folded: FoldedText }>();

/// The folded form of an article's text. An article's text never changes after import, and the
/// editor asks for suggestions again after every accept or reject, so the folded forms of the
/// last few articles are kept; comparing the text guards against a reused article id.
export function foldedArticleText(articleId: number, text: string): FoldedText {
  const cached = recent.get(articleId);
  recent.delete(articleId);
  const folded = cached && cached.text === text ? cached.folded : foldWithMap(text);
  recent.set(articleId, { text, folded });
  for (const oldest of recent.keys()) {
    if (recent.size <= kept) break;
    recent.delete(oldest);
  }
  return folded;
}
