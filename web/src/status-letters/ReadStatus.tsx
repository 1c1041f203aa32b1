import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import type { LetterSummary } from './api.ts';

/** "Læst af … den …" / "Ikke læst endnu": whether the caseworker has opened the letter. */
export function ReadStatus({ letter }: { letter: LetterSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (letter.imported) return null;
  return letter.firstRead ? (
    <p className="app-letter-read">
      {t('letters.readBy', {
        name: letter.firstRead.by.displayName,
        when: format.dateTime(letter.firstRead.at),
      })}
    </p>
  ) : (
    <p className="app-letter-unread">{t('letters.notReadYet')}</p>
  );
}
