import type { Db } from '../platform/db.ts';
import type { AgendaItem, MeetingKind } from './kinds.ts';

/** Who is invited to a meeting: a user, the young person, or an external person. */
export type Invitee =
  | { kind: 'user'; userId: string }
  | { kind: 'youngPerson' }
  | { kind: 'external'; name: string; role?: string; email?: string };

export interface NewMeeting {
  municipalityId: string;
  partnershipId: string;
  /** null: one of the partnership's own meetings. */
  courseId: string | null;
  kind: MeetingKind;
  title?: string;
  startsAt: Date;
  endsAt: Date;
  place?: string;
  hostId?: string | null;
  chairId?: string | null;
  agenda: AgendaItem[];
  invitees: Invitee[];
  formatId?: string | null;
  formatRule?: string | null;
  createdBy: string;
}

/**
 * Writes a planned meeting with its invitees: the one way a meeting comes into being, whether a
 * person plans it, a coordination format plans a sequence, or the demo seeds one. The caller
 * holds the transaction and has checked access; a user invited twice is invited once.
 */
export async function insertMeeting(tx: Db, meeting: NewMeeting): Promise<{ id: string }> {
  const row = await tx
    .insertInto('meetings')
    .values({
      municipality_id: meeting.municipalityId,
      partnership_id: meeting.partnershipId,
      course_id: meeting.courseId,
      kind: meeting.kind,
      title: meeting.title ?? '',
      starts_at: meeting.startsAt,
      ends_at: meeting.endsAt,
      place: meeting.place ?? '',
      host_id: meeting.hostId ?? null,
      chair_id: meeting.chairId ?? null,
      agenda: JSON.stringify(meeting.agenda),
      format_id: meeting.formatId ?? null,
      format_rule: meeting.formatRule ?? null,
      created_by: meeting.createdBy,
      created_at: new Date(),
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const seen = new Set<string>();
  const rows = meeting.invitees.flatMap((invitee) => {
    const key =
      invitee.kind === 'user' ? `user:${invitee.userId}` : invitee.kind === 'youngPerson' ? 'young' : '';
    if (key && seen.has(key)) return [];
    if (key) seen.add(key);
    return [
      {
        municipality_id: meeting.municipalityId,
        meeting_id: row.id,
        kind: invitee.kind,
        user_id: invitee.kind === 'user' ? invitee.userId : null,
        name: invitee.kind === 'external' ? invitee.name : null,
        role: invitee.kind === 'external' ? (invitee.role ?? null) : null,
        email: invitee.kind === 'external' ? (invitee.email ?? null) : null,
      },
    ];
  });
  if (rows.length > 0) await tx.insertInto('meeting_participants').values(rows).execute();
  return row;
}
