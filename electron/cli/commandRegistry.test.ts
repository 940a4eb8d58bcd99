import { describe, expect, it } from 'vitest';
import { availableCommands, commandRegistry } from './commandRegistry';

describe('commandRegistry', () => {
  it('names each command once', () => {
    const names = commandRegistry.map((command) => command.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives an option the same kind in every target of a command, since the target is found with their options together', () => {
    const kinds = new Map<string, string>();
    for (const command of availableCommands.filter((candidate) => candidate.name.includes(' '))) {
      const first = command.name.split(' ')[0];
      for (const [name, option] of Object.entries(command.options)) {
        const key = `${first} --${name}`;
        expect(kinds.get(key) ?? option.type, key).toBe(option.type);
        kinds.set(key, option.type);
      }
    }
  });
});
