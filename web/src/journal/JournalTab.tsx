import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../app/forms.tsx';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { isTrack, tracks } from '../app/tracks.ts';
import { can, courseQuery, fullName } from '../courses/api.ts';
import { journalQuery, type Note } from './api.ts';
import { NoteArticle } from './NoteArticle.tsx';
import { NoteForm } from './NoteForm.tsx';

/** The journal: write a dated note, read the notes, filter by parallel track. */
export function JournalTab({ courseId, track }: { courseId: string; track?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const course = useQuery(courseQuery(courseId));
  const filter = isTrack(track) ? track : undefined;
  const notes = useQuery(journalQuery(courseId, filter));
  useDocumentTitle(t('course.tabs.journal'), course.data ? fullName(course.data) : null);

  return (
    <>
      <h2 data-tab-heading tabIndex={-1}>
        {t('course.tabs.journal')}
      </h2>
      {can(course.data, 'journal.write') && course.data ? (
        <NoteForm courseId={courseId} allowed={course.data.myNoteVisibilities} />
      ) : null}
      <section aria-labelledby="notes-heading" className="mt-6">
        <h3 id="notes-heading">{t('journal.listTitle')}</h3>
        <SelectField
          id="journal-filter"
          label={t('journal.filter')}
          value={filter ?? ''}
          onValue={(value) =>
            void navigate({
              to: '/forloeb/$courseId/journal',
              params: { courseId },
              search: { spor: value || undefined },
              replace: true,
            })
          }
          options={[
            { value: '', label: t('journal.allTracks') },
            ...tracks.map((v) => ({ value: v, label: t(`tracks.${v}`) })),
          ]}
        />
        {notes.isPending ? <Loading /> : null}
        {notes.isError ? <LoadError onRetry={() => void notes.refetch()} /> : null}
        {notes.data ? (
          <>
            <p role="status">{t('journal.count', { count: notes.data.notes.length })}</p>
            <NoteList notes={notes.data.notes} />
          </>
        ) : null}
      </section>
    </>
  );
}

function NoteList({ notes }: { notes: Note[] }) {
  if (notes.length === 0) return null;
  return (
    <ol className="app-plain-list app-notes">
      {notes.map((note) => (
        <li key={note.id} className="app-note">
          <NoteArticle note={note} headingLevel={4} />
        </li>
      ))}
    </ol>
  );
}
