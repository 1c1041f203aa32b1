import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { queueKinds } from '../work-queue/classes.ts';

export const notificationParams = z.strictObject({ id: z.uuid() });

export const notificationView = presentedAs(
  'notification',
  z.object({
    id: z.string(),
    kind: z.enum([...queueKinds, 'initiativeFollowUp']),
    /** A course's reminder: the course and its young person. */
    courseId: z.string().nullable(),
    participantName: z.string().optional(),
    /** An initiative's follow-up (src/initiatives/): the initiative and its theme. */
    initiativeId: z.string().optional(),
    initiativeTheme: z.string().optional(),
    due: z.string(),
    overdue: z.boolean(),
    link: z.string(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  }),
);
export type NotificationView = z.infer<typeof notificationView>;

export const notificationList = presentedAs(
  'notificationList',
  z.object({ unread: z.number().int(), items: z.array(notificationView) }),
);

export const unreadCount = presentedAs('self', z.object({ unread: z.number().int() }));
export const notificationRead = presentedAs('self', z.object({ id: z.string(), readAt: z.string() }));

/** The e-mail digest: an address opts in, null opts out. */
export const reminderSettings = presentedAs(
  'self',
  z.object({ digestEmail: z.string().nullable(), version: z.number().int() }),
);
export const reminderSettingsInput = z.strictObject({
  digestEmail: z.email().max(320).nullable(),
});
export type ReminderSettingsInput = z.infer<typeof reminderSettingsInput>;
