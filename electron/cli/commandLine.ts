import { parseArgs } from 'node:util';
import { authorName } from '../../shared/contract';
import type { CoreContext } from '../core/coreContext';
import type { CliIo } from './cliIo';

/// One option a command accepts: a flag, or an option that takes a value (`valueName` in help),
/// which a `repeatable` option may be given several times for several values.
export type OptionSpec =
  | { readonly type: 'boolean'; readonly description: string }
  | {
      readonly type: 'string';
      readonly valueName: string;
      readonly description: string;
      readonly repeatable?: true;
    };

/// A command's options by name (without the leading `--`), in the order its usage lists them.
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/// What the options of `Options` were given as: a flag is true or false, a value option is its
/// value or undefined, a repeatable one its values in order (none when not given).
export type OptionValues<Options extends OptionSpecs> = {
  readonly [Name in keyof Options]: Options[Name]['type'] extends 'boolean'
    ? boolean
    : Options[Name] extends { readonly repeatable: true }
      ? readonly string[]
      : string | undefined;
};

/// `--db FILE`, which every command that opens the workspace takes.
export const workspaceOption = {
  type: 'string',
  valueName: 'FILE',
  description: "the workspace to use (default: PASSERELLE_DB, else the desktop app's workspace)",
} as const satisfies OptionSpec;

/// `--author NAME`, which every command that writes annotations or glossary entries takes.
export const authorOption = {
  type: 'string',
  valueName: 'NAME',
  description: "the name recorded as the author of what this run writes (default: the workspace's)",
} as const satisfies OptionSpec;

/// `--json`, for machine-readable output.
export const jsonOption = {
  type: 'boolean',
  description: 'machine-readable output, one JSON value per line',
} as const satisfies OptionSpec;

/// A command line that cannot be run as written: the message to print, and whether the usage
/// follows it (not when the command line is right but names something not built yet).
export class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage = true,
  ) {
    super(message);
  }
}

/// The message for a command or format the documented interface names but this version lacks.
export function notAvailableYet(name: string): UsageError {
  return new UsageError(`${name} is not available yet in this version.`, false);
}

/// A positional argument and its place among the arguments read.
export interface Positional {
  readonly value: string;
  readonly index: number;
}

/// Splits `args` with `node:util` `parseArgs` into the values of `options` and the positionals
/// (everything after `--` included). Options may come anywhere, as `--name value` or
/// `--name=value`. Unknown, repeated and valueless options are refused here rather than by
/// `parseArgs`' strict mode, so each gets the one-line message scripts have always seen.
export function readOptions<Options extends OptionSpecs>(
  options: Options,
  args: readonly string[],
): { values: OptionValues<Options>; positionals: Positional[] } {
  const { tokens } = parseArgs({
    args: [...args],
    options: Object.fromEntries(Object.entries(options).map(([name, spec]) => [name, { type: spec.type }])),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const given = new Map<string, string | true | string[]>();
  const positionals: Positional[] = [];
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      positionals.push({ value: token.value, index: token.index });
      continue;
    }
    const isLong = token.rawName.startsWith('--');
    const spec = isLong && Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    // A group of short flags (`-xv`) is named as written, not by its first letter.
    if (spec === undefined)
      throw new UsageError(`Unknown option "${isLong ? token.rawName : args[token.index]}".`);
    const repeatable = spec.type === 'string' && spec.repeatable === true;
    if (given.has(token.name) && !repeatable) throw new UsageError(`--${token.name} is given twice.`);
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`--${token.name} takes no value.`);
      given.set(token.name, true);
      continue;
    }
    // `parseArgs` takes the next argument as the value even when it is another option.
    const value = token.value;
    if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('--'))) {
      throw new UsageError(`--${token.name} needs a value.`);
    }
    const earlier = given.get(token.name);
    given.set(token.name, repeatable ? [...(Array.isArray(earlier) ? earlier : []), value] : value);
  }
  // `Object.fromEntries` loses which name has which kind; the map above followed each spec's type.
  const values = Object.fromEntries(
    Object.entries(options).map(([name, spec]) => {
      const value = given.get(name);
      if (spec.type === 'boolean') return [name, value !== undefined];
      return [name, spec.repeatable === true ? (value ?? []) : value];
    }),
  ) as OptionValues<Options>;
  return { values, positionals };
}

/// What every command's arguments hold: its name, the workspace it was pointed at, and the
/// author its writes record instead of the workspace's name, when given.
export interface CommandArguments {
  readonly command: string;
  readonly db?: string;
  readonly author?: string;
}

/// How one command is written: its name, help, options, how it reads its arguments (throwing a
/// `UsageError`) and what it does with the open workspace, answering an exit status.
export interface CommandSpec<Options extends OptionSpecs, Arguments extends CommandArguments> {
  /// The words that name it: `import`, or `export glossary` for a target of a command.
  readonly name: string;
  /// Its positional arguments as the usage line shows them, or '' when it takes none.
  readonly arguments: string;
  /// Its lines in the overview that `passerelle --help` prints.
  readonly summary: readonly string[];
  /// The paragraph `passerelle <command> --help` prints under its usage line.
  readonly description: string;
  readonly options: Options;
  readonly read: (values: OptionValues<Options>, positionals: readonly string[]) => Arguments;
  readonly run: (ctx: CoreContext, args: Arguments, io: CliIo) => Promise<number>;
}

/// A command line read by its command: the arguments, and the work they stand for.
export interface PreparedCommand<Arguments extends CommandArguments> {
  readonly args: Arguments;
  readonly run: (ctx: CoreContext, io: CliIo) => Promise<number>;
}

/// A command the registry lists, with its arguments' type kept for `parseArgs`' result.
export interface Command<Arguments extends CommandArguments = CommandArguments> {
  readonly available: true;
  readonly name: string;
  /// The usage line without `passerelle `: name, arguments and options.
  readonly usage: string;
  readonly summary: readonly string[];
  readonly description: string;
  readonly options: OptionSpecs;
  /// Reads the arguments after the command's name; throws a `UsageError`.
  readonly prepare: (args: readonly string[]) => PreparedCommand<Arguments>;
}

/// A command the documented interface names (DESIGN.md §3) that this version does not have yet;
/// calling it says so rather than "unknown command".
export interface PlannedCommand {
  readonly available: false;
  readonly name: string;
}

/// Turns a command's spec into the registry's entry.
export function defineCommand<Options extends OptionSpecs, Arguments extends CommandArguments>(
  spec: CommandSpec<Options, Arguments>,
): Command<Arguments> {
  const optionUsage = Object.entries(spec.options).map(([name, option]) =>
    option.type === 'boolean'
      ? `[--${name}]`
      : `[--${name} ${option.valueName}]${option.repeatable === true ? '…' : ''}`,
  );
  return {
    available: true,
    name: spec.name,
    usage: [spec.name, spec.arguments, ...optionUsage].filter((part) => part !== '').join(' '),
    summary: spec.summary,
    description: spec.description,
    options: spec.options,
    prepare: (args) => {
      const { values, positionals } = readOptions(spec.options, args);
      const read = spec.read(
        values,
        positionals.map((positional) => positional.value),
      );
      return { args: read, run: (ctx, io) => spec.run(ctx, read, io) };
    },
  };
}

/// The registry's entry for a command not built yet.
export function plannedCommand(name: string): PlannedCommand {
  return { available: false, name };
}

/// `{ db }` when `--db` was given, else nothing, so an absent option stays absent.
export function workspaceArgument(db: string | undefined): { db?: string } {
  return db === undefined ? {} : { db };
}

/// `{ author }` when `--author` was given (trimmed, checked as the contract checks a name), else
/// nothing.
export function authorArgument(author: string | undefined): { author?: string } {
  if (author === undefined) return {};
  const checked = authorName.safeParse(author);
  if (!checked.success)
    throw new UsageError(`--author must be one line of 1 to 80 characters, not "${author}".`);
  return { author: checked.data };
}

/// Refuses positional arguments for a command that takes none.
export function noPositionals(command: string, positionals: readonly string[]): void {
  if (positionals.length > 0) throw new UsageError(`${command} takes no argument "${positionals[0]}".`);
}
