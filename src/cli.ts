import { processIo } from './cli/io.ts';
import { runCli } from './cli/main.ts';

const code = await runCli(process.argv.slice(2), processIo, process.env);
// Embedded PGlite leaves a 10-second internal timer running after it is closed, which would keep
// the process alive for nothing. Everything is written and closed by now: wait until stdout and
// stderr have flushed (a pipe may be asynchronous), then leave.
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
await new Promise<void>((resolve) => process.stderr.write('', () => resolve()));
process.exit(code);
