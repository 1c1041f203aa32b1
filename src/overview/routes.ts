import type { App } from '../platform/app-types.ts';
import type { RouteDeps } from '../route-deps.ts';
import { meetingOverview, overviewQuery, partnershipMeeting, partnershipMeetingParams } from './schemas.ts';
import { getMeetingOverview, getPartnershipMeeting } from './service.ts';

/** The shared meeting overview: signed in; the server decides per meeting what the reader sees. */
export function overviewRoutes(app: App, { work }: RouteDeps) {
  app.get(
    '/api/meetings',
    {
      config: { access: 'signedIn' },
      schema: { tags: ['meetings'], querystring: overviewQuery, response: { 200: meetingOverview } },
    },
    (req) => work.actor(req, (scope) => getMeetingOverview(scope, req.query.from, req.query.to)),
  );

  app.get(
    '/api/partnership-meetings/:meetingId',
    {
      config: { access: 'signedIn' },
      schema: { tags: ['meetings'], params: partnershipMeetingParams, response: { 200: partnershipMeeting } },
    },
    (req) => work.actor(req, (scope) => getPartnershipMeeting(scope, req.params.meetingId)),
  );
}
