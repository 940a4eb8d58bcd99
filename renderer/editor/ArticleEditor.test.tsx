// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { articleText } from '../../shared/articleText';
import type { Annotation, Article, Suggestion } from '../../shared/domain';
import { articleSchema } from '../../shared/schema';
import { initI18n } from '../app/i18n';
import { ArticleEditor, type ArticleEditorActions } from './ArticleEditor';
import { stageLength } from './drawingStages';

Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);

beforeAll(async () => {
  // jsdom lays nothing out, so it has nothing to scroll.
  Element.prototype.scrollIntoView = () => undefined;
  const i18n = await initI18n();
  await i18n.changeLanguage('en');
});

/// An article of `paragraphs` paragraphs, each naming Pékin once at its start.
function longArticle(paragraphs: number): Article {
  const sentence = 'Pékin accueille les délégations venues de toute la région pour trois jours. ';
  const doc = articleSchema.node(
    'doc',
    null,
    Array.from({ length: paragraphs }, () =>
      articleSchema.node('paragraph', null, [articleSchema.text(sentence.repeat(4).trim())]),
    ),
  );
  return {
    id: 1,
    title: 'Long',
    byline: null,
    publishedAt: null,
    source: null,
    fileName: null,
    importedAt: '',
    annotationCount: 0,
    sourceUrl: null,
    siteName: null,
    language: 'fr',
    encoding: null,
    doc: doc.toJSON() as Article['doc'],
    text: articleText(doc),
  };
}

/// One annotation on every "Pékin" of the text, and one suggestion on every "région".
function marksOf(text: string): { annotations: Annotation[]; suggestions: Suggestion[] } {
  const annotations: Annotation[] = [];
  const suggestions: Suggestion[] = [];
  for (const match of text.matchAll(/Pékin|région/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[0] === 'Pékin')
      annotations.push({
        id: annotations.length + 1,
        articleId: 1,
        start,
        end,
        kind: 'entity',
        label: 'place',
        quote: 'Pékin',
        prefix: '',
        suffix: '',
        glossaryEntryId: 1,
        author: null,
        createdAt: '',
      });
    else
      suggestions.push({
        articleId: 1,
        start,
        end,
        text: 'région',
        entryId: 2,
        label: 'place',
        frenchTerm: 'région',
        englishTerm: 'region',
      });
  }
  return { annotations, suggestions };
}

const actions: ArticleEditorActions = {
  onMark: () => null,
  onMarkClaim: vi.fn(),
  onRelabel: vi.fn(),
  onDelete: vi.fn(),
  onSelect: vi.fn(),
  onSelectSuggestion: vi.fn(),
  onAcceptSuggestion: vi.fn(),
  onRejectSuggestion: vi.fn(),
  onAcceptEntrySuggestions: vi.fn(),
  onHistoryKey: () => null,
};

let root: Root | null = null;
let container: HTMLElement | null = null;

async function renderEditor(
  article: Article,
  props: { annotations: Annotation[]; suggestions: Suggestion[]; selectedId?: number | null },
): Promise<void> {
  container ??= document.body.appendChild(document.createElement('div'));
  root ??= createRoot(container);
  const { annotations, suggestions, selectedId = null } = props;
  await act(async () =>
    root!.render(
      <ArticleEditor
        article={article}
        labels={[]}
        annotations={annotations}
        suggestions={suggestions}
        selectedId={selectedId}
        selectedSuggestionKey={null}
        reveal={null}
        actions={actions}
      />,
    ),
  );
}

const drawn = (selector: string) => document.querySelectorAll(`.article-text ${selector}`).length;

afterEach(async () => {
  await act(async () => root?.unmount());
  root = null;
  container?.remove();
  container = null;
});

describe('ArticleEditor drawing many marks arriving at once', () => {
  // 640 paragraphs of 300 characters: 192,000 characters (five slices), 640 annotations, 640
  // suggestions: over the threshold, and light enough for jsdom on a busy machine.
  const article = longArticle(640);
  const marks = marksOf(article.text);

  it('draws the start of the text first and the rest after the following paints', async () => {
    expect(article.text.length).toBeGreaterThan(4 * stageLength);
    await renderEditor(article, { annotations: [], suggestions: [] });
    await renderEditor(article, marks);
    const first = drawn('.annotation');
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(marks.annotations.length);
    expect(document.querySelector('[data-annotation-id="1"]')).not.toBeNull();
    expect(drawn('.suggestion')).toBeLessThan(marks.suggestions.length);
    await vi.waitFor(
      () => {
        expect(drawn('.annotation')).toBe(marks.annotations.length);
        expect(drawn('.suggestion')).toBe(marks.suggestions.length);
      },
      { timeout: 25_000, interval: 50 },
    );
  });

  it('draws everything at once when an annotation not drawn yet is selected', async () => {
    await renderEditor(article, { annotations: [], suggestions: [] });
    const last = marks.annotations.at(-1)!;
    await renderEditor(article, marks);
    expect(document.querySelector(`[data-annotation-id="${last.id}"]`)).toBeNull();
    await renderEditor(article, { ...marks, selectedId: last.id });
    expect(drawn('.annotation')).toBe(marks.annotations.length);
    expect(document.querySelector(`[data-annotation-id="${last.id}"]`)?.getAttribute('aria-current')).toBe(
      'true',
    );
  });

  it('draws a few marks arriving at once in one go', async () => {
    const few = { annotations: marks.annotations.slice(0, 50), suggestions: marks.suggestions.slice(0, 50) };
    await renderEditor(article, { annotations: [], suggestions: [] });
    await renderEditor(article, few);
    expect(drawn('.annotation')).toBe(50);
    expect(drawn('.suggestion')).toBe(50);
  });
});
