import type { Selectable } from 'kysely';
import type { Db } from '../platform/db.ts';
import type { CoordinationFormatsTable, CourseFormatsTable } from '../platform/schema.ts';
import type { Expected } from '../platform/versions.ts';
import type { FormatInput, FormatRule } from './schemas.ts';

export type FormatRow = Omit<Selectable<CoordinationFormatsTable>, 'rules'> & { rules: FormatRule[] };
export type CourseFormatRow = Selectable<CourseFormatsTable>;

/**
 * The formats themselves: templates of a partnership (or the default, which has none). Not bound
 * to a course: the service checks the reader belongs to the partnership's development group.
 */
export function formatQueries(tx: Db) {
  const formats = () => tx.selectFrom('coordination_formats').selectAll();
  const asRow = (r: Selectable<CoordinationFormatsTable>) => r as FormatRow;
  return {
    /** The default first, then the partnership's own by name. */
    async usableBy(partnershipId: string): Promise<FormatRow[]> {
      const rows = await formats()
        .where((eb) => eb.or([eb('partnership_id', 'is', null), eb('partnership_id', '=', partnershipId)]))
        .orderBy(({ eb }) => eb('partnership_id', 'is not', null))
        .orderBy('name')
        .orderBy('created_at')
        .execute();
      return rows.map(asRow);
    },
    async find(id: string): Promise<FormatRow | undefined> {
      const row = await formats().where('id', '=', id).executeTakeFirst();
      return row && asRow(row);
    },
    async insert(partnershipId: string, input: FormatInput, copiedFrom: string | null, userId: string) {
      const row = await tx
        .insertInto('coordination_formats')
        .values({
          partnership_id: partnershipId,
          name: input.name,
          description: input.description,
          rules: JSON.stringify(input.rules),
          copied_from: copiedFrom,
          created_by: userId,
          updated_by: userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await this.keepVersion(asRow(row), userId);
      return asRow(row);
    },
    /** Compare-and-set on the version: undefined when someone else changed it first. */
    async update(id: string, expected: Expected, input: FormatInput, userId: string) {
      let q = tx
        .updateTable('coordination_formats')
        .set((eb) => ({
          name: input.name,
          description: input.description,
          rules: JSON.stringify(input.rules),
          version: eb('version', '+', 1),
          updated_by: userId,
          updated_at: new Date(),
        }))
        .where('id', '=', id)
        .where('partnership_id', 'is not', null);
      if (expected !== 'any') q = q.where('version', '=', expected);
      const row = await q.returningAll().executeTakeFirst();
      if (!row) return undefined;
      await this.keepVersion(asRow(row), userId);
      return asRow(row);
    },
    async keepVersion(row: FormatRow, userId: string) {
      await tx
        .insertInto('coordination_format_versions')
        .values({
          format_id: row.id,
          version: row.version,
          name: row.name,
          description: row.description,
          rules: JSON.stringify(row.rules),
          changed_by: userId,
          changed_at: new Date(),
        })
        .execute();
    },
    history(id: string) {
      return tx
        .selectFrom('coordination_format_versions as v')
        .leftJoin('users as u', 'u.id', 'v.changed_by')
        .select([
          'v.version',
          'v.name',
          'v.description',
          'v.rules',
          'v.changed_at',
          'u.id as userId',
          'u.display_name as displayName',
        ])
        .where('v.format_id', '=', id)
        .orderBy('v.version', 'desc')
        .execute();
    },
  };
}
