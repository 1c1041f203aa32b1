import type { DataClass } from '../auth/data-classes.ts';
import type { ModuleViews, Reader } from '../auth/view-types.ts';

/** The views of src/internships/ (merged into the one view policy, src/auth/view-policy.ts). */
export type InternshipViewName =
  | 'internship'
  | 'internshipList'
  | 'internshipSaved'
  | 'internshipDetail'
  | 'internshipFollowUp'
  | 'internshipFollowUpSaved'
  | 'internshipHandover'
  | 'internshipHandoverSaved'
  | 'internshipObservation'
  | 'internshipObservationSaved'
  | 'mentorInternship'
  | 'mentorInternships'
  | 'internshipChoices';

/** No course reader holds `administration`: a row of this class reaches no one on the course. */
const nobodyOnTheCourse: DataClass = 'administration';

/** A company reads only its own internships, never another company's agreement with the young person. */
const ownCompany = (row: Record<string, unknown>, reader: Reader): DataClass =>
  reader.side === 'company' && (row.company as { id?: string } | undefined)?.id !== reader.organisationId
    ? nobodyOnTheCourse
    : 'identity';

const rowOf = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, 'row' as const]));

export const internshipViews: ModuleViews<InternshipViewName> = {
  internship: {
    row: ownCompany,
    fields: {
      // Who and where: the company, its mentor and the coordinator work on the course (the team).
      id: 'identity',
      company: 'identity',
      mentor: 'identity',
      coordinator: 'identity',
      participant: { fields: { name: 'identity', phone: 'contact' } },
      // The agreement itself (consent category `internship`).
      opening: 'internship',
      startsOn: 'internship',
      endsOn: 'internship',
      endReason: 'internship',
      purpose: 'internship',
      workFunctions: 'internship',
      workTasks: 'internship',
      colleagues: 'internship',
      place: 'internship',
      hoursPerWeek: 'internship',
      schedule: 'internship',
      followUpPlan: 'internship',
      dailyContact: 'internship',
      version: 'internship',
      updatedAt: 'internship',
      supportNeed: 'supportNeeds',
      // Through the goals' own view: its row rule (isHealthRecord) keeps a health goal from a company.
      goals: { view: 'goal' },
      // The consent itself: staff and the young person, never the company.
      companyMayRead: 'consents',
    },
  },
  internshipList: { fields: { internships: { view: 'internship' } } },
  internshipSaved: { fields: { internship: { view: 'internship' } } },
  internshipDetail: {
    fields: {
      internship: { view: 'internship' },
      followUps: { view: 'internshipFollowUp' },
      handovers: { view: 'internshipHandover' },
      observations: { view: 'internshipObservation' },
    },
  },
  // Follow-up notes are the professionals' own notes on how it goes: not for the company.
  internshipFollowUp: {
    row: (_row, reader) => (reader.side === 'company' ? nobodyOnTheCourse : 'internship'),
    fields: rowOf(['id', 'heldOn', 'note', 'nextOn', 'recordedBy']),
  },
  internshipFollowUpSaved: { fields: { followUp: { view: 'internshipFollowUp' } } },
  internshipHandover: {
    row: () => 'internship',
    fields: rowOf(['id', 'dailyContact', 'effectiveOn', 'note', 'recordedBy']),
  },
  internshipHandoverSaved: {
    fields: { handover: { view: 'internshipHandover' }, internship: { view: 'internship' } },
  },
  internshipObservation: {
    row: () => 'internship',
    fields: rowOf(['id', 'observedOn', 'text', 'author', 'mine']),
  },
  internshipObservationSaved: { fields: { observation: { view: 'internshipObservation' } } },
  // Companies, their contacts and openings are the institution's network, not the young person's record.
  internshipChoices: { fields: { companies: 'identity' } },
  // The company mentor's page spans courses: each item is presented with its own course's grant.
  mentorInternships: { fields: { internships: { presented: 'mentorInternship' } } },
  mentorInternship: {
    fields: {
      courseId: 'identity',
      today: 'internship',
      internship: { view: 'internship' },
      observations: { view: 'internshipObservation' },
      mayRegisterAttendance: 'attendance',
    },
  },
};
