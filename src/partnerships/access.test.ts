import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.ts';
import { mayReadReport } from './access.ts';

const actor = (...memberships: Array<[string, string]>): Actor => ({
  userId: 'u',
  username: 'u',
  displayName: 'u',
  locale: 'da',
  sessionIdHash: '',
  csrfToken: '',
  memberships: memberships.map(([organisationId, role]) => ({
    organisationId,
    role,
    organisationName: organisationId,
    organisationKind: 'municipality',
  })),
});
const partnership = { municipalityId: 'kommune', institutionId: 'skole' };

describe('mayReadReport', () => {
  it('lets the development group of either party read, and nobody else', () => {
    expect(mayReadReport(actor(['kommune', 'caseworker']), partnership)).toBe(true);
    expect(mayReadReport(actor(['skole', 'youthCoordinator']), partnership)).toBe(true);
    expect(mayReadReport(actor(['skole', 'leader']), partnership)).toBe(true);
    expect(mayReadReport(actor(['skole', 'workshopMentor'], ['kommune', 'participant']), partnership)).toBe(
      false,
    );
    expect(mayReadReport(actor(['andenkommune', 'caseworker']), partnership)).toBe(false);
    expect(mayReadReport(actor(), partnership)).toBe(false);
  });
});
