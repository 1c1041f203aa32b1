import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, newKey } from './draft.ts';
import type { RowList as ListName } from './fieldLabels.ts';

interface Props<T extends { key: number }> {
  /** Which list (its words), and its path in the terms ("goals.outcomeSplit"). */
  list: ListName;
  path: string;
  rows: readonly T[];
  onRows: (rows: T[]) => void;
  /** A new, empty row. */
  make: () => Omit<T, 'key'>;
  /** The row's name for its legend and remove button. */
  nameOf: (row: T) => string;
  /** The first field of a row: focused when a row is added. */
  firstField: string;
  children: (row: T, index: number, set: (patch: Partial<T>) => void) => ReactNode;
}

/** A list of rows in the agreement form (packages, members…): each a fieldset, with add and remove. */
export function RowFields<T extends { key: number }>({
  list,
  path,
  rows,
  onRows,
  make,
  nameOf,
  firstField,
  children,
}: Props<T>) {
  const { t } = useTranslation();
  const add = () => {
    onRows([...rows, { ...make(), key: newKey() } as T]);
    // The new row's first field takes focus, so keyboard users land where they type next.
    const id = fieldId(`${path}[${rows.length}].${firstField}`);
    setTimeout(() => document.getElementById(id)?.focus(), 0);
  };
  return (
    <>
      {rows.map((row, index) => {
        const set = (patch: Partial<T>) => onRows(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
        const legend = t(`agreement.edit.row.${list}`, { number: index + 1, name: nameOf(row) });
        return (
          <fieldset key={row.key} className="app-agreement-rowset">
            <legend>{legend}</legend>
            {children(row, index, set)}
            <button
              type="button"
              className="button button-tertiary app-agreement-remove"
              onClick={() => onRows(rows.filter((_, i) => i !== index))}
            >
              {t('agreement.edit.remove')}
              <span className="sr-only"> {legend}</span>
            </button>
          </fieldset>
        );
      })}
      <div className="app-actions">
        <button type="button" className="button button-secondary" onClick={add}>
          {t(`agreement.edit.add.${list}`)}
        </button>
      </div>
    </>
  );
}
