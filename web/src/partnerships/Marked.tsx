import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isMarked } from './marks.ts';

/** The changed fields of one side of a comparison; none outside "Sammenlign". */
export type Marks = ReadonlySet<string> | undefined;

function MarkWord() {
  const { t } = useTranslation();
  return <span className="app-agreement-mark">{t('agreement.compare.marked')}</span>;
}

/** One field of the agreement as a term and its value; a changed one says so in words, not only by its look. */
export function Term({
  label,
  path,
  marks,
  children,
}: {
  label: string;
  path: string;
  marks: Marks;
  children: ReactNode;
}) {
  const marked = isMarked(marks, path);
  return (
    <div className={marked ? 'app-agreement-term app-agreement-changed' : 'app-agreement-term'}>
      <dt>{label}</dt>
      <dd>
        {children}
        {marked ? <MarkWord /> : null}
      </dd>
    </div>
  );
}

/** One row of a list (a package, a member): the whole row is marked when it was added or removed. */
export function Row({
  path,
  marks,
  title,
  children,
}: {
  path: string;
  marks: Marks;
  title: string;
  children: ReactNode;
}) {
  const marked = marks?.has(path) ?? false;
  return (
    <li className={marked ? 'app-agreement-row app-agreement-changed' : 'app-agreement-row'}>
      <p className="app-agreement-row-title">
        <strong>{title}</strong>
        {marked ? <MarkWord /> : null}
      </p>
      <dl className="app-agreement-terms">{children}</dl>
    </li>
  );
}
