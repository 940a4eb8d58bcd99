import { describe, expect, it } from 'vitest';
import { parseArgs } from './parseArgs';

describe('parseArgs', () => {
  it('reads import with several inputs, --db and --json in any order', () => {
    expect(
      parseArgs(['import', 'a.txt', '--db', 'w.sqlite', 'folder', '--json', 'https://example.org/x']),
    ).toEqual({
      ok: true,
      command: {
        command: 'import',
        inputs: ['a.txt', 'folder', 'https://example.org/x'],
        db: 'w.sqlite',
        json: true,
      },
    });
    expect(parseArgs(['import', '--db=w.sqlite', 'a.txt'])).toEqual({
      ok: true,
      command: { command: 'import', inputs: ['a.txt'], db: 'w.sqlite', json: false },
    });
  });

  it('treats everything after -- as inputs', () => {
    expect(parseArgs(['import', '--', '--odd-name.txt'])).toMatchObject({
      ok: true,
      command: { inputs: ['--odd-name.txt'] },
    });
  });

  it('refuses import without inputs, with usage', () => {
    expect(parseArgs(['import', '--json'])).toEqual({
      ok: false,
      message: 'import needs at least one file, folder or URL.',
      showUsage: true,
    });
  });

  it('reads list', () => {
    expect(parseArgs(['list'])).toEqual({ ok: true, command: { command: 'list', json: false } });
    expect(parseArgs(['list', '--json', '--db', 'w.sqlite'])).toEqual({
      ok: true,
      command: { command: 'list', json: true, db: 'w.sqlite' },
    });
    expect(parseArgs(['list', 'extra'])).toMatchObject({ ok: false, showUsage: true });
  });

  it('reads export glossary, defaulting to csv', () => {
    expect(parseArgs(['export', 'glossary'])).toEqual({
      ok: true,
      command: { command: 'export-glossary', format: 'csv' },
    });
    expect(
      parseArgs(['export', 'glossary', '--format', 'csv', '--out', 'g.csv', '--db', 'w.sqlite']),
    ).toEqual({
      ok: true,
      command: { command: 'export-glossary', format: 'csv', out: 'g.csv', db: 'w.sqlite' },
    });
  });

  it('reads every glossary format DESIGN.md promises, and the scope flags', () => {
    for (const format of ['csv', 'tsv', 'json', 'tbx', 'html']) {
      expect(parseArgs(['export', 'glossary', '--format', format])).toEqual({
        ok: true,
        command: { command: 'export-glossary', format },
      });
    }
    expect(
      parseArgs([
        'export',
        'glossary',
        '--format',
        'tsv',
        '--approved',
        '--label',
        'person',
        '--article',
        '3',
        '--label',
        'place',
        '--article',
        '12',
        '--columns',
        'english_term,french_term',
      ]),
    ).toEqual({
      ok: true,
      command: {
        command: 'export-glossary',
        format: 'tsv',
        approvedOnly: true,
        labels: ['person', 'place'],
        articleIds: [3, 12],
        columns: ['english_term', 'french_term'],
      },
    });
    expect(parseArgs(['export', 'glossary', '--format', 'xml'])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/xml/),
    });
  });

  it('refuses export without a known target, and reads a ClaimReview export', () => {
    expect(parseArgs(['export'])).toMatchObject({ ok: false, showUsage: true });
    expect(parseArgs(['export', 'articles'])).toMatchObject({ ok: false, showUsage: true });
    expect(parseArgs(['export', 'dataset', '--format', 'claimreview'])).toMatchObject({
      ok: true,
      command: { command: 'export-dataset', format: 'claimreview' },
    });
  });

  it('reads serve with a port, defaulting to a free one', () => {
    expect(parseArgs(['serve'])).toEqual({ ok: true, command: { command: 'serve', port: 0, json: false } });
    expect(parseArgs(['serve', '--port', '5173', '--json', '--db', 'w.sqlite'])).toEqual({
      ok: true,
      command: { command: 'serve', port: 5173, json: true, db: 'w.sqlite' },
    });
    for (const port of ['-1', '65536', 'abc', '80.5']) {
      expect(parseArgs(['serve', `--port=${port}`]), port).toMatchObject({ ok: false, showUsage: true });
    }
  });

  it('reads serve’s --author, trimmed, and refuses a name that is not one line of 1 to 80 characters', () => {
    expect(parseArgs(['serve', '--author', ' Claire Lemoine '])).toEqual({
      ok: true,
      command: { command: 'serve', port: 0, json: false, author: 'Claire Lemoine' },
    });
    for (const name of ['   ', 'x'.repeat(81), 'Claire\nLemoine']) {
      expect(parseArgs(['serve', `--author=${name}`]), name).toMatchObject({ ok: false, showUsage: true });
    }
  });

  it('reads suggest with article ids, --db and --json, or without ids for every article', () => {
    expect(parseArgs(['suggest', '3', '--json', '12', '--db', 'w.sqlite'])).toEqual({
      ok: true,
      command: { command: 'suggest', articleIds: [3, 12], db: 'w.sqlite', json: true },
    });
    expect(parseArgs(['suggest'])).toEqual({
      ok: true,
      command: { command: 'suggest', articleIds: [], json: false },
    });
  });

  it('refuses an article id that is not a positive whole number, with usage', () => {
    for (const id of ['0', '-2', 'abc', '1.5']) {
      expect(parseArgs(['suggest', '--', id]), id).toEqual({
        ok: false,
        message: `An article id is a positive whole number, not "${id}".`,
        showUsage: true,
      });
    }
  });

  it('says the later commands are not available yet, without usage', () => {
    expect(parseArgs(['search', 'x'])).toEqual({
      ok: false,
      message: 'search is not available yet in this version.',
      showUsage: false,
    });
  });

  it('refuses unknown commands, unknown options and missing values, with usage', () => {
    expect(parseArgs([])).toMatchObject({ ok: false, showUsage: true });
    expect(parseArgs(['frobnicate'])).toEqual({
      ok: false,
      message: 'Unknown command "frobnicate".',
      showUsage: true,
    });
    expect(parseArgs(['list', '--verbose'])).toEqual({
      ok: false,
      message: 'Unknown option "--verbose".',
      showUsage: true,
    });
    expect(parseArgs(['list', '-v'])).toMatchObject({ ok: false, message: 'Unknown option "-v".' });
    expect(parseArgs(['list', '--port', '3'])).toMatchObject({
      ok: false,
      message: 'Unknown option "--port".',
    });
    expect(parseArgs(['list', '--db'])).toMatchObject({ ok: false, message: '--db needs a value.' });
    expect(parseArgs(['list', '--db', '--json'])).toMatchObject({
      ok: false,
      message: '--db needs a value.',
    });
    expect(parseArgs(['list', '--json=yes'])).toMatchObject({ ok: false, message: '--json takes no value.' });
    expect(parseArgs(['list', '--db', 'a', '--db', 'b'])).toMatchObject({
      ok: false,
      message: '--db is given twice.',
    });
  });

  it('reads --help anywhere, for the command it follows', () => {
    expect(parseArgs(['--help'])).toEqual({ ok: true, command: { command: 'help' } });
    expect(parseArgs(['import', '--help'])).toEqual({
      ok: true,
      command: { command: 'help', topic: 'import' },
    });
    expect(parseArgs(['import', 'a.txt', '-h', '--db', 'w.sqlite'])).toEqual({
      ok: true,
      command: { command: 'help', topic: 'import' },
    });
    expect(parseArgs(['export', '--out', 'g.csv', 'glossary', '--help'])).toEqual({
      ok: true,
      command: { command: 'help', topic: 'export glossary' },
    });
    expect(parseArgs(['export', '--help'])).toEqual({
      ok: true,
      command: { command: 'help', topic: 'export' },
    });
    expect(parseArgs(['help', 'suggest'])).toEqual({
      ok: true,
      command: { command: 'help', topic: 'suggest' },
    });
    expect(parseArgs(['help', 'export', 'glossary'])).toEqual({
      ok: true,
      command: { command: 'help', topic: 'export glossary' },
    });
  });

  it('answers the overview for --help with a command it does not know or has not built', () => {
    for (const argv of [
      ['frobnicate', '--help'],
      ['search', '--help'],
      ['help', 'frobnicate'],
    ]) {
      expect(parseArgs(argv), argv.join(' ')).toEqual({ ok: true, command: { command: 'help' } });
    }
  });

  it('finds the export target after its options, and says which targets exist', () => {
    expect(parseArgs(['export', '--format', 'csv', '--out', 'g.csv', 'glossary'])).toEqual({
      ok: true,
      command: { command: 'export-glossary', format: 'csv', out: 'g.csv' },
    });
    expect(parseArgs(['export'])).toEqual({
      ok: false,
      message: 'export needs a target: glossary, dataset, translation.',
      showUsage: true,
    });
    expect(parseArgs(['export', 'articles'])).toEqual({
      ok: false,
      message: 'Cannot export "articles".',
      showUsage: true,
    });
    expect(parseArgs(['export', 'glossary', 'extra'])).toEqual({
      ok: false,
      message: 'export glossary takes no argument "extra".',
      showUsage: true,
    });
  });

  it('names an unknown group of short options as written', () => {
    expect(parseArgs(['list', '-xv'])).toEqual({
      ok: false,
      message: 'Unknown option "-xv".',
      showUsage: true,
    });
    expect(parseArgs(['--db', 'w.sqlite'])).toEqual({
      ok: false,
      message: 'Unknown option "--db".',
      showUsage: true,
    });
  });
});
