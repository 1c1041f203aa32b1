import { z } from 'zod';
import { permissions } from '../auth/permissions.ts';
import { presentedAs } from '../auth/present.ts';
import { consentCategories } from '../consents/categories.ts';
import { stepKinds } from '../course-steps/order.ts';
import { participantView } from '../participants/view.ts';
import { isoDate, storableText } from '../platform/schemas.ts';
import { outcomeTypes } from './outcomes.ts';

export const courseStatus = z.enum(['active', 'paused', 'ended']);
export const outcomeType = z.enum(outcomeTypes);

/**
 * The course page's overview. Fields a reader may not receive (src/auth/view-policy.ts) are left
 * out, so every field beyond who the course is about is optional.
 */
export const courseOverview = presentedAs(
  'courseOverview',
  z.object({
    course: z.object({
      id: z.string(),
      partnership: z.object({
        id: z.string(),
        name: z.string(),
        municipality: z.string(),
        institution: z.string(),
      }),
      referralDate: z.string().nullable().optional(),
      startDate: z.string().nullable().optional(),
      grantedMonths: z.number().int().nullable().optional(),
      status: courseStatus.optional(),
      outcome: z.object({ type: outcomeType, date: z.string() }).nullable().optional(),
      /** Raised by every status change; send it back in If-Match to change the status. */
      version: z.number().int().optional(),
    }),
    participant: participantView,
    team: z.array(
      z.object({ userId: z.string(), displayName: z.string(), role: z.string(), organisation: z.string() }),
    ),
    statusHistory: z
      .array(
        z.object({
          status: courseStatus,
          effectiveDate: z.string(),
          reason: z.string().optional(),
          changedAt: z.string(),
        }),
      )
      .optional(),
    /** What the caller may do here, so the UI shows only what will work. */
    /** What the course owes as of today: measurement and status letter (src/due/rules.ts). */
    owed: z
      .array(
        z.object({ kind: z.enum(['measurement', 'statusLetter']), due: z.string(), overdue: z.boolean() }),
      )
      .optional(),
    myRole: z.string(),
    myPermissions: z.array(z.enum(permissions)),
    /** Which journal-note readers the caller may address (and so read). */
    myNoteVisibilities: z.array(z.enum(['team', 'professionals', 'institution'])),
    /** What the young person shares with the caller's organisation; null when no consent is needed. */
    myConsentCategories: z.array(z.enum(consentCategories)).nullable(),
  }),
);
export type CourseOverview = z.infer<typeof courseOverview>;

export const statusChange = z
  .strictObject({
    status: courseStatus,
    effectiveDate: isoDate,
    reason: storableText(2000).default(''),
    outcome: z.strictObject({ type: outcomeType, date: isoDate }).optional(),
  })
  .refine((v) => v.status !== 'ended' || v.outcome, {
    message: 'an ended course needs an outcome',
    path: ['outcome'],
  })
  .refine((v) => v.status === 'ended' || !v.outcome, {
    message: 'only an ended course has an outcome',
    path: ['outcome'],
  });
export type StatusChange = z.infer<typeof statusChange>;

export const caseloadItem = presentedAs(
  'caseloadItem',
  z.object({
    courseId: z.string(),
    participantName: z.string(),
    role: z.string(),
    status: courseStatus.optional(),
    startDate: z.string().nullable().optional(),
    attendanceThisMonth: z
      .object({
        presentDays: z.number(),
        registeredDays: z.number(),
        share: z.number().nullable(),
      })
      .optional(),
    nextDue: z
      .object({ kind: z.enum(['statusLetter', 'measurement']), dueOn: z.string(), overdue: z.boolean() })
      .nullable()
      .optional(),
    /** Approved letters the caseworker has not opened yet. */
    unreadLetters: z.number().int().optional(),
    /** The workflow step the course is at (src/course-steps/order.ts); null when none is recorded or it has ended. */
    currentStep: z.enum(stepKinds).nullable().optional(),
    /** DOMAIN.md "Meeting feedback and momentum" (src/momentum/). */
    momentum: z
      .object({
        daysWithoutContact: z.number().int().nullable(),
        contactLost: z.boolean(),
        nextStep: z.string().nullable(),
        referralToFirstContactDays: z.number().int().nullable(),
      })
      .optional(),
  }),
);
export type CaseloadItem = z.infer<typeof caseloadItem>;
export const caseload = presentedAs(
  'caseload',
  z.object({
    items: z.array(caseloadItem),
    /** The caseload's average referral → first contact against the partnership's promise. */
    firstContact: z
      .object({
        averageDays: z.number().nullable(),
        courses: z.number().int(),
        promiseDays: z.number().int(),
      })
      .optional(),
  }),
);
