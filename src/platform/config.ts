import path from 'node:path';

/** Everything the process reads from its environment, in one place. */
export interface Config {
  port: number;
  host: string;
  /** A real PostgreSQL server; when unset the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** The schema owner's connection for migrations, when the app connects as its own login role. */
  migrationDatabaseUrl: string | undefined;
  dataDir: string;
  /** 32-byte key (hex or base64) that encrypts CPR numbers at rest. */
  cprKey: string | undefined;
  secureCookies: boolean;
  /** Behind a reverse proxy: the client address comes from X-Forwarded-For. */
  trustProxy: boolean;
  logLevel: string;
  /** Outgoing mail (approved minutes, digests): smtp://…; unset: mail is written to `logDir/mail`. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Files the operator reads: mail that could not be sent over SMTP. */
  logDir: string;
  /** The address users reach the app at: links in mail and calendar feeds. */
  publicUrl: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL || undefined,
    dataDir: path.resolve(env.VIVIRK_DATA_DIR ?? './data'),
    cprKey: env.VIVIRK_CPR_KEY || undefined,
    secureCookies: env.VIVIRK_SECURE_COOKIES === 'true',
    trustProxy: env.VIVIRK_TRUST_PROXY === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.VIVIRK_MAIL_FROM ?? 'ViVirk <vivirk@localhost>',
    logDir: path.resolve(env.VIVIRK_LOG_DIR ?? path.join(env.VIVIRK_DATA_DIR ?? './data', 'log')),
    publicUrl: (env.VIVIRK_PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, ''),
  };
}
