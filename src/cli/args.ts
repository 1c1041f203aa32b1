import { parseArgs } from 'node:util';
import { type NewUser, organisationRoles } from '../admin/create-user.ts';
import { isValidIsoDate, today } from '../platform/dates.ts';

export type Command =
  | { kind: 'help' }
  | { kind: 'import'; file: string }
  | { kind: 'report'; partnership: string; asOf: string; json: boolean }
  | { kind: 'due'; partnership: string; asOf: string; json: boolean }
  | { kind: 'backup'; file: string }
  | { kind: 'restore'; file: string }
  | { kind: 'createUser'; user: NewUser }
  | { kind: 'auditVerify' }
  | { kind: 'migrate' }
  | { kind: 'reminders'; asOf: string };

export const usage = `Usage:
  vivirk import FILE
      Import an interchange v1 file (JSON). The whole file is checked first; if anything is
      wrong, every problem is listed and nothing is written. Importing a file again changes
      only what differs.
  vivirk report --partnership NAME --as-of YYYY-MM-DD [--json]
      The partnership's report as of a day. NAME is the partnership's name, or the name of its
      municipality or institution. --json prints only the report as JSON.
  vivirk due --partnership NAME --as-of YYYY-MM-DD [--json]
      What the partnership's courses owe as of a day (measurements, status letters; DOMAIN.md
      "Due dates"), by due date. --json prints only the object { asOf, items }.
  vivirk reminders [--as-of YYYY-MM-DD]
      Runs the daily reminder job once (as the server does at 06:00): records what is due or
      overdue in each work queue as notifications, once per user, subject and due date, and mails
      the digest to those who opted in (SMTP_URL, else .eml files in the log directory).
  vivirk backup FILE
      Back up the embedded database (stop the server first) with its CPR key, sealed with the
      passphrase in VIVIRK_BACKUP_PASSPHRASE. A PostgreSQL server: see docs/operations.md.
  vivirk restore FILE
      Restore a backup into VIVIRK_DATA_DIR, which must be new or empty (same passphrase).
  vivirk admin create-user --username NAME --name "FULL NAME" --organisation ORG
        --kind municipality|institution|company|other --role ROLE
      Creates a user (the first administrator of a fresh server: --role administrator) and
      prints their one-time password on stdout. ROLE: ${organisationRoles.join(', ')}.
  vivirk migrate
      Brings the database schema up to date, connecting as the schema's owner:
      MIGRATION_DATABASE_URL if set, else DATABASE_URL (or the embedded database).
  vivirk audit verify
      Seals what is new, then checks the audit log's hash chain and reports the first broken link
      (a row altered or deleted, a seal removed). Exit code 1 when broken.

Environment: DATABASE_URL (a PostgreSQL server) or VIVIRK_DATA_DIR (embedded database,
default ./data).`;

/** A mistake in how the command was called: exit code 2 with the usage text. */
export class UsageError extends Error {}

export function parseCommand(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError('no command given');
  if (name === 'help' || name === '--help' || name === '-h') return { kind: 'help' };
  if (name === 'import') return parseImport(rest);
  if (name === 'report') return parseReport(rest);
  if (name === 'due') {
    const parsed = parseReport(rest, 'due');
    return parsed.kind === 'report' ? { ...parsed, kind: 'due' } : parsed;
  }
  if (name === 'admin') return parseAdmin(rest);
  if (name === 'reminders') return parseReminders(rest);
  if (name === 'migrate') {
    if (rest.length > 0) throw new UsageError('migrate takes no arguments');
    return { kind: 'migrate' };
  }
  if (name === 'audit') {
    if (rest.length !== 1 || rest[0] !== 'verify') throw new UsageError('audit: the command is verify');
    return { kind: 'auditVerify' };
  }
  if (name === 'backup' || name === 'restore') return { kind: name, file: parseFile(name, rest) };
  throw new UsageError(`unknown command: ${name}`);
}

/** parseArgs, with its complaints (unknown option, missing value) turned into usage errors. */
function parse<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function parseFile(command: string, args: string[]): string {
  const { positionals } = parse(() => parseArgs({ args, allowPositionals: true, strict: true, options: {} }));
  if (positionals.length !== 1) throw new UsageError(`${command} takes one FILE`);
  return positionals[0] as string;
}

function parseReminders(args: string[]): Command {
  const { positionals, values } = parse(() =>
    parseArgs({ args, allowPositionals: true, strict: true, options: { 'as-of': { type: 'string' } } }),
  );
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  const asOf = values['as-of'] ?? today();
  if (!isValidIsoDate(asOf)) throw new UsageError('--as-of must be a date like 2026-03-20');
  return { kind: 'reminders', asOf };
}

function parseImport(args: string[]): Command {
  const { positionals, values } = parse(() =>
    parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { help: { type: 'boolean', short: 'h' } },
    }),
  );
  if (values.help) return { kind: 'help' };
  if (positionals.length === 0) throw new UsageError('import needs a FILE');
  if (positionals.length > 1) throw new UsageError('import takes one FILE');
  return { kind: 'import', file: positionals[0] as string };
}

function parseReport(args: string[], command = 'report'): Command {
  const { positionals, values } = parse(() =>
    parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        partnership: { type: 'string' },
        'as-of': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  );
  if (values.help) return { kind: 'help' };
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  const partnership = values.partnership;
  const asOf = values['as-of'];
  if (typeof partnership !== 'string' || partnership.trim() === '')
    throw new UsageError(`${command} needs --partnership NAME`);
  if (typeof asOf !== 'string') throw new UsageError(`${command} needs --as-of YYYY-MM-DD`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || !isValidIsoDate(asOf))
    throw new UsageError(`--as-of: ${asOf} is not a date YYYY-MM-DD`);
  return { kind: 'report', partnership, asOf, json: values.json === true };
}

const organisationKinds = ['municipality', 'institution', 'company', 'other'] as const;

function parseAdmin(args: string[]): Command {
  const [sub, ...rest] = args;
  if (sub !== 'create-user') throw new UsageError('admin: the command is create-user');
  const { values, positionals } = parse(() =>
    parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        username: { type: 'string' },
        name: { type: 'string' },
        organisation: { type: 'string' },
        kind: { type: 'string' },
        role: { type: 'string' },
      },
    }),
  );
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  for (const option of ['username', 'name', 'organisation', 'kind', 'role'] as const)
    if (!values[option]?.trim()) throw new UsageError(`admin create-user needs --${option}`);
  const kind = values.kind as (typeof organisationKinds)[number];
  if (!organisationKinds.includes(kind))
    throw new UsageError(`--kind: one of ${organisationKinds.join(', ')}`);
  const role = values.role as (typeof organisationRoles)[number];
  if (!organisationRoles.includes(role))
    throw new UsageError(`--role: one of ${organisationRoles.join(', ')}`);
  return {
    kind: 'createUser',
    user: {
      username: values.username as string,
      displayName: values.name as string,
      organisation: values.organisation as string,
      kind,
      role,
    },
  };
}
