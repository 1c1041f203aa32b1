import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import type { ShownFigure } from './api.ts';

/** A figure across partnerships: the number, "skjult" when it is too small to show, "–" for no value. */
export function ShownCell({ figure, share = false }: { figure: ShownFigure; share?: boolean }) {
  const { t } = useTranslation();
  const { number, percent } = useFormat();
  if (figure.suppressed) return <span className="app-suppressed">{t('dashboard.compare.suppressed')}</span>;
  if (figure.value === null) return <>–</>;
  return <>{share ? percent(figure.value) : number(figure.value)}</>;
}
