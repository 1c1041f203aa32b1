import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './availability.ts';

describe('isDatabaseUnavailable', () => {
  it('recognises an outage: refused, terminated, shutting down, starting up', () => {
    for (const error of [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      Object.assign(new Error('connection failure'), { code: '08006' }),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
    ])
      expect(isDatabaseUnavailable(error), error.message).toBe(true);
  });

  it('leaves the request’s own faults and the code’s bugs alone', () => {
    for (const error of [
      Object.assign(new Error('duplicate key'), { code: '23505' }),
      Object.assign(new Error('invalid input syntax'), { code: '22P02' }),
      Object.assign(new Error('permission denied'), { code: '42501' }),
      new TypeError('cannot read properties of undefined'),
      null,
      'a string',
    ])
      expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
