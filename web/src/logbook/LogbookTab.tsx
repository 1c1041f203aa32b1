import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { DateField, SelectField } from '../app/forms.tsx';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { isTrack, tracks } from '../app/tracks.ts';
import { courseQuery, fullName } from '../courses/api.ts';
import { NoteArticle } from '../journal/NoteArticle.tsx';
import { LetterContent, LetterMeta, usePeriodText } from '../status-letters/LetterContent.tsx';
import { type LogbookEntry, type LogbookQuery, logbookQuery } from './api.ts';

/** The logbook's filters as they stand in the address (Danish names, like the journal's `spor`). */
export interface LogbookSearch {
  art?: string;
  spor?: string;
  fra?: string;
  til?: string;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const day = (value: string | undefined) => (value && isoDay.test(value) ? value : undefined);

/** Forløbslogbog: the approved letters and the journal notes in one line of time, filterable and printable. */
export function LogbookTab({ courseId, search }: { courseId: string; search: LogbookSearch }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const course = useQuery(courseQuery(courseId));
  const filter: LogbookQuery = {
    kind: search.art === 'note' || search.art === 'letter' ? search.art : undefined,
    track: isTrack(search.spor) ? search.spor : undefined,
    from: day(search.fra),
    to: day(search.til),
  };
  const logbook = useQuery(logbookQuery(courseId, filter));
  useDocumentTitle(t('course.tabs.logbook'), course.data ? fullName(course.data) : null);
  const setSearch = (change: Partial<LogbookSearch>) =>
    void navigate({
      to: '/forloeb/$courseId/logbog',
      params: { courseId },
      search: { ...search, ...change },
      replace: true,
    });

  return (
    <>
      <h2 data-tab-heading tabIndex={-1}>
        {t('course.tabs.logbook')}
      </h2>
      <p className="app-print-only">
        {course.data
          ? t('logbook.printedFor', {
              name: fullName(course.data),
              date: format.date(new Date().toISOString().slice(0, 10)),
            })
          : null}
      </p>
      <div className="app-no-print app-logbook-filters">
        <SelectField
          id="logbook-kind"
          label={t('logbook.kind')}
          value={filter.kind ?? ''}
          onValue={(value) => setSearch({ art: value || undefined })}
          options={[
            { value: '', label: t('logbook.allKinds') },
            { value: 'letter', label: t('logbook.letters') },
            { value: 'note', label: t('logbook.notes') },
          ]}
        />
        <SelectField
          id="logbook-track"
          label={t('logbook.track')}
          hint={t('logbook.trackHint')}
          value={filter.track ?? ''}
          onValue={(value) => setSearch({ spor: value || undefined })}
          options={[
            { value: '', label: t('journal.allTracks') },
            ...tracks.map((v) => ({ value: v, label: t(`tracks.${v}`) })),
          ]}
        />
        <DateField
          id="logbook-from"
          label={t('logbook.from')}
          optional
          value={filter.from ?? ''}
          onValue={(value) => setSearch({ fra: value || undefined })}
        />
        <DateField
          id="logbook-to"
          label={t('logbook.to')}
          optional
          value={filter.to ?? ''}
          onValue={(value) => setSearch({ til: value || undefined })}
        />
        <button
          type="button"
          className="button button-secondary app-logbook-print"
          onClick={() => window.print()}
        >
          {t('logbook.print')}
        </button>
      </div>
      {logbook.isPending ? <Loading /> : null}
      {logbook.isError ? <LoadError onRetry={() => void logbook.refetch()} /> : null}
      {logbook.data ? (
        <>
          <p role="status">{t('logbook.count', { count: logbook.data.entries.length })}</p>
          <ol className="app-plain-list app-notes">
            {logbook.data.entries.map((entry) => (
              <li
                key={entryKey(entry)}
                className={entry.kind === 'letter' ? 'app-note app-logbook-letter' : 'app-note'}
              >
                <Entry entry={entry} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}

const entryKey = (e: LogbookEntry) => `${e.kind}-${e.note?.id ?? e.letter?.id ?? e.date}`;

function Entry({ entry }: { entry: LogbookEntry }) {
  const { t } = useTranslation();
  const periodText = usePeriodText();
  if (entry.note) return <NoteArticle note={entry.note} headingLevel={3} />;
  const letter = entry.letter;
  if (!letter) return null;
  return (
    <article aria-labelledby={`logbook-${letter.id}`}>
      <h3 id={`logbook-${letter.id}`} className="app-note-heading">
        {t('letters.letterFor', { period: periodText(letter) })}
        {letter.version > 1 ? ` (${t('letters.version', { version: letter.version })})` : ''}
      </h3>
      <LetterMeta letter={letter} />
      <LetterContent letter={letter} headingLevel={4} />
    </article>
  );
}
