import { coreContext, type CoreContext } from '../core/coreContext';
import { openWorkspaceFile } from '../core/store/checkWorkspaceFile';
import type { Store } from '../core/store/openStore';
import { defaultWorkspacePath } from '../core/workspacePath';
import { errorMessage, exitCodes, type CliIo } from './cliIo';
import type { CommandArguments } from './commandLine';
import { helpText, usage } from './helpText';
import { readCommandLine } from './parseArgs';

/// Runs one command line and answers its exit status; never calls `process.exit`, so output
/// written to a pipe is flushed before the process ends.
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const reading = readCommandLine(argv);
  switch (reading.kind) {
    case 'mistake':
      io.stderr(`passerelle: ${reading.message}\n`);
      if (reading.showUsage) io.stderr(`\n${usage}`);
      return exitCodes.usage;
    case 'help':
      io.stdout(helpText(reading.topic));
      return exitCodes.ok;
    case 'run': {
      const args: CommandArguments = reading.args;
      return runWithWorkspace(args.db ?? defaultWorkspacePath(io.env), args.author, reading.run, io);
    }
  }
}

async function runWithWorkspace(
  file: string,
  author: string | undefined,
  run: (ctx: CoreContext, io: CliIo) => Promise<number>,
  io: CliIo,
): Promise<number> {
  let store: Store;
  try {
    store = openWorkspaceFile(file).store;
  } catch (error) {
    io.stderr(`passerelle: cannot open the workspace ${file}: ${errorMessage(error)}\n`);
    return exitCodes.failed;
  }
  try {
    const ctx = coreContext(store);
    return await run(author === undefined ? ctx : { ...ctx, author }, io);
  } catch (error) {
    io.stderr(`passerelle: ${errorMessage(error)}\n`);
    return exitCodes.failed;
  } finally {
    store.close();
  }
}
