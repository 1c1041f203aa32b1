import { describe, expect, it } from 'vitest';
import { sectionsNamed } from './vite-strings.ts';

const strings = {
  caseload: { title: 'Mine unge', empty: 'Ingen' },
  tracks: { work: 'Arbejde' },
  roles: { coordinator: 'Koordinator' },
  goals: { area: 'Område' },
  consents: { withdraw: 'Træk tilbage' },
};

describe('the strings a module names (web/vite-strings.ts)', () => {
  it('finds a key written out, put together at run time, and a section given as the first argument', () => {
    const code = [
      "t('caseload.title')",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the module text under test holds a template literal
      'const track = t(`tracks.${value}`);',
      "labelFor('roles', member.role)",
    ].join('\n');
    expect(sectionsNamed(code, strings)).toEqual(['caseload', 'roles', 'tracks']);
  });

  it('leaves out what only looks like a key: a section without that key, a query key, a plain word', () => {
    const code = [
      "may('goals.write')", // a permission: goals has no key "write"
      "queryKey: ['caseload', id]", // not a call's first argument
      "const label = 'roles';",
      "t('unknown.title')",
    ].join('\n');
    expect(sectionsNamed(code, strings)).toEqual([]);
  });

  it('counts a permission that happens to be a key too (the price of reading text, not types)', () => {
    expect(sectionsNamed("can(data, 'consents.withdraw')", strings)).toEqual(['consents']);
  });
});
