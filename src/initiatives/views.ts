import type { ModuleViews } from '../auth/view-types.ts';

/**
 * The views of src/initiatives/ (merged into the one view policy, src/auth/view-policy.ts). An
 * initiative is a municipality's plan about no one (like a coordination format): class `public`
 * for whoever the service lets read it (src/initiatives/access.ts; everyone else gets 404). The
 * staff named as responsible, or as having changed it, are the municipality's own people, shown to
 * the portfolio's readers only.
 */
export type InitiativeViewName =
  | 'initiative'
  | 'initiativeSummary'
  | 'initiativeChoices'
  | 'initiativeList'
  | 'initiativeDetail'
  | 'initiativeSaved';

export const initiativeViews: ModuleViews<InitiativeViewName> = {
  initiative: { fields: { '*': 'public' } },
  initiativeSummary: { fields: { '*': 'public' } },
  initiativeChoices: { fields: { '*': 'public' } },
  initiativeList: {
    fields: {
      asOf: 'public',
      municipalities: { view: 'initiativeChoices' },
      initiatives: { view: 'initiativeSummary' },
    },
  },
  initiativeDetail: {
    fields: { initiative: { view: 'initiative' }, choices: { view: 'initiativeChoices' } },
  },
  initiativeSaved: { fields: { initiative: { view: 'initiative' } } },
};
