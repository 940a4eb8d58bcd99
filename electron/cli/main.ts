import { fileURLToPath } from 'node:url';
import { runCli } from './runCli';

// The built renderer sits at <project root>/out/renderer; this file is <project root>/electron/cli/main.ts.
const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));

// `on`, not `once`: a launcher (tsx, npm) may relay the same Ctrl+C again, and a second signal
// must not kill the process while it is closing the server and the workspace.
const untilShutdown = (): Promise<void> =>
  new Promise((resolve) => {
    process.on('SIGINT', () => resolve());
    process.on('SIGTERM', () => resolve());
  });

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  rendererDir,
  untilShutdown,
});
