import { measureImports, type ImportProcessMessage } from './importBenchmarks';

// The import benchmark's own process (see `importBenchmarks`): measures, sends the figures, exits.
const send = (message: ImportProcessMessage) => process.send?.(message);
const figures = await measureImports(Number(process.argv[2]), (line) => send({ log: line }));
send({ figures });
process.disconnect?.();
