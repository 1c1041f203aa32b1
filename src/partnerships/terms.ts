import { z } from 'zod';
import { outcomeTypes } from '../courses/outcomes.ts';
import { BASELINE_AFTER_MONTHS, MEASUREMENT_INTERVAL_MONTHS } from '../measurements/schedule.ts';
import { isoDate, storableText } from '../platform/schemas.ts';
import { STATUS_LETTER_INTERVAL_MONTHS } from '../status-letters/schedule.ts';

/**
 * The partnership agreement's terms: the model's template (DOMAIN.md "The five central elements"
 * 1, report §3–§4). One document per version (migrations/020); the figures other modules compute
 * with are copied onto the partnership when a version is saved (agreement service).
 */

const text = (max: number) => storableText(max);
const share = z.number().min(0).max(1);

/** A target share of outcomes, e.g. 80% ordinary or flex job. */
export const outcomeTarget = z.strictObject({
  label: storableText(100, 1),
  outcomes: z.array(z.enum(outcomeTypes)).min(1).max(outcomeTypes.length),
  share,
});
export type OutcomeTarget = z.infer<typeof outcomeTarget>;

export const agreementTerms = z.strictObject({
  parties: z.strictObject({
    /** The leaders who approve on behalf of each party. */
    municipalityLeader: text(200),
    institutionLeader: text(200),
  }),
  developmentGroup: z
    .array(
      z.strictObject({
        name: storableText(200, 1),
        role: storableText(200, 1),
        party: z.enum(['municipality', 'institution']),
      }),
    )
    .max(30),
  goals: z.strictObject({
    purpose: text(4000),
    /** Courses started in the period (seed 003: 40). */
    intakeTarget: z.number().int().min(0).max(100000).nullable(),
    /** Success criterion: share closer to the labour market (report: 87%). */
    closerShareTarget: share.nullable(),
    /** The target split of outcomes; the shares need not cover every outcome. */
    outcomeSplit: z.array(outcomeTarget).max(outcomeTypes.length),
    /** Days from referral to the first conversation (seed 004: 7). */
    firstContactDays: z.number().int().min(1).max(365),
    otherCriteria: text(4000),
  }),
  roles: z.array(z.strictObject({ role: storableText(200, 1), tasks: text(4000) })).max(20),
  meetings: z.array(z.strictObject({ format: storableText(200, 1), cadence: text(500) })).max(20),
  documentation: z.strictObject({
    /** DOMAIN.md "Due dates": the model's defaults 1, 6 and 3 months. */
    baselineMonths: z.number().int().min(1).max(12),
    measurementMonths: z.number().int().min(1).max(24),
    statusLetterMonths: z.number().int().min(1).max(12),
    other: text(4000),
  }),
  packages: z
    .array(
      z.strictObject({
        name: storableText(200, 1),
        content: text(4000),
        /** Whole Danish kroner per month. */
        monthlyPrice: z.number().int().min(0).max(10_000_000),
      }),
    )
    .max(20),
  period: z
    .strictObject({ from: isoDate, to: isoDate.nullable() })
    .refine((p) => p.to === null || p.to >= p.from, {
      message: 'the period ends before it starts',
      path: ['to'],
    }),
});
export type AgreementTerms = z.infer<typeof agreementTerms>;

/**
 * The model's template as a first version starts from: the report's targets and roles, the
 * model's intervals; the parties fill in names, packages and prices.
 */
export function templateTerms(targets: {
  intakeTarget: number | null;
  closerShareTarget: number | null;
  firstContactDays: number;
  from: string;
}): AgreementTerms {
  return {
    parties: { municipalityLeader: '', institutionLeader: '' },
    developmentGroup: [],
    goals: {
      purpose:
        'Flere unge med kognitive og psykiske funktionsnedsættelser kommer tættere på og ind på arbejdsmarkedet gennem lange, virksomhedsrettede ressourceforløb.',
      intakeTarget: targets.intakeTarget,
      closerShareTarget: targets.closerShareTarget,
      outcomeSplit: [
        { label: 'Ordinært job eller fleksjob', outcomes: ['ordinaryJob', 'flexJob'], share: 0.8 },
        {
          label: 'Løntilskud eller beskyttet beskæftigelse',
          outcomes: ['wageSubsidyJob', 'shelteredEmployment'],
          share: 0.2,
        },
      ],
      firstContactDays: targets.firstContactDays,
      otherCriteria: '',
    },
    roles: [
      {
        role: 'Ungekoordinator',
        tasks:
          'Fast kontaktperson. Fører journal, leder netværksmøder, skriver statusbreve og måler progression.',
      },
      {
        role: 'Koordinerende sagsbehandler',
        tasks: 'Ejer indsatsplanen, bevilger tilbud og følger op på statusbreve.',
      },
      {
        role: 'Jobkonsulent',
        tasks: 'Finder praktikker, aftaler mål med virksomheden og vurderer arbejdsevnen.',
      },
      { role: 'Værkstedslærer', tasks: 'Arbejder dagligt med den unge i skolens egne værksteder.' },
    ],
    meetings: [
      { format: 'Opstartsworkshop', cadence: 'Ved partnerskabets start' },
      { format: 'Udviklingsgruppemøde', cadence: 'Hver anden måned' },
      { format: 'Statusmøde', cadence: 'Hvert halve år' },
    ],
    documentation: {
      baselineMonths: BASELINE_AFTER_MONTHS,
      measurementMonths: MEASUREMENT_INTERVAL_MONTHS,
      statusLetterMonths: STATUS_LETTER_INTERVAL_MONTHS,
      other: 'Journalnotat efter hver kontakt. Referat af hvert netværksmøde.',
    },
    packages: [],
    period: { from: targets.from, to: null },
  };
}
