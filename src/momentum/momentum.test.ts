import { describe, expect, it } from 'vitest';
import {
  averageDays,
  daysWithoutContact,
  lastContact,
  type MomentumFacts,
  momentumOf,
  nextStep,
  referralToFirstContact,
} from './momentum.ts';

const none = { presentDays: [], attendedMeetingDays: [], contactNoteDays: [] };
const base: MomentumFacts = {
  ...none,
  plannedMeetingDays: [],
  openTaskDeadlines: [],
  status: 'active',
  startDate: '2026-01-05',
  referralDate: '2025-12-15',
  firstContactDate: null,
};

describe('last contact', () => {
  it('is the latest of a present day, an attended meeting and a contact note', () => {
    const facts = {
      presentDays: ['2026-03-02', '2026-03-04'],
      attendedMeetingDays: ['2026-03-10'],
      contactNoteDays: ['2026-03-06'],
    };
    expect(lastContact(facts, '2026-03-20')).toBe('2026-03-10');
    expect(lastContact({ ...facts, contactNoteDays: ['2026-03-12'] }, '2026-03-20')).toBe('2026-03-12');
    expect(lastContact({ ...facts, presentDays: ['2026-03-15'] }, '2026-03-20')).toBe('2026-03-15');
  });

  it('is null and days without contact are null when there was never any contact', () => {
    expect(lastContact(none, '2026-03-20')).toBeNull();
    expect(daysWithoutContact(none, '2026-03-20')).toBeNull();
  });

  it('counts contact today as zero days without contact', () => {
    expect(daysWithoutContact({ ...none, presentDays: ['2026-03-20'] }, '2026-03-20')).toBe(0);
  });

  it('ignores what is dated after the reference day', () => {
    const facts = { ...none, contactNoteDays: ['2026-03-01', '2026-03-25'], presentDays: ['2026-04-01'] };
    expect(lastContact(facts, '2026-03-20')).toBe('2026-03-01');
    expect(daysWithoutContact(facts, '2026-03-20')).toBe(19);
  });

  it('counts calendar days across a month and a leap day', () => {
    expect(daysWithoutContact({ ...none, presentDays: ['2028-02-27'] }, '2028-03-01')).toBe(3);
  });
});

describe('next step planned', () => {
  it('is the earliest future meeting or open task deadline', () => {
    expect(
      nextStep(
        { plannedMeetingDays: ['2026-04-10', '2026-03-01'], openTaskDeadlines: ['2026-04-01'] },
        '2026-03-20',
      ),
    ).toBe('2026-04-01');
  });

  it('does not count a planned meeting dated before the day, but a meeting today counts', () => {
    expect(nextStep({ plannedMeetingDays: ['2026-03-19'], openTaskDeadlines: [] }, '2026-03-20')).toBeNull();
    expect(nextStep({ plannedMeetingDays: ['2026-03-20'], openTaskDeadlines: [] }, '2026-03-20')).toBe(
      '2026-03-20',
    );
  });

  it('counts an open task whose deadline has passed (agreed, only late)', () => {
    expect(nextStep({ plannedMeetingDays: [], openTaskDeadlines: ['2026-03-01'] }, '2026-03-20')).toBe(
      '2026-03-01',
    );
  });

  it('is null with nothing planned', () => {
    expect(nextStep({ plannedMeetingDays: [], openTaskDeadlines: [] }, '2026-03-20')).toBeNull();
  });
});

describe('referral to first contact', () => {
  it('is the days from the referral to the first contact', () => {
    expect(referralToFirstContact('2026-01-01', '2026-01-06')).toBe(5);
    expect(referralToFirstContact('2026-01-01', '2026-01-01')).toBe(0);
  });

  it('is null until both dates are known', () => {
    expect(referralToFirstContact(null, '2026-01-06')).toBeNull();
    expect(referralToFirstContact('2026-01-01', null)).toBeNull();
  });

  it('averages over the courses where it is known', () => {
    expect(averageDays([5, null, 6, 4.6])).toBeCloseTo(5.2);
    expect(averageDays([null, null])).toBeNull();
    expect(averageDays([])).toBeNull();
  });
});

describe('momentum of a course', () => {
  it('flags an active course silent for more than 14 days, not one silent for exactly 14', () => {
    expect(momentumOf({ ...base, presentDays: ['2026-03-05'] }, '2026-03-20').contactLost).toBe(true);
    expect(momentumOf({ ...base, presentDays: ['2026-03-06'] }, '2026-03-20').contactLost).toBe(false);
  });

  it('flags a started course that never had contact by its start', () => {
    const m = momentumOf(base, '2026-03-20');
    expect(m.daysWithoutContact).toBeNull();
    expect(m.contactLost).toBe(true);
    expect(momentumOf(base, '2026-01-10').contactLost).toBe(false);
  });

  it('never flags a paused, ended or not yet started course', () => {
    expect(momentumOf({ ...base, status: 'paused' }, '2026-03-20').contactLost).toBe(false);
    expect(momentumOf({ ...base, status: 'ended' }, '2026-03-20').contactLost).toBe(false);
    expect(momentumOf({ ...base, startDate: '2026-04-01' }, '2026-03-20').contactLost).toBe(false);
    expect(momentumOf({ ...base, startDate: null }, '2026-03-20').contactLost).toBe(false);
  });

  it('puts it together', () => {
    const m = momentumOf(
      {
        ...base,
        firstContactDate: '2025-12-20',
        contactNoteDays: ['2026-03-18', '2026-03-30'],
        plannedMeetingDays: ['2026-03-27'],
      },
      '2026-03-20',
    );
    expect(m).toEqual({
      lastContact: '2026-03-18',
      daysWithoutContact: 2,
      nextStep: '2026-03-27',
      referralToFirstContactDays: 5,
      contactLost: false,
    });
  });
});
