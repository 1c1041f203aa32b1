import type { Scope } from '../auth/scope.ts';
import { outcomeTypes } from '../courses/outcomes.ts';
import { developmentGroupOrganisations } from '../partnerships/access.ts';
import { partnershipsOf } from '../partnerships/queries.ts';
import type { IsoDate } from '../platform/dates.ts';
import { notFound } from '../platform/errors.ts';
import type { PartnershipComparison } from './compare-schemas.ts';
import { ONGOING } from './compute.ts';
import { readDashboard } from './dashboard.ts';
import type { Dashboard } from './dashboard-schemas.ts';
import { hidden, MIN_SHOWN, suppressCount, suppressDistribution, suppressShare } from './suppress.ts';

type Item = PartnershipComparison['items'][number];

/**
 * The partnerships the actor's development group belongs to, side by side. Each is read through
 * readDashboard (so each read is audited as the report's); anyone outside a development group
 * gets 404, like the report.
 */
export async function comparePartnerships(scope: Scope, asOf: IsoDate): Promise<PartnershipComparison> {
  const organisations = developmentGroupOrganisations(scope.actor);
  if (organisations.length === 0) throw notFound('partnership');
  const items: Item[] = [];
  for (const partnership of await partnershipsOf(scope.tx, organisations)) {
    items.push(headline(await readDashboard(scope.tx, scope.actor, partnership, asOf)));
  }
  return { asOf, minShown: MIN_SHOWN, items };
}

/**
 * One partnership's headline figures with small numbers hidden. Closer and not closer split the
 * participants with a year, and the outcomes split those in statistics: each pair or set is
 * suppressed as a distribution, so no hidden count is the difference of two shown ones.
 */
export function headline(d: Dashboard): Item {
  const r = d.report;
  const year = suppressDistribution({
    closer: r.closerToLabourMarket,
    notCloser: r.atLeastOneYear - r.closerToLabourMarket,
  });
  const outcomeCounts: Record<string, number> = Object.fromEntries(
    [...outcomeTypes, ONGOING].map((type) => [type, r.outcomes[type] ?? 0]),
  );
  const outcomes = suppressDistribution(outcomeCounts);
  // The outcomes add up to those in statistics: when they must hide their total, so must the headline.
  const inStatistics = outcomes.total.suppressed ? hidden : suppressCount(r.inStatistics);
  const heard = suppressDistribution({
    yes: r.feltHeard.yes,
    notYes: r.feltHeard.partly + r.feltHeard.no,
  });
  return {
    partnership: d.partnership,
    admitted: suppressCount(r.admitted),
    targetAdmitted: r.targets.admitted,
    inStatistics,
    atLeastOneYear: year.total,
    closer: year.cells.closer,
    closerShare: suppressShare(year.cells.closer, year.total, r.closerShare),
    targetCloserShare: r.targets.closerShare,
    outcomes: outcomes.cells,
    feltHeard: {
      answers: heard.total,
      share: suppressShare(heard.cells.yes, heard.total, r.feltHeard.share),
    },
  };
}
