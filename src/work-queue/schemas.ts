import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { courseStatus } from '../courses/schemas.ts';
import { isoDate } from '../platform/schemas.ts';
import { queueKinds } from './classes.ts';

export const workQueueQuery = z.strictObject({ asOf: isoDate.optional() });

export const workQueueItem = presentedAs(
  'workQueueItem',
  z.object({
    kind: z.enum(queueKinds),
    courseId: z.string(),
    participantName: z.string(),
    subject: z.string(),
    due: z.string(),
    overdue: z.boolean(),
    /** The web app's page where the item is done. */
    link: z.string(),
    title: z.string().optional(),
    meetingId: z.string().optional(),
    daysWithoutContact: z.number().int().nullable().optional(),
  }),
);

export const momentumView = z.object({
  lastContact: z.string().nullable(),
  daysWithoutContact: z.number().int().nullable(),
  nextStep: z.string().nullable(),
  referralToFirstContactDays: z.number().int().nullable(),
  contactLost: z.boolean(),
});

export const workQueueCourse = presentedAs(
  'workQueueCourse',
  z.object({
    courseId: z.string(),
    participantName: z.string(),
    status: courseStatus.optional(),
    momentum: momentumView.optional(),
    promiseDays: z.number().int(),
  }),
);

export const workQueue = presentedAs(
  'workQueue',
  z.object({
    asOf: z.string(),
    items: z.array(workQueueItem),
    courses: z.array(workQueueCourse),
  }),
);
export type WorkQueue = z.infer<typeof workQueue>;
