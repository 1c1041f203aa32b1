import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import type { Note } from './api.ts';

/** One journal note as the journal shows it (and the logbook, which reads the same notes). */
export function NoteArticle({ note, headingLevel }: { note: Note; headingLevel: 3 | 4 }) {
  const { t } = useTranslation();
  const format = useFormat();
  const Heading = `h${headingLevel}` as const;
  return (
    <article aria-labelledby={`note-${note.id}`}>
      <Heading id={`note-${note.id}`} className="app-note-heading">
        {format.date(note.date)}
      </Heading>
      <p className="app-meta">
        {note.author.displayName}
        {note.track ? ` · ${t(`tracks.${note.track}`)}` : ''} · {t(`visibility.short.${note.visibility}`)}
      </p>
      <p className="app-note-body">{note.body}</p>
    </article>
  );
}
