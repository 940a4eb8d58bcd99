import type { CoreContext } from '../core/coreContext';
import type { CliIo } from './cliIo';
import { notAvailableYet, readOptions, UsageError, type OptionSpecs } from './commandLine';
import { commandRegistry } from './commandRegistry';

/// `--help` (or `help`): the overview, or the help of the command or group `topic` names.
export interface HelpCommand {
  readonly command: 'help';
  readonly topic?: string;
}

type RegistryEntry = (typeof commandRegistry)[number];
type AvailableEntry = Extract<RegistryEntry, { available: true }>;

/// The arguments of one of the registry's commands, as its module reads them.
export type CommandArgumentsOf = ReturnType<AvailableEntry['prepare']>['args'];

/// One command line, understood: help, or the arguments of one of the registry's commands.
export type CliCommand = HelpCommand | CommandArgumentsOf;

/// A mistake in the command line: the message, and `showUsage` when the mistake is in its shape
/// rather than a feature not built yet.
export interface UsageFailure {
  readonly ok: false;
  readonly message: string;
  readonly showUsage: boolean;
}

/// The outcome of reading the arguments: a command, or why not.
export type ParsedArgs = { readonly ok: true; readonly command: CliCommand } | UsageFailure;

/// A command line read for running: help to print, a command's work to do, or a mistake.
export type CommandLineReading =
  | { readonly kind: 'help'; readonly topic?: string }
  | {
      readonly kind: 'run';
      readonly args: CommandArgumentsOf;
      readonly run: (ctx: CoreContext, io: CliIo) => Promise<number>;
    }
  | { readonly kind: 'mistake'; readonly message: string; readonly showUsage: boolean };

/// Reads `process.argv.slice(2)` into what it asks for. Options may come anywhere after the
/// command, as `--name value` or `--name=value`; `--` ends the options.
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const reading = readCommandLine(argv);
  switch (reading.kind) {
    case 'help':
      return {
        ok: true,
        command:
          reading.topic === undefined ? { command: 'help' } : { command: 'help', topic: reading.topic },
      };
    case 'run':
      return { ok: true, command: reading.args };
    case 'mistake':
      return { ok: false, message: reading.message, showUsage: reading.showUsage };
  }
}

/// Reads a command line as `parseArgs` does, keeping the work the command stands for so
/// `runCli` can do it once the workspace is open.
export function readCommandLine(argv: readonly string[]): CommandLineReading {
  try {
    return readOrThrow(argv);
  } catch (error) {
    if (error instanceof UsageError)
      return { kind: 'mistake', message: error.message, showUsage: error.showUsage };
    throw error;
  }
}

function readOrThrow(argv: readonly string[]): CommandLineReading {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError('No command given.');
  if (name === '--help' || name === '-h' || name === 'help') return help(topicOf(rest));
  const wantsHelp = rest.includes('--help') || rest.includes('-h');
  const family = commandRegistry.filter((entry) => entry.name.split(' ')[0] === name);
  const single = family.find((entry) => entry.name === name);
  if (single !== undefined) {
    if (wantsHelp) return help(single.available ? name : undefined);
    if (!single.available) throw notAvailableYet(name);
    return prepared(single, rest);
  }
  if (family.length === 0) {
    if (wantsHelp) return help(undefined);
    throw new UsageError(name.startsWith('-') ? `Unknown option "${name}".` : `Unknown command "${name}".`);
  }
  return readTarget(name, family, rest, wantsHelp);
}

/// A command with targets (`export glossary`, `export dataset`): the target is its first
/// positional argument, read with the options its targets share.
function readTarget(
  name: string,
  family: readonly RegistryEntry[],
  rest: readonly string[],
  wantsHelp: boolean,
): CommandLineReading {
  const available = family.filter(isAvailable);
  const targetNames = available.map((entry) => entry.name.slice(name.length + 1));
  if (wantsHelp) {
    const target = rest.find((arg) => targetNames.includes(arg));
    return help(target === undefined ? name : `${name} ${target}`);
  }
  const sharedOptions: OptionSpecs = Object.fromEntries(
    available.flatMap((entry) => Object.entries(entry.options)),
  );
  const [target] = readOptions(sharedOptions, rest).positionals;
  if (target === undefined) throw new UsageError(`${name} needs a target: ${targetNames.join(', ')}.`);
  const entry = family.find((candidate) => candidate.name === `${name} ${target.value}`);
  if (entry === undefined) throw new UsageError(`Cannot ${name} "${target.value}".`);
  if (!entry.available) throw notAvailableYet(entry.name);
  return prepared(
    entry,
    rest.filter((_arg, index) => index !== target.index),
  );
}

function prepared(command: AvailableEntry, args: readonly string[]): CommandLineReading {
  const { args: read, run } = command.prepare(args);
  return { kind: 'run', args: read, run };
}

function isAvailable(entry: RegistryEntry): entry is AvailableEntry {
  return entry.available;
}

function help(topic: string | undefined): CommandLineReading {
  return topic === undefined ? { kind: 'help' } : { kind: 'help', topic };
}

// `passerelle help export glossary`: the longest run of words naming a command or a first word.
function topicOf(words: readonly string[]): string | undefined {
  const [first, second] = words;
  if (first === undefined) return undefined;
  const names = commandRegistry.filter(isAvailable).map((entry) => entry.name);
  if (second !== undefined && names.includes(`${first} ${second}`)) return `${first} ${second}`;
  return names.some((known) => known.split(' ')[0] === first) ? first : undefined;
}
