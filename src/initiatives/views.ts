import type { ModuleViews } from '../auth/view-types.ts';

/**
 * The views of src/initiatives/ (merged into the one view policy, src/auth/view-policy.ts): a
 * municipality's cross-sectoral initiatives hold no young person's data.
 */
export type InitiativeViewName = 'initiativeStub';

export const initiativeViews: ModuleViews<InitiativeViewName> = {
  initiativeStub: { fields: { '*': 'statistics' } },
};
