import type { Insertable } from 'kysely';
import { snapshotOf } from '../efforts/view.ts';
import { addDays, addMonths } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import type { NetworkMembersTable, ParallelEffortsTable } from '../platform/schema.ts';

type Effort = Omit<Insertable<ParallelEffortsTable>, 'course_id' | 'municipality_id' | 'created_by'>;
type Member = Omit<Insertable<NetworkMembersTable>, 'course_id' | 'municipality_id' | 'created_by'>;

/**
 * The plan beside the course and the young person's network (DOMAIN.md "Parallel efforts",
 * "Network map") for the first few demo courses. The first course is the one the company sees: it
 * shares efforts and network with the company, so the psychologist and the psychiatrist show what
 * a company never receives.
 */
export async function seedPlan(
  db: Db,
  p: { courseId: string; municipality: string; coordinator: string; start: string; index: number },
) {
  const efforts: Effort[] = [
    {
      kind: 'housingSupport',
      provider: 'Lindeby Bostøtte',
      contact_name: 'Lise Bostøtte',
      contact_phone: '30 11 22 33',
      starts_on: addDays(p.start, -30),
      legal_basis: 'sel',
      note: 'Bostøtte to gange om ugen (SEL § 85): indkøb, post og faste tider.',
    },
    {
      kind: 'psychologist',
      provider: 'Psykologhuset Lindeby',
      contact_name: 'Psykolog Pia Holm',
      contact_email: 'pia@psykologhuset.example',
      starts_on: addMonths(p.start, 2),
      legal_basis: 'healthLaw',
      note: 'Samtaler hver 14. dag om angst.',
    },
    {
      kind: 'education',
      provider: 'Lindeby VUC',
      contact_name: 'Vejleder Ole Dam',
      contact_phone: '70 20 30 40',
      starts_on: addMonths(p.start, 1),
      ends_on: p.index === 1 ? addMonths(p.start, 5) : null,
      legal_basis: 'educationLaw',
      note: 'Dansk på FVU-niveau, en formiddag om ugen.',
    },
  ];
  const network: Member[] = [
    {
      name: p.index === 0 ? 'Hanne Nielsen' : 'Mor',
      relation: 'family',
      sphere: 'private',
      phone: '40 50 60 70',
      course_role: 'Deltager i netværksmøder',
      closeness: 'close',
    },
    { name: 'Jonas', relation: 'friend', sphere: 'private', closeness: 'further' },
    {
      name: 'Lise Bostøtte',
      relation: 'housingSupport',
      sphere: 'professional',
      phone: '30 11 22 33',
      course_role: 'Hjælper med faste tider om morgenen',
      closeness: 'close',
    },
    {
      name: 'Overlæge Storm',
      relation: 'psychiatrist',
      sphere: 'professional',
      course_role: 'Medicin og kontrol hver 3. måned',
      closeness: 'further',
    },
  ];
  // The later courses get a smaller plan: not every young person has all of it.
  const keep = p.index === 0 ? 3 : 2;
  const course = { course_id: p.courseId, municipality_id: p.municipality, created_by: p.coordinator };
  for (const effort of efforts.slice(0, keep)) {
    const row = await db
      .insertInto('parallel_efforts')
      .values({ ...effort, ...course })
      .returningAll()
      .executeTakeFirstOrThrow();
    await db
      .insertInto('parallel_effort_versions')
      .values({
        municipality_id: p.municipality,
        effort_id: row.id,
        version: 1,
        snapshot: JSON.stringify(snapshotOf(row)),
        changed_by: p.coordinator,
      })
      .execute();
  }
  await db
    .insertInto('network_members')
    .values(network.slice(0, p.index === 0 ? 4 : 3).map((m) => ({ ...m, ...course })))
    .execute();
}
