import type { DataClass } from '../auth/data-classes.ts';

/**
 * A status letter's sections, in the order the letter reads (DOMAIN.md "Status letters"): goals,
 * process and activities, progression, attendance, and what happens next. Health goals and the
 * treatment track get a section of their own, so a reader without the health class gets the
 * letter without it instead of no letter at all.
 */
export const letterSections = [
  'goals',
  'health',
  'activities',
  'attendance',
  'progression',
  'nextSteps',
] as const;
export type LetterSectionKey = (typeof letterSections)[number];

/** Who may read a section: the class of what it is about (src/auth/data-classes.ts). */
export const sectionClasses: Record<LetterSectionKey, DataClass> = {
  goals: 'goals',
  health: 'health',
  activities: 'notes',
  attendance: 'attendanceAllWorkplaces',
  progression: 'measurements',
  nextSteps: 'notes',
};

/** A figure beside a section's text, e.g. "Dage med fremmøde: 41 af 52 (79 %)". */
export interface LetterFigure {
  label: string;
  value: string;
}

export interface LetterSection {
  key: LetterSectionKey;
  heading: string;
  /**
   * What the coordinator wrote (drafted by the product, then edited): plain text; a blank line
   * separates paragraphs and a line starting with "- " is a bullet.
   */
  text: string;
  figures: LetterFigure[];
}

/**
 * Everything a printed letter shows, already cut to what its reader may read: the PDF renderer
 * (src/status-letters/pdf.ts) draws this and nothing else, so it cannot leak what it is not given.
 */
export interface LetterDocument {
  institution: string;
  municipality: string;
  participantName: string;
  /** ISO dates, both inclusive. */
  period: { from: string; to: string };
  /** Null while it is a draft. */
  approvedOn: string | null;
  approvedBy: string | null;
  /** 1 for a first letter; a correction is a new version that names the one it replaces. */
  version: number;
  replaces: { version: number; approvedOn: string } | null;
  sections: LetterSection[];
}
