// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Annotation, GlossaryEntry } from '../../shared/domain';
import { initI18n } from '../app/i18n';
import { EntityPanel } from './EntityPanel';
import type { ArticleWorkActions } from './useArticleWork';
import { placeEntry } from './testing/placeEntry';

Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);

beforeAll(async () => {
  const i18n = await initI18n();
  await i18n.changeLanguage('en');
});

/// An entry whose French term counts how often it is read: a row reads it each time it is drawn.
function countedEntry(id: number, frenchTerm: string): { entry: GlossaryEntry; draws: () => number } {
  let draws = 0;
  const fields = placeEntry(id, { frenchTerm });
  const entry = new Proxy(fields, {
    get(target, property, receiver) {
      if (property === 'frenchTerm') draws += 1;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  return { entry, draws: () => draws };
}

function mention(id: number, start: number, glossaryEntryId: number): Annotation {
  return {
    id,
    articleId: 1,
    start,
    end: start + 5,
    kind: 'entity',
    label: 'place',
    quote: 'Pékin',
    prefix: '',
    suffix: '',
    glossaryEntryId,
    author: null,
    createdAt: '',
  };
}

function panelActions(): ArticleWorkActions {
  const resolved = () => Promise.resolve();
  return {
    mark: () => null,
    markClaim: () => Promise.resolve(null),
    relabel: resolved,
    link: resolved,
    linkToNewEntry: resolved,
    remove: resolved,
    annotateAll: vi.fn(() => Promise.resolve(0)),
    accept: resolved,
    reject: resolved,
    acceptAll: resolved,
    rejectAll: resolved,
    entrySaved: () => {},
    undo: () => null,
  };
}

/// Mounts the panel; `show` renders it again with other annotations, glossary or selection.
function mountPanel(props: {
  annotations: readonly Annotation[];
  glossary: readonly GlossaryEntry[];
  actions: ArticleWorkActions;
  onShowAnnotation: (id: number) => void;
}) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const show = (change: Partial<{ annotations: readonly Annotation[]; selectedId: number | null }> = {}) =>
    act(() =>
      root.render(
        <EntityPanel
          annotations={change.annotations ?? props.annotations}
          glossary={props.glossary}
          suggestions={[]}
          suggestionsError={null}
          selectedId={change.selectedId ?? null}
          actions={props.actions}
          onShowAnnotation={props.onShowAnnotation}
        />,
      ),
    );
  show();
  const button = (name: string) =>
    [...container.querySelectorAll('button')].find(
      (candidate) => candidate.title === name || candidate.getAttribute('aria-label') === name,
    )!;
  return { show, button, unmount: () => act(() => root.unmount()) };
}

describe('EntityPanel', () => {
  it('redraws only the row of the entry whose mentions changed', () => {
    const pekin = countedEntry(7, 'Pékin');
    const lyon = countedEntry(8, 'Lyon');
    const annotations = [mention(1, 0, 7), mention(2, 20, 8)];
    const panel = mountPanel({
      annotations,
      glossary: [pekin.entry, lyon.entry],
      actions: panelActions(),
      onShowAnnotation: () => {},
    });
    const before = { pekin: pekin.draws(), lyon: lyon.draws() };
    panel.show({ annotations: [...annotations, mention(3, 40, 7)] });
    expect(pekin.draws()).toBeGreaterThan(before.pekin);
    expect(lyon.draws()).toBe(before.lyon);
    panel.unmount();
  });

  it('walks through an entry’s mentions on repeated clicks, and annotates from its first', () => {
    const pekin = countedEntry(7, 'Pékin');
    const onShowAnnotation = vi.fn();
    const actions = panelActions();
    const annotations = [mention(1, 0, 7), mention(2, 20, 7)];
    const panel = mountPanel({ annotations, glossary: [pekin.entry], actions, onShowAnnotation });
    act(() => panel.button('Show “Pékin” in the text').click());
    expect(onShowAnnotation).toHaveBeenLastCalledWith(1);
    panel.show({ selectedId: 1 });
    act(() => panel.button('Show “Pékin” in the text').click());
    expect(onShowAnnotation).toHaveBeenLastCalledWith(2);
    panel.show({ selectedId: 2 });
    act(() => panel.button('Show “Pékin” in the text').click());
    expect(onShowAnnotation).toHaveBeenLastCalledWith(1);
    act(() => panel.button('Annotate every occurrence of Pékin in this article').click());
    expect(actions.annotateAll).toHaveBeenCalledWith(1);
    panel.unmount();
  });
});
