import type { ModuleViews } from '../auth/view-types.ts';

/**
 * The views of src/partnerships/ (merged into the one view policy, src/auth/view-policy.ts). The
 * agreement holds no young person's data: its readers are the development group (class
 * `statistics`, which the partnership's routes carry).
 */
export type PartnershipViewName = 'agreementStub';

export const partnershipViews: ModuleViews<PartnershipViewName> = {
  agreementStub: { fields: { '*': 'statistics' } },
};
