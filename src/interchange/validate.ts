import {
  checkArray,
  checkBoolean,
  checkDate,
  checkEnum,
  checkInteger,
  checkNumber,
  checkObject,
  checkString,
  has,
  type Json,
} from './checks.ts';
import { type Issue, Issues, kindOf, type Path } from './issues.ts';
import {
  disabilityKinds,
  FORMAT,
  genders,
  type InterchangeDocument,
  outcomeTypes,
  scoreDimensions,
} from './types.ts';

export type Validation =
  | { ok: true; document: InterchangeDocument }
  | { ok: false; issues: Issue[]; total: number };

const participantFields = [
  'ref',
  'givenName',
  'familyName',
  'birthDate',
  'gender',
  'disabilities',
  'consentToStatistics',
  'courseStart',
  'grantedMonths',
  'measurements',
  'outcome',
] as const;

/**
 * The whole document against interchange v1, plus what JSON Schema cannot say but would corrupt
 * data: real calendar dates, one `ref` per participant, one measurement per participant and day.
 * Never throws, whatever it is given; every issue names its place in the document.
 */
export function validateInterchange(value: unknown): Validation {
  const issues = new Issues();
  const root = checkObject(value, [], issues, { required: ['format', 'partnership', 'participants'] });
  if (root) {
    if (has(root, 'format') && root.format !== FORMAT) issues.add(['format'], `expected "${FORMAT}"`);
    if (has(root, 'partnership')) checkPartnership(root.partnership, issues);
    if (has(root, 'participants')) checkParticipants(root.participants, issues);
  }
  if (!issues.ok) return { ok: false, issues: issues.list, total: issues.total };
  return { ok: true, document: value as InterchangeDocument };
}

function checkPartnership(value: unknown, issues: Issues) {
  const path = ['partnership'];
  const p = checkObject(value, path, issues, {
    required: ['municipality', 'institution'],
    optional: ['targets'],
  });
  if (!p) return;
  if (has(p, 'municipality')) checkString(p.municipality, [...path, 'municipality'], issues, 200);
  if (has(p, 'institution')) checkString(p.institution, [...path, 'institution'], issues, 200);
  if (!has(p, 'targets')) return;
  const tPath = [...path, 'targets'];
  const t = checkObject(p.targets, tPath, issues, { required: [], optional: ['admitted', 'closerShare'] });
  if (!t) return;
  // No upper bound in the schema, but the column is a 32-bit integer: refuse rather than fail later.
  if (has(t, 'admitted')) checkInteger(t.admitted, [...tPath, 'admitted'], issues, 0, 2_147_483_647);
  if (has(t, 'closerShare')) checkNumber(t.closerShare, [...tPath, 'closerShare'], issues, 0, 1);
}

function checkParticipants(value: unknown, issues: Issues) {
  const list = checkArray(value, ['participants'], issues);
  if (!list) return;
  const firstByRef = new Map<string, number>();
  list.forEach((item, i) => {
    const ref = checkParticipant(item, ['participants', i], issues);
    if (ref === undefined) return;
    const first = firstByRef.get(ref);
    if (first === undefined) firstByRef.set(ref, i);
    else issues.add(['participants', i, 'ref'], `${ref} is already used by participants[${first}]`);
  });
}

/** Checks one participant; returns its ref when that is a usable string. */
function checkParticipant(value: unknown, path: Path, issues: Issues): string | undefined {
  const p = checkObject(value, path, issues, { required: participantFields });
  if (!p) return undefined;
  const at = (key: string) => [...path, key];
  const ref = has(p, 'ref') ? checkString(p.ref, at('ref'), issues, 64) : undefined;
  if (has(p, 'givenName')) checkString(p.givenName, at('givenName'), issues, 200);
  if (has(p, 'familyName')) checkString(p.familyName, at('familyName'), issues, 200);
  if (has(p, 'birthDate')) checkDate(p.birthDate, at('birthDate'), issues);
  if (has(p, 'gender')) checkEnum(p.gender, at('gender'), issues, genders);
  if (has(p, 'disabilities')) checkDisabilities(p.disabilities, at('disabilities'), issues);
  if (has(p, 'consentToStatistics')) checkBoolean(p.consentToStatistics, at('consentToStatistics'), issues);
  if (has(p, 'courseStart')) checkDate(p.courseStart, at('courseStart'), issues);
  if (has(p, 'grantedMonths') && p.grantedMonths !== null) {
    if (typeof p.grantedMonths === 'number')
      checkInteger(p.grantedMonths, at('grantedMonths'), issues, 1, 120);
    else issues.add(at('grantedMonths'), `expected an integer or null, got ${kindOf(p.grantedMonths)}`);
  }
  if (has(p, 'measurements')) checkMeasurements(p.measurements, at('measurements'), issues);
  if (has(p, 'outcome')) checkOutcome(p.outcome, at('outcome'), issues);
  return ref;
}

function checkDisabilities(value: unknown, path: Path, issues: Issues) {
  const list = checkArray(value, path, issues);
  if (!list) return;
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const kind = checkEnum(item, [...path, i], issues, disabilityKinds);
    if (kind === undefined) return;
    if (seen.has(kind)) issues.add([...path, i], `${kind} is listed twice`);
    seen.add(kind);
  });
}

function checkMeasurements(value: unknown, path: Path, issues: Issues) {
  const list = checkArray(value, path, issues);
  if (!list) return;
  // Measurements are matched by day on a later import: two on one day would be ambiguous.
  const firstByDate = new Map<string, number>();
  list.forEach((item, i) => {
    const m = checkObject(item, [...path, i], issues, { required: ['date', 'scores'] });
    if (!m) return;
    const date = has(m, 'date') ? checkDate(m.date, [...path, i, 'date'], issues) : undefined;
    if (has(m, 'scores')) checkScores(m.scores, [...path, i, 'scores'], issues);
    if (date === undefined) return;
    const first = firstByDate.get(date);
    if (first === undefined) firstByDate.set(date, i);
    else issues.add([...path, i, 'date'], `${date} is already measured at measurements[${first}]`);
  });
}

function checkScores(value: unknown, path: Path, issues: Issues) {
  const scores: Json | undefined = checkObject(value, path, issues, { required: scoreDimensions });
  if (!scores) return;
  for (const key of scoreDimensions) {
    if (has(scores, key)) checkInteger(scores[key], [...path, key], issues, 1, 5);
  }
}

function checkOutcome(value: unknown, path: Path, issues: Issues) {
  if (value === null) return;
  if (typeof value !== 'object' || Array.isArray(value)) {
    issues.add(path, `expected null or an object, got ${kindOf(value)}`);
    return;
  }
  const o = checkObject(value, path, issues, { required: ['type', 'date'] });
  if (!o) return;
  if (has(o, 'type')) checkEnum(o.type, [...path, 'type'], issues, outcomeTypes);
  if (has(o, 'date')) checkDate(o.date, [...path, 'date'], issues);
}
