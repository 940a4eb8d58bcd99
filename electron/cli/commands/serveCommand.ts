import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { backupOnOpen, backupsKept } from '../../core/backups/backupOnOpen';
import { warmUpParseWorkers } from '../../core/import/parseInWorker';
import { startWebServer } from '../../web/startWebServer';
import { errorMessage, exitCodes } from '../cliIo';
import {
  authorArgument,
  authorOption,
  defineCommand,
  jsonOption,
  noPositionals,
  UsageError,
  workspaceArgument,
  workspaceOption,
} from '../commandLine';

/// `passerelle serve`: web mode on 127.0.0.1 until SIGINT/SIGTERM, announcing its address (with
/// `--json`, one line `{"url", "port", "token"}` once listening).
export const serveCommand = defineCommand({
  name: 'serve',
  arguments: '',
  summary: ['start web mode on 127.0.0.1'],
  description:
    'Serves the app and its API on 127.0.0.1 until Ctrl+C (SIGINT) or SIGTERM. The address it\n' +
    'prints carries the token every API request needs.',
  options: {
    db: workspaceOption,
    author: authorOption,
    port: { type: 'string', valueName: 'N', description: 'the port to listen on (default: a free one)' },
    json: { ...jsonOption, description: 'print one JSON line {"url", "port", "token"} once listening' },
  },
  read: (values, positionals) => {
    noPositionals('serve', positionals);
    return {
      command: 'serve' as const,
      port: portArgument(values.port),
      ...workspaceArgument(values.db),
      ...authorArgument(values.author),
      json: values.json,
    };
  },
  run: async (ctx, { port, json }, io) => {
    if (!existsSync(join(io.rendererDir, 'index.html'))) {
      io.stderr(
        `passerelle: the web UI is not built (${io.rendererDir} is missing); run "npx electron-vite build". The API still works.\n`,
      );
    }
    // The first import in the browser should not wait for the parsing workers to load.
    warmUpParseWorkers();
    // The rolling backup is copied in steps while the server starts; it ends before the store closes.
    const backedUp = backupOnOpen(ctx.store, { keep: backupsKept(io.env), now: ctx.now() }).catch(
      (error: unknown) => io.stderr(`passerelle: the automatic backup failed: ${errorMessage(error)}\n`),
    );
    const server = await startWebServer({ ctx, port, rendererDir: io.rendererDir });
    try {
      io.stdout(
        json
          ? `${JSON.stringify({ url: server.url, port: server.port, token: server.token })}\n`
          : `Passerelle web mode: ${server.url}\n`,
      );
      if (!json) io.stderr('Press Ctrl+C to stop.\n');
      await io.untilShutdown();
    } finally {
      await server.close();
      await backedUp;
    }
    return exitCodes.ok;
  },
});

function portArgument(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new UsageError(`--port must be a number from 0 to 65535, not "${value}".`);
  return port;
}
