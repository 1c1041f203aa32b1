import type { FormatRule } from './api.ts';

/** One rule as the editor holds it: numbers as typed, the agenda as lines. */
export interface RuleDraft {
  id: string;
  kind: FormatRule['kind'];
  title: string;
  anchor: FormatRule['timing']['anchor'];
  event: string;
  after: string;
  offsetAmount: string;
  offsetUnit: FormatRule['timing']['offset']['unit'];
  repeats: boolean;
  every: string;
  repeatUnit: 'weeks' | 'months';
  horizonMonths: string;
  count: string;
  time: string;
  duration: string;
  roles: string[];
  youngPerson: boolean;
  agenda: string;
}

export function toDraft(rule: FormatRule): RuleDraft {
  const { timing } = rule;
  return {
    id: rule.id,
    kind: rule.kind,
    title: rule.title,
    anchor: timing.anchor,
    event: timing.event ?? '',
    after: timing.after ?? '',
    offsetAmount: String(timing.offset.amount),
    offsetUnit: timing.offset.unit,
    repeats: Boolean(timing.repeat),
    every: String(timing.repeat?.every ?? 3),
    repeatUnit: timing.repeat?.unit ?? 'months',
    horizonMonths: timing.repeat?.horizonMonths != null ? String(timing.repeat.horizonMonths) : '12',
    count: timing.repeat?.count != null ? String(timing.repeat.count) : '',
    time: rule.time,
    duration: String(rule.durationMinutes),
    roles: [...rule.invitees.roles],
    youngPerson: rule.invitees.youngPerson,
    agenda: rule.agenda.join('\n'),
  };
}

/** A whole number as typed, or NaN (the server names the field then). */
const whole = (value: string) => (/^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN);
const optionalWhole = (value: string) => (value.trim() ? whole(value) : null);

export function fromDraft(d: RuleDraft): FormatRule {
  return {
    id: d.id,
    kind: d.kind,
    title: d.title.trim(),
    timing: {
      anchor: d.anchor,
      event: d.anchor === 'event' ? d.event.trim() : null,
      after: d.anchor === 'previous' ? d.after : null,
      offset: { amount: whole(d.offsetAmount), unit: d.offsetUnit },
      repeat: d.repeats
        ? {
            every: whole(d.every),
            unit: d.repeatUnit,
            horizonMonths: optionalWhole(d.horizonMonths),
            count: optionalWhole(d.count),
          }
        : null,
    },
    time: d.time,
    durationMinutes: whole(d.duration),
    invitees: { roles: d.roles as FormatRule['invitees']['roles'], youngPerson: d.youngPerson },
    agenda: d.agenda
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  };
}

/** A new rule: a follow-up meeting 4 weeks after the course start, for the coordinator and the young person. */
export function newRule(title: string): RuleDraft {
  return {
    ...toDraft({
      id: `r${Date.now().toString(36)}`,
      kind: 'followUp',
      title,
      timing: { anchor: 'courseStart', offset: { amount: 4, unit: 'weeks' }, repeat: null },
      time: '10:00',
      durationMinutes: 60,
      invitees: { roles: ['youthCoordinator'], youngPerson: true },
      agenda: [],
    }),
  };
}

export const isWhole = (value: string) => /^\s*\d+\s*$/.test(value);
