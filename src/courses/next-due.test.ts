import { describe, expect, it } from 'vitest';
import { nextMeasurementDue } from '../measurements/schedule.ts';
import { nextStatusLetterDue } from '../status-letters/schedule.ts';
import { nextDue } from './next-due.ts';

describe('what is due', () => {
  it('puts status letters on a 3-month grid from the course start', () => {
    expect(nextStatusLetterDue('2025-01-15', '2025-03-01')).toBe('2025-04-15');
    expect(nextStatusLetterDue('2025-01-15', '2025-04-15')).toBe('2025-04-15');
    expect(nextStatusLetterDue('2025-01-15', '2025-04-16')).toBe('2025-07-15');
  });

  it('wants a baseline measurement at the start, then one 6 months after the latest', () => {
    expect(nextMeasurementDue('2025-01-15', null)).toBe('2025-01-15');
    expect(nextMeasurementDue('2025-01-15', '2025-02-01')).toBe('2025-08-01');
  });

  it('shows the earliest item, flagging an overdue measurement', () => {
    expect(
      nextDue({ status: 'active', startDate: '2025-01-15', lastMeasuredOn: null }, '2025-02-01'),
    ).toEqual({
      kind: 'measurement',
      dueOn: '2025-01-15',
      overdue: true,
    });
    expect(
      nextDue({ status: 'active', startDate: '2025-01-15', lastMeasuredOn: '2025-01-16' }, '2025-02-01'),
    ).toEqual({
      kind: 'statusLetter',
      dueOn: '2025-04-15',
      overdue: false,
    });
  });

  it('has nothing due on a paused, ended or not yet started course', () => {
    expect(
      nextDue({ status: 'paused', startDate: '2025-01-15', lastMeasuredOn: null }, '2025-02-01'),
    ).toBeNull();
    expect(
      nextDue({ status: 'ended', startDate: '2025-01-15', lastMeasuredOn: null }, '2025-02-01'),
    ).toBeNull();
    expect(
      nextDue({ status: 'active', startDate: '2025-03-01', lastMeasuredOn: null }, '2025-02-01'),
    ).toBeNull();
    expect(nextDue({ status: 'active', startDate: null, lastMeasuredOn: null }, '2025-02-01')).toBeNull();
  });
});
