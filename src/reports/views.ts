import type { ModuleViews } from '../auth/view-types.ts';

/**
 * The views of src/reports/ (merged into the one view policy, src/auth/view-policy.ts). Figures
 * are class `statistics`: built from many young people's data, about none of them; the rows
 * behind a figure name young people and are only ever listed for courses the reader may see.
 */
export type ReportViewName = 'dashboard' | 'partnershipComparison';

export const reportViews: ModuleViews<ReportViewName> = {
  dashboard: {
    fields: {
      partnership: 'statistics',
      asOf: 'statistics',
      report: { presented: 'statistics' },
      agreementVersion: 'statistics',
      outcomeSplit: 'statistics',
      attendance: 'statistics',
      due: 'statistics',
      firstContact: 'statistics',
    },
  },
  // Across partnerships: headline figures only, small counts already hidden (compare.ts).
  partnershipComparison: {
    fields: { asOf: 'statistics', minShown: 'statistics', items: 'statistics' },
  },
};
