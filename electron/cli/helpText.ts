import { availableCommands } from './commandRegistry';
import { jsonOption, workspaceOption, type Command, type OptionSpec } from './commandLine';

// Where a command's summary starts in the overview; a longer usage goes on a line of its own.
const summaryColumn = 54;
// Where an option's description starts in the options lists.
const descriptionColumn = 15;

const helpOption = { type: 'boolean', description: 'print this help' } as const satisfies OptionSpec;

function commandLines(command: Command): string[] {
  const usage = `  ${command.usage}`;
  const [first = '', ...more] = command.summary;
  const indent = ' '.repeat(summaryColumn);
  const head =
    usage.length + 3 <= summaryColumn ? [usage.padEnd(summaryColumn) + first] : [usage, indent + first];
  return [...head, ...more.map((line) => indent + line)];
}

function optionLines(options: Readonly<Record<string, OptionSpec>>): string[] {
  return Object.entries(options).map(([name, option]) => {
    const written = option.type === 'string' ? `--${name} ${option.valueName}` : `--${name}`;
    return written.length + 4 <= descriptionColumn
      ? `  ${written.padEnd(descriptionColumn - 2)}${option.description}`
      : `  ${written}\n${' '.repeat(descriptionColumn)}${option.description}`;
  });
}

/// The overview `passerelle --help` prints and usage errors end with: every command, then the
/// options most of them share.
export const usage = [
  'Usage: passerelle <command> [options]',
  '',
  'Commands:',
  ...availableCommands.flatMap(commandLines),
  '',
  'Options:',
  ...optionLines({ db: workspaceOption, json: jsonOption, help: helpOption }),
  '',
  'Run "passerelle <command> --help" for what one command does and the options it takes.',
  '',
].join('\n');

/// The help for `topic`: one command's usage, description and options (`passerelle import
/// --help`), the commands under a first word (`passerelle export --help`), or the overview.
export function helpText(topic?: string): string {
  const command = availableCommands.find((candidate) => candidate.name === topic);
  if (command !== undefined) {
    return [
      `Usage: passerelle ${command.usage}`,
      '',
      command.description,
      '',
      'Options:',
      ...optionLines({ ...command.options, help: helpOption }),
      '',
    ].join('\n');
  }
  const group = availableCommands.filter((candidate) => candidate.name.split(' ')[0] === topic);
  if (topic === undefined || group.length === 0) return usage;
  return [
    `Usage: passerelle ${topic} <target> [options]`,
    '',
    'Targets:',
    ...group.flatMap(commandLines),
    '',
    `Run "passerelle ${topic} <target> --help" for what one target does and the options it takes.`,
    '',
  ].join('\n');
}
