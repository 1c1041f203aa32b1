import type { ModuleViews } from '../auth/view-types.ts';
import { type FigureName, figureClass } from './figure-names.ts';

/**
 * The views of src/reports/ (merged into the one view policy, src/auth/view-policy.ts). Figures
 * are class `statistics`: built from many young people's data, about none of them; the rows
 * behind a figure name young people and are only ever listed for courses the reader may see.
 */
export type ReportViewName = 'dashboard' | 'partnershipComparison' | 'figureRows' | 'figureRow';

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
  // The rows behind a figure: the count is a figure; each row is presented per course by its grant.
  figureRows: {
    fields: {
      partnership: 'statistics',
      asOf: 'statistics',
      figure: 'statistics',
      key: 'statistics',
      total: 'statistics',
      hidden: 'statistics',
      rows: { presented: 'figureRow' },
    },
  },
  // Being on the list tells the value behind it (by disability: "cognitive"), so the row has its class.
  figureRow: {
    row: (row) => figureClass[row.figure as FigureName] ?? 'health',
    fields: {
      courseId: 'identity',
      participantName: 'identity',
      ref: 'identity',
      startDate: 'courseAdmin',
      figure: 'row',
      value: 'row',
    },
  },
};
