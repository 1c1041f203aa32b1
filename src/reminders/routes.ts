import type { App } from '../platform/app-types.ts';
import { expectedVersion, sendVersion } from '../platform/versions.ts';
import type { RouteDeps } from '../route-deps.ts';
import {
  notificationList,
  notificationParams,
  notificationRead,
  reminderSettings,
  reminderSettingsInput,
  unreadCount,
} from './schemas.ts';
import {
  changeReminderSettings,
  getNotifications,
  getReminderSettings,
  getUnreadCount,
  readNotification,
} from './service.ts';

/** The actor's own reminders and digest setting: signed in is enough, each reads only their own. */
export function remindersRoutes(app: App, { work }: RouteDeps) {
  const tags = ['reminders'];
  app.get(
    '/api/notifications',
    { config: { access: 'signedIn' }, schema: { tags, response: { 200: notificationList } } },
    (req) => work.actor(req, (scope) => getNotifications(scope)),
  );
  app.get(
    '/api/notifications/unread',
    { config: { access: 'signedIn' }, schema: { tags, response: { 200: unreadCount } } },
    (req) => work.actor(req, (scope) => getUnreadCount(scope)),
  );
  // Marking read twice is harmless (the first time is kept), so it needs no version.
  app.post(
    '/api/notifications/:id/read',
    {
      config: { access: 'signedIn' },
      schema: { tags, params: notificationParams, response: { 200: notificationRead } },
    },
    (req) => work.actor(req, (scope) => readNotification(scope, req.params.id)),
  );
  app.get(
    '/api/reminder-settings',
    { config: { access: 'signedIn' }, schema: { tags, response: { 200: reminderSettings } } },
    async (req, reply) => {
      const settings = await work.actor(req, (scope) => getReminderSettings(scope));
      sendVersion(reply, settings.version);
      return settings;
    },
  );
  app.put(
    '/api/reminder-settings',
    {
      config: { access: 'signedIn' },
      schema: { tags, body: reminderSettingsInput, response: { 200: reminderSettings } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const settings = await work.actor(req, (scope) => changeReminderSettings(scope, req.body, expected));
      sendVersion(reply, settings.version);
      return settings;
    },
  );
}
