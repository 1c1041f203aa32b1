import { useTranslation } from 'react-i18next';
import type { Distribution } from './figures.ts';

/**
 * Words for a distribution's keys and the outcomes, from the app's existing vocabularies (gender,
 * disabilities, outcome) where they exist; the report's own keys ('none', 'undecided', 'ongoing')
 * and numbers from the dashboard's.
 */
export function useKeyWords() {
  const { t } = useTranslation();
  const outcome = (key: string) =>
    key === 'ongoing' ? t('dashboard.ongoing') : t(`outcome.${key}`, { defaultValue: key });
  const of = (figure: Distribution | 'outcomes', key: string): string => {
    switch (figure) {
      case 'byGender':
        return t(`gender.${key}`, { defaultValue: key });
      case 'byAgeAtStart':
        return t('dashboard.years', { count: Number(key) });
      case 'byGrantedMonths':
        return key === 'undecided' ? t('dashboard.undecided') : t('dashboard.months', { count: Number(key) });
      case 'byDisabilityCombination': {
        if (key === 'none') return t('dashboard.noDisability');
        const words = key.split('+').map((k) => t(`disabilities.${k}`, { defaultValue: k }));
        const text =
          words.length > 1
            ? t('dashboard.and', { first: words.slice(0, -1).join(', '), last: words.at(-1) })
            : (words[0] ?? key);
        return text.charAt(0).toUpperCase() + text.slice(1);
      }
      case 'outcomes':
        return outcome(key);
    }
  };
  return { of, outcome };
}
