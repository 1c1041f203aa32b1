export interface ThrowawayPostgres {
  /** postgres://postgres@127.0.0.1:PORT/postgres — superuser, trust auth, loopback only. */
  url: string;
  port: number;
  dataDir: string;
  binDir: string;
  logFile: string;
  stop(): Promise<void>;
  /** SIGKILL to the postmaster and all its children; files stay. */
  crash(): void;
  /** Starts the crashed or halted cluster again on the same port. */
  start(): void;
  /** Fast shutdown, files kept. */
  halt(): void;
  stopSync(): void;
  logTail(lines?: number): string;
}

export interface ThrowawayOptions {
  binDir?: string;
  /** fsync, synchronous_commit and full_page_writes off: for tests, not benchmarks. */
  fast?: boolean;
  /** More `name=value` server settings. */
  settings?: string[];
}

export function findPostgresBin(): string | null;
export function freePort(): Promise<number>;
export function startThrowawayPostgres(options?: ThrowawayOptions): Promise<ThrowawayPostgres>;
