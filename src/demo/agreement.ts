import { copyTermsToPartnership } from '../partnerships/agreement-queries.ts';
import { type AgreementTerms, templateTerms } from '../partnerships/terms.ts';
import { addMonths, type IsoDate, today } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import { createUser } from './builders.ts';

/**
 * The demo partnership's agreement, built from the model's template: version 1 approved by both
 * leaders a year ago; version 2 with the new year's prices, approved by the institution only (the
 * municipality's leader has yet to sign). Creates the municipality's leader (`kommunechef`) when
 * the municipality has none. Does nothing when the partnership already has an agreement.
 */
export async function seedAgreement(
  db: Db,
  c: { partnership: string; password: string; day?: IsoDate },
): Promise<boolean> {
  const existing = await db
    .selectFrom('partnership_agreements')
    .select('id')
    .where('partnership_id', '=', c.partnership)
    .executeTakeFirst();
  if (existing) return false;
  const day = c.day ?? today();
  const partnership = await db
    .selectFrom('partnerships')
    .select(['municipality_id', 'institution_id', 'target_admitted', 'target_closer_share'])
    .where('id', '=', c.partnership)
    .executeTakeFirstOrThrow();
  const leaderIn = async (organisationId: string) =>
    (await db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['u.id', 'u.display_name'])
      .where('m.organisation_id', '=', organisationId)
      .where('m.role', '=', 'leader')
      .orderBy('u.username')
      .executeTakeFirst()) ?? undefined;
  const institutionLeader = await leaderIn(partnership.institution_id);
  if (!institutionLeader) throw new Error('the demo institution has no leader');
  const municipalityLeader =
    (await leaderIn(partnership.municipality_id)) ??
    (await (async () => {
      const id = await createUser(db, {
        username: 'kommunechef',
        displayName: 'Kirsten Kommunechef',
        password: c.password,
        organisationId: partnership.municipality_id,
        role: 'leader',
      });
      return { id, display_name: 'Kirsten Kommunechef' };
    })());

  const first = demoTerms({
    from: addMonths(day, -12).slice(0, 8).concat('01') as IsoDate,
    intakeTarget: partnership.target_admitted ?? 40,
    closerShareTarget: partnership.target_closer_share ?? 0.87,
    municipalityLeader: municipalityLeader.display_name,
    institutionLeader: institutionLeader.display_name,
  });
  const second: AgreementTerms = {
    ...first,
    packages: first.packages.map((p, i) => ({
      ...p,
      monthlyPrice: p.monthlyPrice + ([300, 500, 200][i] ?? 0),
    })),
  };
  const at = (monthsAgo: number, hour: number) =>
    new Date(`${addMonths(day, -monthsAgo)}T${String(hour).padStart(2, '0')}:00:00Z`);
  await db
    .insertInto('partnership_agreements')
    .values([
      {
        partnership_id: c.partnership,
        version: 1,
        terms: JSON.stringify(first),
        change_note: 'Aftalen indgået efter opstartsworkshoppen.',
        changed_by: institutionLeader.id,
        created_at: at(12, 9),
        municipality_approved_by: municipalityLeader.id,
        municipality_approved_at: at(12, 13),
        institution_approved_by: institutionLeader.id,
        institution_approved_at: at(12, 10),
      },
      {
        partnership_id: c.partnership,
        version: 2,
        terms: JSON.stringify(second),
        change_note: 'Priserne pristalsreguleret for det nye år.',
        changed_by: institutionLeader.id,
        created_at: at(1, 8),
        municipality_approved_by: null,
        municipality_approved_at: null,
        institution_approved_by: institutionLeader.id,
        institution_approved_at: at(1, 9),
      },
    ])
    .execute();
  await copyTermsToPartnership(db, c.partnership, second);
  return true;
}

function demoTerms(p: {
  from: IsoDate;
  intakeTarget: number;
  closerShareTarget: number;
  municipalityLeader: string;
  institutionLeader: string;
}): AgreementTerms {
  const template = templateTerms({
    intakeTarget: p.intakeTarget,
    closerShareTarget: p.closerShareTarget,
    firstContactDays: 7,
    from: p.from,
  });
  return {
    ...template,
    parties: { municipalityLeader: p.municipalityLeader, institutionLeader: p.institutionLeader },
    developmentGroup: [
      { name: p.municipalityLeader, role: 'Jobcenterchef', party: 'municipality' },
      { name: p.institutionLeader, role: 'Forstander', party: 'institution' },
      { name: 'Karin Ungekoordinator', role: 'Ungekoordinator', party: 'institution' },
      { name: 'Søren Sagsbehandler', role: 'Koordinerende sagsbehandler', party: 'municipality' },
    ],
    goals: {
      ...template.goals,
      otherCriteria:
        'Mindst 85 % af de unge svarer ja til "Følte du dig hørt?" efter møderne. Første samtale senest 7 dage efter henvisningen.',
    },
    packages: [
      {
        name: 'Pakke 1 – Afklaring',
        content:
          'Op til 3 måneder i skolens værksteder: fremmøde, rutiner og afklaring af ønsker og ressourcer. Fast ungekoordinator og første progressionsmåling.',
        monthlyPrice: 9800,
      },
      {
        name: 'Pakke 2 – Værksted og praktik',
        content:
          'Daglig træning i værksted og virksomhedspraktik med jobkonsulent. Statusbrev hver 3. måned og netværksmøder efter behov.',
        monthlyPrice: 14500,
      },
      {
        name: 'Pakke 3 – Job med støtte',
        content:
          'Mentorstøtte i ordinært job, fleksjob eller job med løntilskud. Jobkonsulenten følger op på arbejdsevne og aftaler med virksomheden.',
        monthlyPrice: 6200,
      },
    ],
    period: { from: p.from, to: null },
  };
}
