import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../coreContext';
import { dispatch } from '../dispatch';
import { storeParagraphs, testContext } from '../testing/testContext';

// An article of two paragraphs, segmented, its first sentence translated and confirmed.
async function halfTranslated(ctx: CoreContext) {
  const articleId = storeParagraphs(ctx, ['Le ciel est bleu. Il pleut.', 'Le vent tombe.'], 'Météo');
  const segments = await dispatch(ctx, 'translation.segment', { articleId });
  await dispatch(ctx, 'segments.update', {
    id: segments[0]!.id,
    target: 'The sky is blue.',
    status: 'translated',
  });
  return { articleId, segments };
}

describe('translation.export', () => {
  it('writes the English article, the French of untranslated segments marked or left out', async () => {
    const ctx = testContext();
    const { articleId } = await halfTranslated(ctx);
    const marked = await dispatch(ctx, 'translation.export', { articleId, format: 'md' });
    expect(marked).toMatchObject({ encoding: 'utf-8', untranslated: 2 });
    expect(marked.content).toContain('The sky is blue.');
    expect(marked.content).toContain('Il pleut.');
    const omitted = await dispatch(ctx, 'translation.export', {
      articleId,
      format: 'txt',
      untranslated: 'omit',
    });
    expect(omitted.content).toContain('The sky is blue.');
    expect(omitted.content).not.toContain('pleut');
    await expect(
      dispatch(ctx, 'translation.export', { articleId, format: 'html', untranslated: 'refuse' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('2 segments have no English'),
    });
  });

  it('refuses an article not split into segments yet, saying what to do', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Le ciel est bleu.'], 'Météo');
    await expect(dispatch(ctx, 'translation.export', { articleId, format: 'xliff' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('split it into sentences'),
    });
    await expect(dispatch(ctx, 'translation.export', { articleId: 99, format: 'md' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('translation.import', () => {
  it('brings back the targets and states a translator wrote in the exported XLIFF, as one undo step', async () => {
    const ctx = testContext();
    const { articleId, segments } = await halfTranslated(ctx);
    const { content, fileName } = await dispatch(ctx, 'translation.export', { articleId, format: 'xliff' });
    expect(fileName).toMatch(/\.xlf$/);
    // What a translation tool does: a target for the second segment, marked reviewed.
    const unit = new RegExp(
      `(<segment id="s${segments[1]!.id}"[^>]*?)state="initial"([^>]*>\\s*<source>[^<]*</source>)(\\s*<target>\\s*</target>|\\s*<target/>)?`,
    );
    expect(content).toMatch(unit);
    const filled = content.replace(unit, '$1state="reviewed"$2<target>It is raining.</target>');
    const summary = await dispatch(ctx, 'translation.import', { fileName: 'meteo.xlf', content: filled });
    expect(summary).toMatchObject({ articleId, updated: 1, unchanged: 2 });
    expect(summary.segments[1]).toMatchObject({
      target: 'It is raining.',
      status: 'reviewed',
      origin: 'human',
    });
    expect((await dispatch(ctx, 'history.state', {})).undoMessage).toEqual({
      key: 'history.step.importTranslation',
      params: { fileName: 'meteo.xlf', count: 1 },
    });
    await dispatch(ctx, 'history.undo', {});
    expect((await dispatch(ctx, 'segments.list', { articleId }))[1]).toMatchObject({
      target: '',
      status: 'new',
    });
  });

  it('refuses the whole file when a segment changed or is gone since the export, naming it', async () => {
    const ctx = testContext();
    const { articleId, segments } = await halfTranslated(ctx);
    const { content } = await dispatch(ctx, 'translation.export', { articleId, format: 'xliff' });
    await dispatch(ctx, 'segments.merge', { id: segments[0]!.id });
    const merged = (await dispatch(ctx, 'segments.list', { articleId }))[0]!;
    // The first segment now holds both sentences: its French is not the file's.
    await expect(
      dispatch(ctx, 'translation.import', { fileName: 'meteo.xlf', content }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      params: { detail: 'xliffSourceChanged', segment: `s${segments[0]!.id}` },
    });
    // Without the first segment in the file, the second is the one gone.
    const first = new RegExp(`<segment id="s${segments[0]!.id}"[\\s\\S]*?</segment>`);
    expect(content).toMatch(first);
    await expect(
      dispatch(ctx, 'translation.import', { fileName: 'meteo.xlf', content: content.replace(first, '') }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      params: { detail: 'xliffUnknownSegment', segment: `s${segments[1]!.id}` },
    });
    expect((await dispatch(ctx, 'segments.list', { articleId }))[0]).toEqual(merged);
  });

  it('refuses a file that is not XLIFF with the parser’s line', async () => {
    const ctx = testContext();
    await expect(
      dispatch(ctx, 'translation.import', { fileName: 'x.xlf', content: '<xliff version="2.1"><file' }),
    ).rejects.toMatchObject({ code: 'parse_failed' });
  });
});
