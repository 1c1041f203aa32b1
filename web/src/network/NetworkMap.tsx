import { useTranslation } from 'react-i18next';
import type { NetworkMember } from './api.ts';
import { layoutMap, MAP, shortName } from './layout.ts';

/**
 * The network as a drawing: the young person in the middle, close people on the inner ring, the
 * rest further out; private people on the left as circles, professionals on the right as squares
 * (side, shape and label, never colour alone). It is hidden from screen readers: the list beside it
 * holds the same information. No inline styles (CSP): classes and SVG attributes only.
 */
export function NetworkMap({
  members,
  centreName,
}: {
  members: readonly NetworkMember[];
  centreName: string;
}) {
  const { t } = useTranslation();
  const placed = layoutMap(members);
  return (
    <div className="app-map" data-testid="network-map">
      <svg
        viewBox={`0 0 ${MAP.width} ${MAP.height}`}
        aria-hidden="true"
        focusable="false"
        className="app-map-svg"
      >
        <text x={16} y={24} className="app-map-side">
          {t('network.map.private')}
        </text>
        <text x={MAP.width - 16} y={24} textAnchor="end" className="app-map-side">
          {t('network.map.professional')}
        </text>
        <line x1={MAP.cx} y1={36} x2={MAP.cx} y2={MAP.height - 8} className="app-map-divider" />
        <circle cx={MAP.cx} cy={MAP.cy} r={MAP.outer} className="app-map-ring app-map-ring-outer" />
        <circle cx={MAP.cx} cy={MAP.cy} r={MAP.inner} className="app-map-ring" />
        {placed.map(({ item, x, y }) => (
          <line key={`line-${item.id}`} x1={MAP.cx} y1={MAP.cy} x2={x} y2={y} className="app-map-tie" />
        ))}
        <circle cx={MAP.cx} cy={MAP.cy} r={34} className="app-map-centre" />
        <text x={MAP.cx} y={MAP.cy + 5} textAnchor="middle" className="app-map-centre-name">
          {shortName(centreName, 10)}
        </text>
        {placed.map(({ item, x, y }) => (
          <g key={item.id} className={`app-map-person app-map-${item.sphere}`}>
            {item.sphere === 'private' ? (
              <circle cx={x} cy={y} r={9} />
            ) : (
              <rect x={x - 8} y={y - 8} width={16} height={16} />
            )}
            <text x={x} y={y + 24} textAnchor="middle" className="app-map-name">
              {shortName(item.name)}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
