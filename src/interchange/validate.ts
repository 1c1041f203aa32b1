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
  FORMAT_V2,
  formats,
  genders,
  type InterchangeDocument,
  outcomeTypes,
  perspectives,
  scoreDimensions,
} from './types.ts';

export type Validation =
  | { ok: true; document: InterchangeDocument }
  | { ok: false; issues: Issue[]; total: number };

/** What version 2 adds to a participant, all optional. */
const v2ParticipantFields = ['referralDate', 'statusChanges', 'statusLetters'] as const;

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
 * The whole document against interchange v1 or v2 (by its `format`), plus what JSON Schema cannot
 * say but would corrupt data: real calendar dates, one `ref` per participant, one measurement per
 * participant, day and perspective, one status change and one letter per day, a referral on or
 * before the start, no status change before the start.
 * Never throws, whatever it is given; every issue names its place in the document.
 */
export function validateInterchange(value: unknown): Validation {
  const issues = new Issues();
  const root = checkObject(value, [], issues, { required: ['format', 'partnership', 'participants'] });
  if (root) {
    const known = has(root, 'format') && (formats as readonly unknown[]).includes(root.format);
    if (has(root, 'format') && !known) issues.add(['format'], `expected one of "${formats.join('", "')}"`);
    // An unknown format is read as the newest, so its other mistakes are still listed.
    const v2 = !known || root.format === FORMAT_V2;
    if (has(root, 'partnership')) checkPartnership(root.partnership, issues);
    if (has(root, 'participants')) checkParticipants(root.participants, issues, v2);
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

function checkParticipants(value: unknown, issues: Issues, v2: boolean) {
  const list = checkArray(value, ['participants'], issues);
  if (!list) return;
  const firstByRef = new Map<string, number>();
  list.forEach((item, i) => {
    const ref = checkParticipant(item, ['participants', i], issues, v2);
    if (ref === undefined) return;
    const first = firstByRef.get(ref);
    if (first === undefined) firstByRef.set(ref, i);
    else issues.add(['participants', i, 'ref'], `${ref} is already used by participants[${first}]`);
  });
}

/** Checks one participant; returns its ref when that is a usable string. */
function checkParticipant(value: unknown, path: Path, issues: Issues, v2: boolean): string | undefined {
  const p = checkObject(value, path, issues, {
    required: participantFields,
    optional: v2 ? v2ParticipantFields : [],
  });
  if (!p) return undefined;
  const at = (key: string) => [...path, key];
  const ref = has(p, 'ref') ? checkString(p.ref, at('ref'), issues, 64) : undefined;
  if (has(p, 'givenName')) checkString(p.givenName, at('givenName'), issues, 200);
  if (has(p, 'familyName')) checkString(p.familyName, at('familyName'), issues, 200);
  if (has(p, 'birthDate')) checkDate(p.birthDate, at('birthDate'), issues);
  if (has(p, 'gender')) checkEnum(p.gender, at('gender'), issues, genders);
  if (has(p, 'disabilities')) checkDisabilities(p.disabilities, at('disabilities'), issues);
  if (has(p, 'consentToStatistics')) checkBoolean(p.consentToStatistics, at('consentToStatistics'), issues);
  const start = has(p, 'courseStart') ? checkDate(p.courseStart, at('courseStart'), issues) : undefined;
  if (has(p, 'grantedMonths') && p.grantedMonths !== null) {
    if (typeof p.grantedMonths === 'number')
      checkInteger(p.grantedMonths, at('grantedMonths'), issues, 1, 120);
    else issues.add(at('grantedMonths'), `expected an integer or null, got ${kindOf(p.grantedMonths)}`);
  }
  if (has(p, 'measurements')) checkMeasurements(p.measurements, at('measurements'), issues, v2);
  if (has(p, 'outcome')) checkOutcome(p.outcome, at('outcome'), issues);
  // In a version 1 document these are unknown fields, reported as such by checkObject.
  if (!v2) return ref;
  if (has(p, 'referralDate')) {
    const referral = checkDate(p.referralDate, at('referralDate'), issues);
    if (referral && start && referral > start)
      issues.add(at('referralDate'), `${referral} is after the course start ${start}`);
  }
  if (has(p, 'statusChanges')) checkStatusChanges(p.statusChanges, at('statusChanges'), issues, start);
  if (has(p, 'statusLetters')) checkStatusLetters(p.statusLetters, at('statusLetters'), issues);
  return ref;
}

/** Each change on its own day, on or after the start (the course is active from its start). */
function checkStatusChanges(value: unknown, path: Path, issues: Issues, start: string | undefined) {
  const list = checkArray(value, path, issues);
  if (!list) return;
  const firstByDate = new Map<string, number>();
  list.forEach((item, i) => {
    const c = checkObject(item, [...path, i], issues, { required: ['date', 'status'], optional: ['reason'] });
    if (!c) return;
    const date = has(c, 'date') ? checkDate(c.date, [...path, i, 'date'], issues) : undefined;
    if (has(c, 'status')) checkEnum(c.status, [...path, i, 'status'], issues, ['paused', 'active'] as const);
    if (has(c, 'reason')) checkString(c.reason, [...path, i, 'reason'], issues, 500, { mayBeEmpty: true });
    if (date === undefined) return;
    if (start && date < start)
      issues.add([...path, i, 'date'], `${date} is before the course start ${start}`);
    const first = firstByDate.get(date);
    if (first === undefined) firstByDate.set(date, i);
    else issues.add([...path, i, 'date'], `${date} already has a status change at statusChanges[${first}]`);
  });
}

/** Letters are matched by their day on a later import: one per day. */
function checkStatusLetters(value: unknown, path: Path, issues: Issues) {
  const list = checkArray(value, path, issues);
  if (!list) return;
  const firstByDate = new Map<string, number>();
  list.forEach((item, i) => {
    const l = checkObject(item, [...path, i], issues, { required: ['approvedOn'], optional: ['text'] });
    if (!l) return;
    const day = has(l, 'approvedOn')
      ? checkDate(l.approvedOn, [...path, i, 'approvedOn'], issues)
      : undefined;
    if (has(l, 'text')) checkString(l.text, [...path, i, 'text'], issues, 100_000, { mayBeEmpty: true });
    if (day === undefined) return;
    const first = firstByDate.get(day);
    if (first === undefined) firstByDate.set(day, i);
    else issues.add([...path, i, 'approvedOn'], `${day} already has a letter at statusLetters[${first}]`);
  });
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

function checkMeasurements(value: unknown, path: Path, issues: Issues, v2: boolean) {
  const list = checkArray(value, path, issues);
  if (!list) return;
  // Measurements are matched by day and perspective on a later import: two would be ambiguous.
  const firstByDay = new Map<string, number>();
  list.forEach((item, i) => {
    const m = checkObject(item, [...path, i], issues, {
      required: ['date', 'scores'],
      optional: v2 ? ['perspective'] : [],
    });
    if (!m) return;
    const date = has(m, 'date') ? checkDate(m.date, [...path, i, 'date'], issues) : undefined;
    if (has(m, 'scores')) checkScores(m.scores, [...path, i, 'scores'], issues);
    const perspective =
      v2 && has(m, 'perspective')
        ? checkEnum(m.perspective, [...path, i, 'perspective'], issues, perspectives)
        : 'professional';
    if (date === undefined || perspective === undefined) return;
    const key = `${date} ${perspective}`;
    const first = firstByDay.get(key);
    if (first === undefined) firstByDay.set(key, i);
    else
      issues.add(
        [...path, i, 'date'],
        perspective === 'professional'
          ? `${date} is already measured at measurements[${first}]`
          : `${date} already has the young person's own scores at measurements[${first}]`,
      );
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
