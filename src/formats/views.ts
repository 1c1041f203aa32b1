import type { FieldRuleOf, ModuleViews } from '../auth/view-types.ts';

/**
 * The views of src/formats/ (merged into the one view policy, src/auth/view-policy.ts). A
 * coordination format is a template about no one (class `public`); its use on a course is meetings
 * data (class `meetings`).
 */
export type FormatViewName =
  | 'format'
  | 'formatList'
  | 'formatSaved'
  | 'formatVersion'
  | 'formatHistory'
  | 'courseFormat'
  | 'courseFormats'
  | 'courseFormatSaved'
  | 'formatMeeting';

const template = {
  id: 'public',
  partnershipId: 'public',
  isDefault: 'public',
  name: 'public',
  description: 'public',
  rules: 'public',
  events: 'public',
  copiedFrom: 'public',
  version: 'public',
  updatedAt: 'public',
} satisfies Record<string, FieldRuleOf<FormatViewName>>;

export const formatViews: ModuleViews<FormatViewName> = {
  format: { fields: template },
  formatList: { fields: { formats: { view: 'format' } } },
  formatSaved: { fields: { format: { view: 'format' } } },
  // Who changed a version: staff of the partnership, shown only to its development group (the route checks).
  formatVersion: {
    fields: {
      version: 'public',
      name: 'public',
      description: 'public',
      rules: 'public',
      changedAt: 'public',
      changedBy: 'public',
    },
  },
  formatHistory: { fields: { versions: { view: 'formatVersion' } } },
  courseFormat: {
    row: () => 'meetings',
    fields: {
      id: 'row',
      formatId: 'row',
      name: 'row',
      // Event dates ("birth") are about the young person's life: the course's administration only.
      events: 'courseAdmin',
      appliedOn: 'row',
      stoppedOn: 'row',
      version: 'row',
    },
  },
  courseFormats: {
    fields: {
      inUse: { view: 'courseFormat' },
      available: { view: 'format' },
      upcoming: { view: 'formatMeeting' },
    },
  },
  courseFormatSaved: {
    fields: { courseFormat: { view: 'courseFormat' }, planned: 'meetings', cancelled: 'meetings' },
  },
  formatMeeting: {
    row: () => 'meetings',
    fields: {
      id: 'row',
      kind: 'row',
      title: 'row',
      startsAt: 'row',
      endsAt: 'row',
      status: 'row',
      formatId: 'row',
      ruleId: 'row',
    },
  },
};
