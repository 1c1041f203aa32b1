import { Link } from '@tanstack/react-router';
import { useFormat } from '../app/format.ts';
import { type FigureName, rowsSearch } from './figures.ts';

/** A count that opens the rows behind it (only the courses the reader may see are listed there). */
export function CountLink({
  partnershipId,
  asOf,
  figure,
  figureKey,
  count,
}: {
  partnershipId: string;
  asOf: string;
  figure: FigureName;
  figureKey?: string;
  count: number;
}) {
  const { number } = useFormat();
  if (count === 0) return <>{number(0)}</>;
  return (
    <Link
      to="/partnerskab/$id/tal/$figure"
      params={{ id: partnershipId, figure }}
      search={rowsSearch(asOf, figureKey)}
      data-figure={figure}
    >
      {number(count)}
    </Link>
  );
}
