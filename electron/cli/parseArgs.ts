/// The command line's usage text, as `--help` prints it and usage errors end with.
export const usage = `Usage: passerelle <command> [options]

Commands:
  import <file|folder|url>... [--db FILE] [--json]   import articles (.txt, .html, .htm, .md, .docx, http(s) URLs)
  list [--db FILE] [--json]                           list the articles in the workspace
  export glossary [--format csv] [--out FILE] [--db FILE]
                                                      write the glossary (stdout without --out)
  suggest [<article-id>...] [--db FILE] [--json]      print the glossary matches not yet annotated
                                                      (in every article without ids)
  serve [--db FILE] [--port N] [--json]               start web mode on 127.0.0.1

Options:
  --db FILE    the workspace to use (default: PASSERELLE_DB, else the desktop app's workspace)
  --json       machine-readable output, one JSON value per line
  --help       print this help
`;

/// One command line, understood.
export type CliCommand =
  | { readonly command: 'help' }
  | {
      readonly command: 'import';
      readonly inputs: readonly string[];
      readonly db?: string;
      readonly json: boolean;
    }
  | { readonly command: 'list'; readonly db?: string; readonly json: boolean }
  | {
      readonly command: 'export-glossary';
      readonly format: 'csv';
      readonly out?: string;
      readonly db?: string;
    }
  | {
      readonly command: 'suggest';
      /// The articles to look in; empty means every article.
      readonly articleIds: readonly number[];
      readonly db?: string;
      readonly json: boolean;
    }
  | { readonly command: 'serve'; readonly port: number; readonly db?: string; readonly json: boolean };

/// The outcome of reading the arguments: a command, or why not (with `showUsage` when the
/// mistake is in the shape of the command line rather than a feature not built yet).
export type ParsedArgs =
  | { readonly ok: true; readonly command: CliCommand }
  | { readonly ok: false; readonly message: string; readonly showUsage: boolean };

const laterCommands = new Set(['import-glossary', 'import-dataset']);
const laterGlossaryFormats = new Set(['tsv', 'json', 'tbx']);

type OptionName = 'db' | 'json' | 'port' | 'format' | 'out';
const valueOptions = new Set<OptionName>(['db', 'port', 'format', 'out']);

class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage = true,
  ) {
    super(message);
  }
}

interface SplitArgs {
  readonly positionals: string[];
  readonly options: Map<OptionName, string>;
}

/// Reads `process.argv.slice(2)`. Options may come anywhere after the command, as `--name value`
/// or `--name=value`; `--` ends the options.
export function parseArgs(argv: readonly string[]): ParsedArgs {
  try {
    return { ok: true, command: parseCommand(argv) };
  } catch (error) {
    if (error instanceof UsageError) return { ok: false, message: error.message, showUsage: error.showUsage };
    throw error;
  }
}

function parseCommand(argv: readonly string[]): CliCommand {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError('No command given.');
  if (
    name === '--help' ||
    name === '-h' ||
    name === 'help' ||
    rest.includes('--help') ||
    rest.includes('-h')
  ) {
    return { command: 'help' };
  }
  if (laterCommands.has(name)) throw new UsageError(`${name} is not available yet in this version.`, false);

  switch (name) {
    case 'import': {
      const { positionals, options } = splitArgs(rest, ['db', 'json']);
      if (positionals.length === 0) throw new UsageError('import needs at least one file, folder or URL.');
      return { command: 'import', inputs: positionals, ...dbOption(options), json: options.has('json') };
    }
    case 'list': {
      const { positionals, options } = splitArgs(rest, ['db', 'json']);
      noPositionals('list', positionals);
      return { command: 'list', ...dbOption(options), json: options.has('json') };
    }
    case 'export': {
      const { positionals, options } = splitArgs(rest, ['db', 'format', 'out']);
      const [target, ...extra] = positionals;
      if (target === 'dataset')
        throw new UsageError('export dataset is not available yet in this version.', false);
      if (target !== 'glossary') {
        throw new UsageError(
          target === undefined ? 'export needs a target: glossary.' : `Cannot export "${target}".`,
        );
      }
      noPositionals('export glossary', extra);
      const format = options.get('format') ?? 'csv';
      if (laterGlossaryFormats.has(format)) {
        throw new UsageError(`format ${format} is not supported yet (supported: csv)`, false);
      }
      if (format !== 'csv') throw new UsageError(`Unknown format "${format}" (supported: csv).`, false);
      const out = options.get('out');
      return {
        command: 'export-glossary',
        format,
        ...dbOption(options),
        ...(out === undefined ? {} : { out }),
      };
    }
    case 'suggest': {
      const { positionals, options } = splitArgs(rest, ['db', 'json']);
      return {
        command: 'suggest',
        articleIds: positionals.map(articleIdArgument),
        ...dbOption(options),
        json: options.has('json'),
      };
    }
    case 'serve': {
      const { positionals, options } = splitArgs(rest, ['db', 'port', 'json']);
      noPositionals('serve', positionals);
      return {
        command: 'serve',
        port: portOption(options.get('port')),
        ...dbOption(options),
        json: options.has('json'),
      };
    }
    default:
      throw new UsageError(name.startsWith('-') ? `Unknown option "${name}".` : `Unknown command "${name}".`);
  }
}

function splitArgs(args: readonly string[], allowed: readonly OptionName[]): SplitArgs {
  const positionals: string[] = [];
  const options = new Map<OptionName, string>();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--') {
      positionals.push(...args.slice(index + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option "${arg}".`);
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals === -1 ? undefined : equals);
    const option = allowed.find((candidate) => candidate === name);
    if (option === undefined) throw new UsageError(`Unknown option "--${name}".`);
    if (options.has(option)) throw new UsageError(`--${option} is given twice.`);
    if (!valueOptions.has(option)) {
      if (equals !== -1) throw new UsageError(`--${option} takes no value.`);
      options.set(option, '');
      continue;
    }
    const value = equals === -1 ? args[++index] : arg.slice(equals + 1);
    if (value === undefined || value === '' || (equals === -1 && value.startsWith('--'))) {
      throw new UsageError(`--${option} needs a value.`);
    }
    options.set(option, value);
  }
  return { positionals, options };
}

function noPositionals(command: string, positionals: readonly string[]): void {
  if (positionals.length > 0) throw new UsageError(`${command} takes no argument "${positionals[0]}".`);
}

function dbOption(options: Map<OptionName, string>): { db?: string } {
  const db = options.get('db');
  return db === undefined ? {} : { db };
}

function articleIdArgument(value: string): number {
  const id = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(id) || id < 1) {
    throw new UsageError(`An article id is a positive whole number, not "${value}".`);
  }
  return id;
}

function portOption(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new UsageError(`--port must be a number from 0 to 65535, not "${value}".`);
  return port;
}
