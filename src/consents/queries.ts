import type { CourseQueries } from '../auth/course-scope.ts';
import { networkCompanyIds } from '../companies/network-of.ts';
import type { Db } from '../platform/db.ts';
import type { ConsentCategory } from './categories.ts';
import type { ConsentPurpose } from './schemas.ts';

function listConsents(tx: Db, participantId: string) {
  return tx
    .selectFrom('consents as k')
    .leftJoin('organisations as o', 'o.id', 'k.recipient_organisation_id')
    .select([
      'k.id',
      'k.purpose',
      'k.recipient_organisation_id',
      'o.name as recipient_name',
      'k.categories',
      'k.given_on',
      'k.withdrawn_on',
      'k.replaces_consent_id',
    ])
    .where('k.participant_id', '=', participantId)
    .orderBy('k.given_on', 'desc')
    .orderBy('k.created_at', 'desc')
    .execute();
}
export type ConsentRow = Awaited<ReturnType<typeof listConsents>>[number];

/** The participant's consents, bound to the course they are read through. */
export const consentQueries = ((tx, { courseId, participantId, municipalityId, partnershipId }) => ({
  list: () => listConsents(tx, participantId),
  async get(id: string): Promise<ConsentRow | undefined> {
    return (await listConsents(tx, participantId)).find((c) => c.id === id);
  },
  async insert(values: {
    purpose: ConsentPurpose;
    recipientOrganisationId: string | null;
    categories: readonly ConsentCategory[];
    givenOn: string;
    recordedBy: string;
    replaces?: string;
  }) {
    const row = await tx
      .insertInto('consents')
      .values({
        municipality_id: municipalityId,
        participant_id: participantId,
        purpose: values.purpose,
        recipient_organisation_id: values.recipientOrganisationId,
        categories: [...values.categories],
        given_on: values.givenOn,
        recorded_by: values.recordedBy,
        replaces_consent_id: values.replaces ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  },
  /**
   * One-way, once: a parallel withdrawal or narrowing waits for the row lock, then finds it already
   * withdrawn and changes nothing (false).
   */
  async withdraw(id: string, on: string, by: string): Promise<boolean> {
    const result = await tx
      .updateTable('consents')
      .set({ withdrawn_on: on, withdrawn_by: by })
      .where('id', '=', id)
      .where('participant_id', '=', participantId)
      .where('withdrawn_on', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },
  /**
   * The companies a consent for this course can name: those of the institution's company network
   * (another network's companies are not this course's to name), and a company already on the team.
   */
  companies: (only?: string) => {
    let q = tx
      .selectFrom('organisations as o')
      .select(['o.id', 'o.name'])
      .where('o.kind', '=', 'company')
      .where((eb) =>
        eb.or([
          eb('o.id', 'in', networkCompanyIds(tx, partnershipId)),
          eb.exists(
            eb
              .selectFrom('course_team as t')
              .whereRef('t.organisation_id', '=', 'o.id')
              .where('t.course_id', '=', courseId),
          ),
        ]),
      );
    if (only) q = q.where('o.id', '=', only);
    return q.orderBy('o.name').execute();
  },
})) satisfies CourseQueries<unknown>;
