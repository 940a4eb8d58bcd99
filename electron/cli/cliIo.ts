/// Everything the command line touches outside itself, so commands run in tests without a process.
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /// The built renderer web mode serves.
  readonly rendererDir: string;
  /// Resolves when a running `serve` should stop (SIGINT/SIGTERM in the real process).
  readonly untilShutdown: () => Promise<void>;
}

/// Exit statuses: success, a failure in the work itself, a command line that cannot be run.
export const exitCodes = { ok: 0, failed: 1, usage: 2 } as const;

/// The message of anything thrown, for a one-line `passerelle: …` report.
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
