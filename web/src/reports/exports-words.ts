import type { TFunction } from 'i18next';
import type { FigureName, FigureRow } from './exports-api.ts';

/** A distribution's key in words: "female" → "Kvinde", "cognitive+psychological" → "kognitiv og psykisk". */
export function keyText(t: TFunction, figure: FigureName, key: string): string {
  switch (figure) {
    case 'byGender':
      return t(`gender.${key}`, { defaultValue: key });
    case 'byAgeAtStart':
      return t('figures.years', { count: Number(key) });
    case 'byDisabilityCombination': {
      if (key === 'none') return t('figures.noDisability');
      const parts = key.split('+').map((k) => t(`disabilities.${k}`, { defaultValue: k }));
      return parts.length === 1
        ? (parts[0] as string)
        : t('figures.and', { first: parts.slice(0, -1).join(', '), last: parts.at(-1) });
    }
    case 'byGrantedMonths':
      return key === 'undecided' ? t('figures.undecided') : t('figures.months', { count: Number(key) });
    case 'outcomes':
      return key === 'ongoing' ? t('figures.ongoing') : t(`outcome.${key}`, { defaultValue: key });
    default:
      return key;
  }
}

/** What a row's course was counted by, in words. */
export function valueText(t: TFunction, figure: FigureName, value: FigureRow['value']): string {
  if (value === null) {
    if (figure === 'byGrantedMonths') return t('figures.undecided');
    if (figure === 'closer' || figure === 'notCloser') return t('figures.noMeasurement');
    return '–';
  }
  switch (figure) {
    case 'inStatistics':
    case 'atLeastOneYear':
    case 'firstContact':
      return t('figures.days', { count: Number(value) });
    case 'closer':
    case 'notCloser':
      return Number(value) > 0 ? `+${value}` : String(value);
    case 'byAgeAtStart':
    case 'byGrantedMonths':
      return keyText(t, figure, String(value));
    default:
      return keyText(t, figure, String(value));
  }
}
