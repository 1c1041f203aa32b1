import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of migrations/021 (a municipality's cross-sectoral initiatives). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** One step of an initiative's time and action plan; `due` is a date, or null for an undated step. */
export interface InitiativePlanStep {
  text: string;
  due: string | null;
}

export interface InitiativesTable {
  id: Generated<string>;
  municipality_id: string;
  area: string;
  theme: string;
  current_effort: Generated<string>;
  works_well: Generated<string>;
  does_not_work: Generated<string>;
  inspiration: Generated<string>;
  new_ideas: Generated<string>;
  contribution: Generated<string>;
  effort_goal: Generated<string>;
  baseline: Generated<string>;
  follow_up_on: string | null;
  follow_up: Generated<string>;
  target_group: Generated<string>;
  target_count: number | null;
  content: Generated<string>;
  organisation: Generated<string>;
  responsible: Generated<string>;
  responsible_user_id: string | null;
  actors: Generated<string>;
  plan: ColumnType<InitiativePlanStep[], string | undefined, string>;
  total_cost: number | null;
  financing: Generated<string>;
  investment_need: Generated<string>;
  partnership_id: string | null;
  status: Generated<'active' | 'ended'>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface InitiativesTables {
  initiatives: InitiativesTable;
}
