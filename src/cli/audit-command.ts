import { sealPending, verifyChain } from '../audit/seal.ts';
import { withDatabase } from './database.ts';
import type { Io } from './io.ts';

/** `audit verify`: exit 0 when the chain holds, 1 with the first broken link. */
export async function auditVerifyCommand(io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  return withDatabase(env, async ({ db }) => {
    const newlySealed = await sealPending(db);
    const verdict = await verifyChain(db);
    if (verdict.ok) {
      io.out(`audit log intact: ${verdict.sealed} rows in the chain (${newlySealed} sealed now)`);
      return 0;
    }
    io.out(
      `audit log BROKEN at ${verdict.seq === null ? 'an unsealed row' : `seal ${verdict.seq}`} (audit row ${verdict.auditId}): ${verdict.problem}; ${verdict.sealed} rows before it are intact`,
    );
    return 1;
  });
}
