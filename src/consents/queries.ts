import type { Db } from '../platform/db.ts';

export function listConsents(tx: Db, participantId: string) {
  return tx
    .selectFrom('consents as k')
    .leftJoin('organisations as o', 'o.id', 'k.recipient_organisation_id')
    .select([
      'k.id',
      'k.purpose',
      'k.recipient_organisation_id',
      'o.name as recipient_name',
      'k.given_on',
      'k.withdrawn_on',
    ])
    .where('k.participant_id', '=', participantId)
    .orderBy('k.given_on', 'desc')
    .orderBy('k.created_at', 'desc')
    .execute();
}

export type ConsentRow = Awaited<ReturnType<typeof listConsents>>[number];
