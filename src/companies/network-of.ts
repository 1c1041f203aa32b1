import type { Db } from '../platform/db.ts';

/**
 * The company network a course works with: the companies of its partnership's institution. One
 * definition for internships, the job, and whom a consent may name; another network's companies
 * are never among them.
 */
export function networkCompanyIds(tx: Db, partnershipId: string) {
  return tx
    .selectFrom('companies')
    .select('organisation_id')
    .where(
      'institution_id',
      '=',
      tx.selectFrom('partnerships').select('institution_id').where('id', '=', partnershipId),
    );
}

/** The same network with the companies' names (as `o`), for lists and lookups. */
export function networkOfPartnership(tx: Db, partnershipId: string) {
  return tx
    .selectFrom('organisations as o')
    .select(['o.id', 'o.name'])
    .where('o.id', 'in', networkCompanyIds(tx, partnershipId));
}
