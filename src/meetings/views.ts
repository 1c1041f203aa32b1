import type { ModuleViews, ViewOf } from '../auth/view-types.ts';

/**
 * The views of src/meetings/ (merged into the one view policy, src/auth/view-policy.ts). Every
 * field is class `meetings`, so a company receives them only with the young person's consent (and,
 * by src/meetings/visibility.ts, only the meetings it is invited to). The shared meeting overview
 * (`meetingOverview*`, src/overview/) stays in the policy itself.
 */
export type MeetingViewName =
  | 'meetingList'
  | 'meetingSummary'
  | 'meeting'
  | 'meetingSaved'
  | 'minutesSent'
  | 'meetingInvitee'
  | 'meetingTask'
  | 'meetingTaskSaved';

const rowOf = (keys: string[]): ViewOf<MeetingViewName> => ({
  row: () => 'meetings',
  fields: Object.fromEntries(keys.map((k) => [k, 'row' as const])),
});

const summary = [
  'id',
  'kind',
  'title',
  'startsAt',
  'endsAt',
  'place',
  'status',
  'minutesApproved',
  'openTasks',
  'version',
];

export const meetingViews: ModuleViews<MeetingViewName> = {
  meetingList: { fields: { upcoming: { view: 'meetingSummary' }, past: { view: 'meetingSummary' } } },
  meetingSummary: rowOf(summary),
  meeting: {
    row: () => 'meetings',
    fields: {
      ...rowOf([
        ...summary,
        'host',
        'chair',
        'agenda',
        'minutes',
        'decisions',
        'minutesApprovedAt',
        'minutesApprovedBy',
        'minutesMail',
      ]).fields,
      invitees: { view: 'meetingInvitee' },
      tasks: { view: 'meetingTask' },
    },
  },
  meetingSaved: { fields: { meeting: { view: 'meeting' } } },
  minutesSent: { fields: { meeting: { view: 'meeting' }, mail: 'meetings' } },
  meetingInvitee: rowOf(['id', 'kind', 'userId', 'name', 'role', 'email', 'present']),
  meetingTask: rowOf(['id', 'title', 'owner', 'deadline', 'done', 'doneAt', 'mayMarkDone', 'version']),
  meetingTaskSaved: { fields: { task: { view: 'meetingTask' } } },
};
