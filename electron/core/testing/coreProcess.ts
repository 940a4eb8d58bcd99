import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface, type Interface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

/// A child Node process running one of the scripts beside this file from source, for tests that
/// need a second process on a workspace: its stdout read line by line, its stdin to write to.
export interface CoreProcess {
  readonly child: ChildProcess;
  readonly lines: Interface;
  /// Resolves with the exit code (null when killed by a signal) once the process is gone.
  readonly exited: Promise<number | null>;
  /// Resolves with the next line the process prints; rejects if it exits first.
  readonly nextLine: () => Promise<string>;
}

/// Starts `node --import tsx electron/core/testing/<script> ...args`: node itself, not a tsx
/// wrapper, so a signal sent to the child reaches the process that writes.
export function startCoreProcess(script: string, args: readonly string[]): CoreProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', `electron/core/testing/${script}`, ...args], {
    cwd: projectRoot,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const pending: string[] = [];
  const waiting: ((line: string | null) => void)[] = [];
  lines.on('line', (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else pending.push(line);
  });
  lines.once('close', () => {
    for (const next of waiting.splice(0)) next(null);
  });
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      const line = pending.shift();
      if (line !== undefined) return resolve(line);
      waiting.push((next) => (next === null ? reject(new Error(`${script} ended early`)) : resolve(next)));
    });
  return { child, lines, exited, nextLine };
}
