import type pg from 'pg';
import { tracks } from '../src/platform/schemas.ts';
import { noteSentences } from './seed-data.ts';

export interface VolumeOptions {
  notesPerCourse: number;
  attendanceDays: number;
  goalsPerCourse: number;
  measurementsPerCourse: number;
}

/**
 * The volume: journal notes, attendance, goals and measurements for every course as set-based
 * INSERT … SELECT over generate_series — random but repeatable (setseed).
 */
export async function seedVolume(pool: pg.Pool, options: VolumeOptions, step: (what: string) => void) {
  const client = await pool.connect();
  try {
    await client.query('SELECT setseed(0.42)');
    await client.query(
      `INSERT INTO journal_notes (municipality_id, course_id, author_id, note_date, track, body, visibility, created_at)
       SELECT c.municipality_id, c.id, a.user_id, x.d,
         CASE WHEN x.r1 < 0.6 THEN (ARRAY[${tracks.map((t) => `'${t}'`).join(',')}])[1 + floor(x.r1 * 11)::int % 7] END,
         s.t[1 + floor(x.r1 * 12)::int] || ' ' || s.t[1 + floor(x.r2 * 12)::int]
           || CASE WHEN x.r3 < 0.5 THEN ' ' || s.t[1 + floor(x.r3 * 24)::int] ELSE '' END,
         CASE WHEN x.r2 < 0.7 THEN 'team' WHEN x.r2 < 0.9 THEN 'professionals' ELSE 'institution' END,
         x.d::timestamptz + interval '13 hours'
       FROM courses c
       JOIN course_team a ON a.course_id = c.id AND a.role = 'youthCoordinator'
       CROSS JOIN (SELECT $2::text[] AS t) s
       CROSS JOIN LATERAL (
         SELECT greatest(c.start_date, current_date - 365)
                  + ((n - 1) * (current_date - greatest(c.start_date, current_date - 365)) / $1::int)::int AS d,
                random() AS r1, random() AS r2, random() AS r3, n
         FROM generate_series(1, $1::int) AS n
       ) x`,
      [options.notesPerCourse, noteSentences],
    );
    step('journal notes');
    await client.query(
      `INSERT INTO attendance (municipality_id, course_id, participant_id, day, status, absence_reason, hours, recorded_by, workplace_organisation_id)
       SELECT municipality_id, course_id, participant_id, day,
         CASE WHEN r < 0.84 THEN 'present' ELSE 'absent' END,
         CASE WHEN r < 0.84 THEN NULL WHEN r < 0.92 THEN 'sick' WHEN r < 0.96 THEN 'agreed' ELSE 'unexplained' END,
         CASE WHEN r < 0.84 THEN 4 + floor(r * 5) ELSE 0 END, recorded_by, workplace
       FROM (
         SELECT c.municipality_id, c.id AS course_id, c.participant_id, d::date AS day, random() AS r, a.user_id AS recorded_by,
           p.institution_id AS workplace
         FROM courses c
         JOIN partnerships p ON p.id = c.partnership_id
         JOIN course_team a ON a.course_id = c.id AND a.role = 'workshopMentor'
         CROSS JOIN LATERAL generate_series(greatest(c.start_date, current_date - $1::int), current_date - 1, interval '1 day') AS d
         WHERE extract(isodow FROM d) < 6
           AND (c.status = 'active' OR d::date < coalesce(c.outcome_date, current_date - 40))
       ) x`,
      [options.attendanceDays],
    );
    step('attendance');
    await client.query(
      `INSERT INTO goals (municipality_id, course_id, area, track, title, status, circle_goal, circle_activities,
         circle_measure, circle_learned, version, created_by, created_at, updated_at)
       SELECT c.municipality_id, c.id,
         (ARRAY['employmentEducation', 'socialHealth', 'leisureRelations'])[1 + (n - 1) % 3],
         (ARRAY[${tracks.map((t) => `'${t}'`).join(',')}])[1 + (n * 3) % 7],
         (ARRAY['Stabilt fremmøde fire dage om ugen', 'Fast sengetid på hverdage', 'Tage bussen alene til praktik',
           'Lave et budget for måneden', 'Deltage i en fritidsaktivitet'])[1 + (n - 1) % 5],
         CASE WHEN n = 1 AND c.start_date < current_date - 200 THEN 'achieved' ELSE 'active' END,
         'Målet er aftalt med den unge.', 'Ugentlig opfølgning med mentor.', 'Fremmøde og samtale hver måned.', '',
         1, a.user_id, c.start_date::timestamptz + (n || ' days')::interval, c.start_date::timestamptz + (n || ' days')::interval
       FROM courses c
       JOIN course_team a ON a.course_id = c.id AND a.role = 'youthCoordinator'
       CROSS JOIN generate_series(1, $1::int) AS n`,
      [options.goalsPerCourse],
    );
    await client.query(
      `INSERT INTO goals (municipality_id, course_id, parent_goal_id, area, track, title, status, version, created_by)
       SELECT g.municipality_id, g.course_id, g.id, g.area, g.track, 'Delmål: ' || g.title, 'active', 1, g.created_by
       FROM goals g JOIN courses c ON c.id = g.course_id
       WHERE g.parent_goal_id IS NULL AND g.area = 'employmentEducation'`,
    );
    await client.query(
      `INSERT INTO goal_versions (municipality_id, goal_id, version, snapshot, changed_by, changed_at)
       SELECT municipality_id, id, 1, to_jsonb(g) - 'municipality_id', created_by, created_at FROM goals g`,
    );
    step('goals');
    await client.query(
      `INSERT INTO measurements (municipality_id, course_id, instrument_id, measured_on, scores, recorded_by)
       SELECT c.municipality_id, c.id, i.id, m.d,
         jsonb_build_object('motivation', least(5, 1 + k + floor(random() * 2)::int),
           'workIdentity', least(5, 1 + k), 'clarification', least(5, 1 + floor(random() * 3)::int + k / 2),
           'knowledge', least(5, 1 + k / 2 + floor(random() * 2)::int)),
         a.user_id
       FROM courses c
       JOIN course_team a ON a.course_id = c.id AND a.role = 'youthCoordinator'
       CROSS JOIN (SELECT id FROM measurement_instruments ORDER BY version DESC LIMIT 1) i
       CROSS JOIN generate_series(0, $1::int - 1) AS k
       CROSS JOIN LATERAL (SELECT (c.start_date + make_interval(months => 6 * k))::date AS d) m
       WHERE m.d <= current_date`,
      [options.measurementsPerCourse],
    );
    step('measurements');
    // The owner role may vacuum; the app role (set on connect) may not.
    await client.query('RESET ROLE');
    await client.query('VACUUM ANALYZE');
    await client.query('SET ROLE vivirk_app');
    step('VACUUM ANALYZE');
  } finally {
    client.release();
  }
}
