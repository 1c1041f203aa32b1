import { describe, expect, it } from 'vitest';
import { currentStep, mayRecord, recordableSteps, type StepKind, startDateOf, stepKinds } from './order.ts';

const set = (...kinds: StepKind[]) => new Set(kinds);

describe('the order of the course steps', () => {
  it('is the model order: referral first, end last', () => {
    expect(stepKinds[0]).toBe('referral');
    expect(stepKinds.at(-1)).toBe('end');
    expect(stepKinds.indexOf('visit')).toBeLessThan(stepKinds.indexOf('startUp'));
  });

  it('puts the current step after the furthest one recorded', () => {
    expect(currentStep([])).toBe('referral');
    expect(currentStep(['referral'])).toBe('visit');
    expect(currentStep(['referral', 'visit'])).toBe('trial');
    // A skipped trial does not hold the course back.
    expect(currentStep(['referral', 'visit', 'startUp'])).toBe('evaluation');
    expect(currentStep(['startUp', 'referral', 'visit'])).toBe('evaluation');
    expect(currentStep(['referral', 'end'])).toBeNull();
  });

  it('allows the next step, optional skips, changes and the end; never a required step skipped', () => {
    const referred = set('referral');
    expect(mayRecord('visit', referred)).toBe(true);
    expect(mayRecord('trial', referred)).toBe(false);
    expect(mayRecord('startUp', referred)).toBe(false);
    expect(mayRecord('end', referred)).toBe(true);
    const visited = set('referral', 'visit');
    expect(mayRecord('trial', visited)).toBe(true);
    expect(mayRecord('startUp', visited)).toBe(true);
    expect(mayRecord('evaluation', visited)).toBe(false);
    expect(mayRecord('referral', visited)).toBe(true);
  });

  it('needs the referral before anything else and allows nothing new after the end', () => {
    expect(mayRecord('visit', set())).toBe(false);
    expect(mayRecord('referral', set())).toBe(true);
    const ended = set('referral', 'visit', 'end');
    expect(mayRecord('trial', ended)).toBe(false);
    expect(mayRecord('visit', ended)).toBe(true);
    expect(mayRecord('end', ended)).toBe(true);
  });

  it('lists what may be recorded now, in order', () => {
    expect(recordableSteps(set('referral', 'visit', 'startUp'))).toEqual([
      'referral',
      'visit',
      'trial',
      'startUp',
      'evaluation',
      'end',
    ]);
    const started = set('referral', 'visit', 'startUp', 'evaluation', 'course');
    expect(recordableSteps(started)).toContain('internship');
    expect(recordableSteps(started)).toContain('jobAgreement');
  });

  it('starts the course at the trial, or without one at the start-up', () => {
    expect(startDateOf({})).toBeNull();
    expect(startDateOf({ startUp: '2026-02-01' })).toBe('2026-02-01');
    expect(startDateOf({ trial: '2026-01-10', startUp: '2026-02-01' })).toBe('2026-01-10');
  });
});
