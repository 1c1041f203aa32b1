import type { FastifyInstance } from 'fastify';
import type { Db } from '../platform/db.ts';
import { sealPending } from './seal.ts';

const EVERY_MS = 1_000;

/** Seals the audit log every second, one batch at a time while the server runs (and once more when it stops). */
export function startSealer(app: FastifyInstance, db: Db) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const pass = () => {
    // A failed pass (the database is down) is retried on the next tick; nothing personal is logged.
    running = sealPending(db, undefined, 1).catch((error: Error) =>
      app.log.warn({ code: (error as { code?: string }).code }, 'audit sealing failed'),
    );
  };
  app.addHook('onReady', async () => {
    timer = setInterval(pass, EVERY_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}
