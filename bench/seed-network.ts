import type pg from 'pg';
import { industries, workFunctions } from '../src/companies/vocabulary.ts';

/** A large institution's company network (DOMAIN.md §8), for the search and the suggestions. */
export const NETWORK_COMPANIES = 300;

/**
 * The first partnership's institution gets a network of companies around one town (two work
 * functions each, two relational-capacity assessments, an opening for every third), every course
 * of the partnership a work profile with a home, and three in ten an earlier internship there.
 * Set-based: a few INSERT … SELECT statements.
 */
export async function seedCompanyNetwork(
  pool: pg.Pool,
  p: { institutionId: string; partnershipId: string },
  step: (what: string) => void,
) {
  // A stable pseudo-random number 0..n-1 from a text.
  const pick = (text: string, n: number) => `(abs(hashtext(${text})) % ${n})`;
  await pool.query(
    `WITH o AS (
       INSERT INTO organisations (kind, name)
       SELECT 'company', 'Bench Netværk ' || g FROM generate_series(1, $2::int) g
       RETURNING id, name)
     INSERT INTO companies (organisation_id, institution_id, industry, latitude, longitude, work_functions)
     SELECT o.id, $1, ($3::text[])[1 + ${pick("o.name || 'i'", industries.length)}],
       55.5 + ${pick("o.name || 'y'", 4000)} / 10000.0, 9.3 + ${pick("o.name || 'x'", 5000)} / 10000.0,
       ARRAY[($4::text[])[1 + ${pick("o.name || 'f'", workFunctions.length)}],
             ($4::text[])[1 + ${pick("o.name || 'g'", workFunctions.length)}]]
     FROM o`,
    [p.institutionId, NETWORK_COMPANIES, [...industries], [...workFunctions]],
  );
  await pool.query(
    `INSERT INTO relational_capacity_assessments (company_id, assessed_on, level, reasons)
     SELECT c.organisation_id, current_date - g * 180,
       (ARRAY['low', 'medium', 'high'])[1 + ${pick('c.organisation_id::text || g', 3)}], 'Bench'
     FROM companies c, generate_series(1, 2) g WHERE c.institution_id = $1`,
    [p.institutionId],
  );
  await pool.query(
    `INSERT INTO company_openings (company_id, title, work_functions, hours_per_week)
     SELECT c.organisation_id, 'Praktikplads', c.work_functions[1:1], 20
     FROM companies c WHERE c.institution_id = $1 AND ${pick('c.organisation_id::text', 3)} = 0`,
    [p.institutionId],
  );
  await pool.query(
    `INSERT INTO work_profiles (course_id, municipality_id, work_functions, industries, support_level,
       home_latitude, home_longitude, max_distance_km)
     SELECT c.id, c.municipality_id,
       ARRAY[($2::text[])[1 + ${pick("c.id::text || 'f'", workFunctions.length)}]],
       ARRAY[($3::text[])[1 + ${pick("c.id::text || 'i'", industries.length)}]],
       (ARRAY['low', 'medium', 'high'])[1 + ${pick("c.id::text || 's'", 3)}],
       55.5 + ${pick("c.id::text || 'y'", 4000)} / 10000.0, 9.3 + ${pick("c.id::text || 'x'", 5000)} / 10000.0, 25
     FROM courses c WHERE c.partnership_id = $1`,
    [p.partnershipId, [...workFunctions], [...industries]],
  );
  await pool.query(
    `WITH n AS (SELECT organisation_id, row_number() OVER (ORDER BY organisation_id) - 1 AS i
                FROM companies WHERE institution_id = $1)
     INSERT INTO internships (municipality_id, course_id, company_id, starts_on, ends_on, purpose)
     SELECT c.municipality_id, c.id, n.organisation_id, current_date - 200, current_date - 100, 'Bench'
     FROM courses c JOIN n ON n.i = ${pick('c.id::text', NETWORK_COMPANIES)}
     WHERE c.partnership_id = $2 AND ${pick("c.id::text || 'p'", 10)} < 3`,
    [p.institutionId, p.partnershipId],
  );
  step(`a network of ${NETWORK_COMPANIES} companies, work profiles and earlier internships`);
}
