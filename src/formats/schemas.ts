import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { courseMeetingKinds } from '../meetings/kinds.ts';
import { isoDate, storableText } from '../platform/schemas.ts';
import { anchors, offsetUnits, repeatUnits, singleDateAnchor } from './timing.ts';

/** The course roles a format may invite by default (the young person is a box of its own). */
export const inviteeRoles = [
  'youthCoordinator',
  'caseworker',
  'workshopMentor',
  'jobConsultant',
  'companyMentor',
] as const;

const ruleId = z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,39}$/, 'letters, digits and -, at most 40');
const eventName = z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, 'a name like "birth": letters and digits');

export const timing = z.strictObject({
  anchor: z.enum(anchors),
  event: eventName.nullable().optional(),
  after: ruleId.nullable().optional(),
  offset: z.strictObject({ amount: z.number().int().min(0).max(520), unit: z.enum(offsetUnits) }),
  repeat: z
    .strictObject({
      every: z.number().int().min(1).max(52),
      unit: z.enum(repeatUnits),
      horizonMonths: z.number().int().min(1).max(36).nullable().optional(),
      count: z.number().int().min(1).max(100).nullable().optional(),
    })
    .nullable()
    .optional(),
});

export const formatRule = z.strictObject({
  id: ruleId,
  kind: z.enum(courseMeetingKinds),
  title: storableText(200, 1),
  timing,
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 10:00'),
  durationMinutes: z.number().int().min(15).max(480),
  invitees: z.strictObject({ roles: z.array(z.enum(inviteeRoles)).max(5), youngPerson: z.boolean() }),
  agenda: z.array(storableText(300, 1)).max(20),
});
export type FormatRule = z.infer<typeof formatRule>;

/** The rules as a whole: ids unique, a rule counts only from an earlier rule, repetition needs one anchor date. */
export const formatRules = z
  .array(formatRule)
  .min(1)
  .max(20)
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, i) => {
      const at = (...path: (string | number)[]) => [i, ...path];
      if (seen.has(rule.id))
        ctx.addIssue({ code: 'custom', path: at('id'), message: 'used by another rule' });
      const t = rule.timing;
      if (t.anchor === 'previous' && (!t.after || !seen.has(t.after)))
        ctx.addIssue({ code: 'custom', path: at('timing', 'after'), message: 'name an earlier rule' });
      if (t.anchor === 'event' && !t.event)
        ctx.addIssue({
          code: 'custom',
          path: at('timing', 'event'),
          message: 'name the event, e.g. "birth"',
        });
      if (t.repeat && !singleDateAnchor(t.anchor))
        ctx.addIssue({
          code: 'custom',
          path: at('timing', 'repeat'),
          message: 'only a rule counted from one date can repeat',
        });
      if (t.repeat && t.repeat.horizonMonths == null && t.repeat.count == null)
        ctx.addIssue({
          code: 'custom',
          path: at('timing', 'repeat', 'horizonMonths'),
          message: 'give a horizon in months or a count',
        });
      seen.add(rule.id);
    });
  });

export const formatInput = z.strictObject({
  name: storableText(200, 1),
  description: storableText(2000),
  rules: formatRules,
});
export type FormatInput = z.infer<typeof formatInput>;
/** A new format: its content, and which format it was copied from ("Kopier og tilpas"). */
export const newFormat = formatInput.extend({ copiedFrom: z.uuid().nullable().optional() });
export type NewFormat = z.infer<typeof newFormat>;

export const partnershipParams = z.strictObject({ id: z.uuid() });
export const formatParams = z.strictObject({ id: z.uuid(), formatId: z.uuid() });

const formatFields = {
  id: z.string(),
  partnershipId: z.string().nullable(),
  isDefault: z.boolean(),
  name: z.string(),
  description: z.string(),
  rules: z.array(formatRule),
  /** Named events its rules count from, to be given when it is applied. */
  events: z.array(z.string()),
  copiedFrom: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
};
export const formatView = presentedAs('format', z.object(formatFields));
export type FormatView = z.infer<typeof formatView>;
export const formatList = presentedAs('formatList', z.object({ formats: z.array(formatView) }));
export const formatSaved = presentedAs('formatSaved', z.object({ format: formatView }));
export const formatVersion = presentedAs(
  'formatVersion',
  z.object({
    version: z.number().int(),
    name: z.string(),
    description: z.string(),
    rules: z.array(formatRule),
    changedAt: z.string(),
    changedBy: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  }),
);
export const formatHistory = presentedAs('formatHistory', z.object({ versions: z.array(formatVersion) }));
export type FormatHistory = z.infer<typeof formatHistory>;

// --- On a course ---------------------------------------------------------------------------------

export const applyFormat = z.strictObject({
  formatId: z.uuid(),
  /** Named event dates its rules need, e.g. { "birth": "2026-03-20" }. */
  events: z.record(eventName, isoDate).optional(),
});
export type ApplyFormat = z.infer<typeof applyFormat>;
export const courseFormatParams = z.strictObject({ courseId: z.uuid(), courseFormatId: z.uuid() });

export const courseFormatView = presentedAs(
  'courseFormat',
  z.object({
    id: z.string(),
    formatId: z.string(),
    name: z.string(),
    /** The course's administration: left out for a reader without it (a company). */
    events: z.record(z.string(), z.string()).optional(),
    appliedOn: z.string(),
    stoppedOn: z.string().nullable(),
    version: z.number().int(),
  }),
);
export type CourseFormatView = z.infer<typeof courseFormatView>;

export const plannedMeetingView = presentedAs(
  'formatMeeting',
  z.object({
    id: z.string(),
    kind: z.enum(courseMeetingKinds),
    title: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    status: z.enum(['planned', 'held', 'cancelled']),
    formatId: z.string(),
    ruleId: z.string(),
  }),
);
export type PlannedMeetingView = z.infer<typeof plannedMeetingView>;

export const courseFormats = presentedAs(
  'courseFormats',
  z.object({
    inUse: z.array(courseFormatView),
    /** The formats this course may use: the default and its partnership's own. */
    available: z.array(formatView),
    /** The formats' meetings from today on, nearest first. */
    upcoming: z.array(plannedMeetingView),
  }),
);
export type CourseFormats = z.infer<typeof courseFormats>;
export const courseFormatSaved = presentedAs(
  'courseFormatSaved',
  z.object({
    courseFormat: courseFormatView.optional(),
    planned: z.number().int().optional(),
    cancelled: z.number().int().optional(),
  }),
);
