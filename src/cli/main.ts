import { createUserCommand } from './admin-command.ts';
import { type Command, parseCommand, UsageError, usage } from './args.ts';
import { auditVerifyCommand } from './audit-command.ts';
import { backupCommand, restoreCommand } from './backup-command.ts';
import { dueCommand } from './due-command.ts';
import { importCommand } from './import-command.ts';
import type { Io } from './io.ts';
import { migrateCommand } from './migrate-command.ts';
import { remindersCommand } from './reminders-command.ts';
import { reportCommand } from './report-command.ts';

/** Runs one command line; returns the exit code (0 ok, 1 failed, 2 wrong usage). */
export async function runCli(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`error: ${error.message}`);
    io.err(usage);
    return 2;
  }
  try {
    switch (command.kind) {
      case 'help':
        io.out(usage);
        return 0;
      case 'import':
        return await importCommand(command.file, io, env);
      case 'report':
        return await reportCommand(command, io, env);
      case 'due':
        return await dueCommand(command, io, env);
      case 'backup':
        return await backupCommand(command.file, io, env);
      case 'restore':
        return await restoreCommand(command.file, io, env);
      case 'createUser':
        return await createUserCommand(command.user, io, env);
      case 'auditVerify':
        return await auditVerifyCommand(io, env);
      case 'migrate':
        return await migrateCommand(io, env);
      case 'reminders':
        return await remindersCommand(command.asOf, io, env);
    }
  } catch (error) {
    // The message only: a stack trace adds nothing for the person at the terminal.
    io.err(`error: ${(error as Error).message}`);
    return 1;
  }
}
