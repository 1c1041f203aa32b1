import type { Updateable } from 'kysely';
import { courseGrants } from '../auth/access.ts';
import { present } from '../auth/present.ts';
import type { Scope } from '../auth/scope.ts';
import { badRequest, conflict, notFound } from '../platform/errors.ts';
import type { CompaniesTable } from '../platform/schema-companies.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { networkReader } from './access.ts';
import { isValidCvr } from './cvr.ts';
import { auditNetwork, chosenNetwork, readableNetworks } from './network.ts';
import { companyQueries } from './queries.ts';
import type { CompanyPatch, CompanyQuery, NewCompany } from './schemas.ts';
import { arrangeByDistance, matchesText } from './search.ts';
import { buildHistory, viewAssessment, viewCompany, viewContact, viewOpening } from './view.ts';

/** An empty CVR means "none"; a given one must pass the modulus-11 check. */
function checkedCvr(cvr: string | undefined): string | null | undefined {
  if (cvr === undefined) return undefined;
  if (cvr === '') return null;
  if (!isValidCvr(cvr)) throw badRequest('body.cvr: not a valid CVR number (modulus 11)', 'body.cvr');
  return cvr;
}

function checkCoordinates(latitude: number | null | undefined, longitude: number | null | undefined) {
  if (((latitude ?? null) === null) !== ((longitude ?? null) === null))
    throw badRequest('body.longitude: give both latitude and longitude, or neither', 'body.longitude');
}

/** Home coordinates of a course's young person, for the distance; 404 to anyone without a grant on it. */
async function homeOf(scope: Scope, courseId: string) {
  const grant = (await courseGrants(scope.tx, scope.actor, [courseId])).get(courseId);
  if (!grant?.permissions.has('matching.read') || !grant.classes.has('matching')) throw notFound('course');
  const profile = await scope.tx
    .selectFrom('work_profiles')
    .select(['home_latitude', 'home_longitude'])
    .where('course_id', '=', courseId)
    .executeTakeFirst();
  if (profile?.home_latitude == null || profile.home_longitude == null) return null;
  return { latitude: profile.home_latitude, longitude: profile.home_longitude };
}

export async function listCompanies(scope: Scope, query: CompanyQuery) {
  const access = await readableNetworks(scope);
  const q = companyQueries(scope.tx);
  const home = query.near ? await homeOf(scope, query.near) : null;
  const rows = (await q.list(access.reads, query)).filter((c) => matchesText(query.q, c));
  const arranged = arrangeByDistance(rows, home, {
    maxKm: query.maxKm,
    sort: query.sort ?? (home ? 'distance' : 'name'),
  });
  const networks = (await q.institutions(access.reads)).map((n) => ({
    ...n,
    writable: access.writes.includes(n.id),
  }));
  await auditNetwork(scope, 'companies.read', 'companyNetwork', null, {
    count: arranged.length,
    ...(query.near ? { near: query.near } : {}),
  });
  return {
    companies: arranged.map((c) => ({
      id: c.organisation_id,
      name: c.name,
      institutionId: c.institution_id,
      industry: c.industry,
      workFunctions: c.work_functions,
      city: c.city,
      capacity: (c.capacity as 'low' | 'medium' | 'high' | null) ?? null,
      distanceKm: c.distanceKm,
      openPlaces: c.open_places,
      newPlace: c.new_place,
    })),
    networks,
    near: query.near ? { courseId: query.near, hasHome: home !== null } : null,
  };
}

/** A company of a network the actor reads (or writes, with `write`); to anyone else it does not exist. */
export async function companyFor(scope: Scope, companyId: string, write: boolean) {
  const access = await readableNetworks(scope);
  const company = await companyQueries(scope.tx).find(companyId);
  const allowed = write ? access.writes : access.reads;
  if (!company || !allowed.includes(company.institution_id)) throw notFound('company');
  return { company, access };
}

export async function createCompany(scope: Scope, input: NewCompany) {
  const access = await readableNetworks(scope);
  const institutionId = chosenNetwork(access, input.institutionId);
  const cvr = checkedCvr(input.cvr) ?? null;
  checkCoordinates(input.latitude, input.longitude);
  const q = companyQueries(scope.tx);
  if (cvr && (await q.cvrTaken(institutionId, cvr, null)))
    throw conflict('body.cvr: a company with this CVR number is already in the network', 'body.cvr');
  const id = await q.insert(input.name, {
    institution_id: institutionId,
    cvr,
    industry: input.industry,
    street: input.street ?? '',
    postcode: input.postcode ?? '',
    city: input.city ?? '',
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    work_functions: [...new Set(input.workFunctions ?? [])],
    personal_relation: input.personalRelation ?? '',
    notes: input.notes ?? '',
    created_by: scope.actor.userId,
  });
  await auditNetwork(scope, 'companies.create', 'company', id, { institutionId });
  const row = await q.find(id);
  if (!row) throw new Error('the new company is gone');
  return viewCompany(row);
}

export async function getCompany(scope: Scope, companyId: string) {
  const { company, access } = await companyFor(scope, companyId, false);
  const q = companyQueries(scope.tx);
  // The young people's names are for the institution's own staff, who work with them.
  const ownStaff = scope.actor.memberships.some(
    (m) => m.organisationId === company.institution_id && m.role !== 'participant',
  );
  const internships = await q.internships(companyId);
  const hires = await q.hires(companyId);
  const visible = ownStaff
    ? new Set(
        (
          await courseGrants(scope.tx, scope.actor, [
            ...new Set([...internships, ...hires].map((p) => p.course_id)),
          ])
        ).keys(),
      )
    : null;
  const detail = {
    company: viewCompany(company),
    writable: access.writes.includes(company.institution_id),
    contacts: (await q.contacts(companyId)).map(viewContact),
    capacity: (await q.assessments(companyId)).map(viewAssessment),
    openings: (await q.openings(companyId)).map(viewOpening),
    history: buildHistory(internships, hires, visible),
    mentorUsers: await q.mentorUsers(companyId),
  };
  await auditNetwork(scope, 'companies.read', 'company', companyId, {
    people: (detail.history.internships?.length ?? 0) + (detail.history.hires?.length ?? 0),
  });
  return detail;
}

export async function changeCompany(
  scope: Scope,
  companyId: string,
  patch: CompanyPatch,
  expected: Expected,
) {
  const { company } = await companyFor(scope, companyId, true);
  const q = companyQueries(scope.tx);
  const cvr = checkedCvr(patch.cvr);
  checkCoordinates(
    patch.latitude === undefined ? company.latitude : patch.latitude,
    patch.longitude === undefined ? company.longitude : patch.longitude,
  );
  if (cvr && (await q.cvrTaken(company.institution_id, cvr, companyId)))
    throw conflict('body.cvr: a company with this CVR number is already in the network', 'body.cvr');
  const changes: Updateable<CompaniesTable> = {};
  if (cvr !== undefined) changes.cvr = cvr;
  if (patch.industry !== undefined) changes.industry = patch.industry;
  if (patch.street !== undefined) changes.street = patch.street;
  if (patch.postcode !== undefined) changes.postcode = patch.postcode;
  if (patch.city !== undefined) changes.city = patch.city;
  if (patch.latitude !== undefined) changes.latitude = patch.latitude;
  if (patch.longitude !== undefined) changes.longitude = patch.longitude;
  if (patch.workFunctions !== undefined) changes.work_functions = [...new Set(patch.workFunctions)];
  if (patch.personalRelation !== undefined) changes.personal_relation = patch.personalRelation;
  if (patch.notes !== undefined) changes.notes = patch.notes;
  if (patch.newPlace !== undefined) changes.new_place = patch.newPlace;
  if (patch.newPlaceOn !== undefined) changes.new_place_on = patch.newPlaceOn;
  const done = await q.update(companyId, patch.name, changes, expected);
  const now = await q.find(companyId);
  if (!now) throw notFound('company');
  // Someone changed it after this reader opened it: refuse, and show them what it is now.
  if (!done)
    throw new StaleVersion(
      now.version,
      present('companySaved', { company: viewCompany(now) }, networkReader).company,
    );
  await auditNetwork(scope, 'companies.update', 'company', companyId, {
    version: now.version,
    fields: [...Object.keys(changes), ...(patch.name !== undefined ? ['name'] : [])],
  });
  return viewCompany(now);
}
