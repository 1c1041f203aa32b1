import type { DataClass } from './data-classes.ts';
import type { Side } from './permissions.ts';

/** Who a response is presented to: the classes they receive, and where they work. */
export interface Reader {
  side: Side | 'self';
  /** The organisation the reader acts for on the course (decides "their own workplace"). */
  organisationId: string | null;
  classes: ReadonlySet<DataClass>;
}

/**
 * How one field is presented:
 * - a data class: the field (with everything under it) leaves the server only to a reader of that class
 * - 'row': the field belongs to the row it sits in, whose class the view's `row` decides
 * - { view }: a nested view (an object, or each element of an array)
 * - { fields }: a nested object with rules of its own; left out when none of its fields remain
 * - { presented }: already presented per course by the service (a list spanning several courses)
 */
export type FieldRuleOf<N extends string> =
  | DataClass
  | 'row'
  | { view: N }
  | { fields: Record<string, FieldRuleOf<N>> }
  | { presented: N };

export interface ViewOf<N extends string> {
  /** The class of a whole row (an array element or object): a row of a class the reader lacks is left out. */
  row?: (row: Record<string, unknown>, reader: Reader) => DataClass;
  fields: Record<string, FieldRuleOf<N>>;
}

/**
 * A module's own views (src/<module>/views.ts), merged into the one policy by
 * src/auth/view-policy.ts. They may name any view by its name; tests/integration/view-policy.test.ts
 * fails the build for a name that does not exist.
 */
export type ModuleViews<Own extends string> = Record<Own, ViewOf<string>>;
