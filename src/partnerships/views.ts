import type { ModuleViews } from '../auth/view-types.ts';

/**
 * The views of src/partnerships/ (merged into the one view policy, src/auth/view-policy.ts). The
 * agreement holds no young person's data, only the partnership's terms and the names of the staff
 * who changed and approved it: its readers are the development group (class `statistics`, which
 * the partnership's routes carry).
 */
export type PartnershipViewName =
  | 'agreement'
  | 'agreementVersion'
  | 'agreementVersionSummary'
  | 'agreementChange'
  | 'agreementComparison';

const versionFields = {
  partnership: 'statistics',
  version: 'statistics',
  terms: 'statistics',
  changeNote: 'statistics',
  changedAt: 'statistics',
  changedBy: 'statistics',
  approvals: 'statistics',
  approvedByBoth: 'statistics',
} as const;

export const partnershipViews: ModuleViews<PartnershipViewName> = {
  agreementVersion: { fields: versionFields },
  agreementVersionSummary: {
    fields: {
      version: 'statistics',
      changedAt: 'statistics',
      changedBy: 'statistics',
      changeNote: 'statistics',
      approvedByBoth: 'statistics',
    },
  },
  agreement: {
    fields: {
      ...versionFields,
      versions: { view: 'agreementVersionSummary' },
      leaderOf: 'statistics',
    },
  },
  agreementChange: {
    fields: {
      path: 'statistics',
      kind: 'statistics',
      fromPath: 'statistics',
      toPath: 'statistics',
      before: 'statistics',
      after: 'statistics',
    },
  },
  agreementComparison: {
    fields: { from: 'statistics', to: 'statistics', changes: { view: 'agreementChange' } },
  },
};
