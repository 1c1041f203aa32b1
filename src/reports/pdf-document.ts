import type { IsoDate } from '../platform/dates.ts';
import type { Dashboard } from './dashboard-schemas.ts';

/** One point of the development group's action-learning agenda, as the meeting holds it. */
export interface AgendaPoint {
  heading: string;
  text: string;
}

/**
 * Everything the half-yearly report prints, already read and cut: figures only (class
 * `statistics`), no young person by name. pdf.ts draws this and nothing else.
 */
export interface ReportDocument {
  dashboard: Dashboard;
  /** The half-yearly status meeting whose agenda is printed; null: none planned or held. */
  meeting: { day: IsoDate; title: string; agenda: AgendaPoint[] } | null;
}
