import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import type { Letter, LetterSection, LetterSummary } from './api.ts';
import { LetterText } from './LetterText.tsx';

/** A section's figures beside its text, as a description list. */
export function Figures({ figures }: { figures: LetterSection['figures'] }) {
  if (figures.length === 0) return null;
  return (
    <dl className="app-letter-figures">
      {figures.map((f) => (
        <div key={f.label}>
          <dt className="app-figure-label">{f.label}</dt>
          <dd className="app-figure-value">{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** "1. januar 2026 – 31. marts 2026", or the approval day of an imported letter. */
export function usePeriodText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (letter: Pick<LetterSummary, 'period' | 'approvedOn'>) =>
    letter.period
      ? t('letters.period', { from: format.date(letter.period.from), to: format.date(letter.period.to) })
      : t('letters.importedOn', { date: format.date(letter.approvedOn) });
}

/** Who approved the letter, and what it corrects or what replaced it. */
export function LetterMeta({ letter }: { letter: LetterSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <p className="app-meta">
        {letter.approvedBy
          ? t('letters.approvedBy', {
              date: format.date(letter.approvedOn),
              name: letter.approvedBy.displayName,
            })
          : t('letters.approvedOn', { date: format.date(letter.approvedOn) })}
        {letter.replaces
          ? ` · ${t('letters.corrects', { version: letter.replaces.version, date: format.date(letter.replaces.approvedOn) })}`
          : ''}
      </p>
      {letter.replacedBy ? (
        <p className="app-letter-replaced">
          <strong>
            {t('letters.replacedBy', {
              version: letter.replacedBy.version,
              date: format.date(letter.replacedBy.approvedOn),
            })}
          </strong>
        </p>
      ) : null}
    </>
  );
}

/** The letter's sections (each as the reader may read it), or an imported letter's text. */
export function LetterContent({ letter, headingLevel }: { letter: Letter; headingLevel: 3 | 4 }) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  if (letter.sections.length === 0)
    return letter.body ? (
      <div className="app-letter-section">
        <p className="app-meta">{t('letters.importedText')}</p>
        <LetterText text={letter.body} />
      </div>
    ) : (
      <p>{t('letters.nothingToRead')}</p>
    );
  return (
    <>
      {letter.sections.map((s) => (
        <section key={s.key} className="app-letter-section" aria-labelledby={`${letter.id}-${s.key}`}>
          <Heading id={`${letter.id}-${s.key}`}>{s.heading}</Heading>
          <LetterText text={s.text} />
          <Figures figures={s.figures} />
        </section>
      ))}
    </>
  );
}
