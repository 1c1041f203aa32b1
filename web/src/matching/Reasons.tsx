import { useTranslation } from 'react-i18next';
import type { Industry, WorkFunction } from '../../../src/companies/vocabulary.ts';
import { useFormat } from '../app/format.ts';
import type { Reason } from './api.ts';

/** A suggestion's reasons in words: the server sends codes with parameters, the words are here. */
export function Reasons({ reasons }: { reasons: Reason[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = (r: Reason): string => {
    switch (r.code) {
      case 'functions':
        return t('matching.reasons.functions', {
          functions: r.functions.map((f) => t(`workFunction.${f as WorkFunction}`).toLowerCase()).join(', '),
        });
      case 'industry':
        return t('matching.reasons.industry', {
          industry: t(`industry.${r.industry as Industry}`).toLowerCase(),
        });
      case 'capacity':
        if (r.capacity === null)
          return t('matching.reasons.capacityUnknown', { support: t(`level.${r.support}`).toLowerCase() });
        return t(r.enough ? 'matching.reasons.capacityEnough' : 'matching.reasons.capacityShort', {
          capacity: t(`level.${r.capacity}`).toLowerCase(),
          support: t(`level.${r.support}`).toLowerCase(),
        });
      case 'distance':
        if (r.within === null) return t('matching.reasons.distance', { km: format.number(r.km) });
        return t(r.within ? 'matching.reasons.distanceWithin' : 'matching.reasons.distanceBeyond', {
          km: format.number(r.km),
          max: format.number(r.maxKm ?? 0),
        });
      case 'earlierInternship':
        return t(`matching.reasons.earlier.${r.outcome}`);
      case 'openPlace':
        return t('matching.reasons.openPlace', { count: r.openings });
    }
  };
  const against = (r: Reason) =>
    (r.code === 'capacity' && r.enough === false) || (r.code === 'distance' && r.within === false);
  return (
    <ul className="app-match-reasons">
      {reasons.map((r) => (
        <li key={r.code} data-reason={r.code}>
          {against(r) ? <strong>{t('matching.against')} </strong> : null}
          {words(r)}
        </li>
      ))}
    </ul>
  );
}
