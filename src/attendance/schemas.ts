import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { isoDate } from '../platform/schemas.ts';

export const attendanceStatus = z.enum(['present', 'absent']);
export const absenceReason = z.enum(['sick', 'agreed', 'unexplained']);

/** Months this century: earlier or later ones are typing mistakes, not attendance. */
export const month = z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM (2000–2099)');

export const attendanceQuery = z.strictObject({ month: month.optional() });
export type AttendanceQuery = z.infer<typeof attendanceQuery>;

export const dayParams = z.strictObject({ courseId: z.uuid(), day: isoDate });

export const dayEntry = z
  .strictObject({
    status: attendanceStatus,
    absenceReason: absenceReason.nullable().optional(),
    hours: z.number().min(0).max(24).optional(),
    /** Where: the institution (the default) or a company; a company mentor's own workplace for them. */
    workplaceId: z.uuid().optional(),
  })
  .refine((v) => v.status !== 'absent' || v.absenceReason, {
    message: 'an absence needs a reason: sick, agreed or unexplained',
    path: ['absenceReason'],
  })
  .refine((v) => v.status !== 'present' || !v.absenceReason, {
    message: 'a present day has no absence reason',
    path: ['absenceReason'],
  });
export type DayEntry = z.infer<typeof dayEntry>;

export const dayView = presentedAs(
  'attendanceDay',
  z.object({
    day: z.string(),
    status: attendanceStatus,
    absenceReason: absenceReason.nullable(),
    hours: z.number(),
    workplace: z.object({ id: z.string(), name: z.string() }),
    /** The reader registered this day (a company mentor changes only those). */
    recordedByMe: z.boolean(),
    /** Raised by every correction; send it in If-Match to correct or remove the day. */
    version: z.number().int(),
  }),
);
export type DayView = z.infer<typeof dayView>;

const share = z.number().nullable();

export const monthView = presentedAs(
  'attendanceMonth',
  z.object({
    month: z.string(),
    days: z.array(dayView),
    /** Over all workplaces: left out for a company, which sees only its own days. */
    summary: z
      .object({
        registeredDays: z.number(),
        presentDays: z.number(),
        absentDays: z.object({ sick: z.number(), agreed: z.number(), unexplained: z.number() }),
        hours: z.number(),
        presentShare: share,
      })
      .optional(),
    /** The six months ending with `month`, oldest first: "stable attendance" at a glance. */
    trend: z
      .array(
        z.object({
          month: z.string(),
          registeredDays: z.number(),
          presentDays: z.number(),
          presentShare: share,
        }),
      )
      .optional(),
  }),
);
export type MonthView = z.infer<typeof monthView>;

export const daySaved = presentedAs('attendanceDaySaved', z.object({ day: dayView }));
