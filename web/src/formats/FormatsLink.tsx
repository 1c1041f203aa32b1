import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types.ts';
import { inDevelopmentGroup, partnershipsQuery } from './api.ts';

/** "Koordineringsformater" in the header, for the development group of a partnership (its first). */
export function FormatsLink({ me }: { me: Me }) {
  const { t } = useTranslation();
  const member = inDevelopmentGroup(me);
  const { data } = useQuery({ ...partnershipsQuery, enabled: member });
  const first = data?.items[0];
  if (!member || !first) return null;
  return (
    <Link to="/partnerskab/$id/formater" params={{ id: first.id }} className="button button-tertiary">
      {t('nav.formats')}
    </Link>
  );
}
