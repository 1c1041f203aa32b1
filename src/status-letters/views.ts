import { isHealthRecord } from '../auth/health-records.ts';
import type { FieldRuleOf, ModuleViews } from '../auth/view-types.ts';
import { sectionClasses } from './document.ts';

/**
 * The views of src/status-letters/ (merged into the one view policy, src/auth/view-policy.ts). The
 * letter is one class (`statusLetters`), each of its sections another: the class of what the
 * section is about (src/status-letters/document.ts), so a reader without that class gets the
 * letter without the section. The logbook interleaves letters and journal notes, each by its own
 * class.
 */
export type StatusLetterViewName =
  | 'statusLetterList'
  | 'statusLetterSummary'
  | 'statusLetter'
  | 'statusLetterSaved'
  | 'statusLetterDraft'
  | 'statusLetterDraftSaved'
  | 'letterSection'
  | 'letterDocument'
  | 'logbook'
  | 'logbookEntry';

const summary: Record<string, FieldRuleOf<StatusLetterViewName>> = {
  id: 'row',
  version: 'row',
  approvedOn: 'row',
  approvedBy: 'row',
  period: 'row',
  replaces: 'row',
  replacedBy: 'row',
  firstRead: 'row',
  imported: 'row',
};

export const statusLetterViews: ModuleViews<StatusLetterViewName> = {
  statusLetterList: {
    fields: { letters: { view: 'statusLetterSummary' }, draft: { view: 'statusLetterDraft' } },
  },
  statusLetterSummary: { row: () => 'statusLetters', fields: summary },
  statusLetter: {
    row: () => 'statusLetters',
    // An imported letter is free text from another system: it may say anything, health included,
    // so only a reader of health receives it (a company never does).
    fields: { ...summary, body: 'health', sections: { view: 'letterSection' } },
  },
  statusLetterSaved: { fields: { letter: { view: 'statusLetter' } } },
  // A draft is the institution's own work in progress: no other side receives it, whatever its classes.
  statusLetterDraft: {
    row: (_row, reader) => (reader.side === 'institution' ? 'statusLetters' : 'administration'),
    fields: {
      id: 'row',
      period: 'row',
      version: 'row',
      replaces: 'row',
      sections: { view: 'letterSection' },
      updatedAt: 'row',
      updatedBy: 'row',
    },
  },
  statusLetterDraftSaved: { fields: { draft: { view: 'statusLetterDraft' } } },
  // Each section by the class of what it is about: a reader without health never gets that section.
  letterSection: {
    row: (row) => sectionClasses[row.key as keyof typeof sectionClasses] ?? 'health',
    fields: { key: 'row', heading: 'row', text: 'row', figures: 'row' },
  },
  // What a printed letter holds (src/status-letters/document.ts), cut by the same rules.
  letterDocument: {
    fields: {
      institution: 'identity',
      municipality: 'identity',
      participantName: 'identity',
      period: 'statusLetters',
      approvedOn: 'statusLetters',
      approvedBy: 'statusLetters',
      version: 'statusLetters',
      replaces: 'statusLetters',
      sections: { view: 'letterSection' },
    },
  },
  logbook: { fields: { entries: { view: 'logbookEntry' } } },
  logbookEntry: {
    row: (row) =>
      row.kind === 'letter'
        ? 'statusLetters'
        : isHealthRecord((row.note ?? {}) as object)
          ? 'health'
          : 'notes',
    fields: { kind: 'row', date: 'row', note: { view: 'note' }, letter: { view: 'statusLetter' } },
  },
};
