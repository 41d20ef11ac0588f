import { describe, expect, it } from 'vitest';
import { RoleSchema } from '../../../core/model/catalog';
import type { Occupation } from '../../../core/model/occupation';
import { occupationRoleId, roleFromOccupation } from '../../../core/occupations/asRole';

const paralegal: Occupation = {
  code: '23-2011.00',
  title: { en: 'Paralegals and Legal Assistants', fr: 'assistant juridique/assistante juridique' },
  alternateTitles: ['Paralegal'],
  frenchTitles: ['assistante juridique'],
  jobZone: 3,
  related: [],
  requirements: [
    { skillId: 'written-communication', level: 3, importance: 4, tier: 'core', basis: 'O*NET 23-2011.00 Writing: IM 4.0, LV 4.4' },
    { skillId: 'regulatory-compliance', level: 3, importance: 3, tier: 'plus' },
  ],
  suggested: [],
};

describe('roleFromOccupation', () => {
  it('makes a valid role of the person’s own, with the occupation’s tiers, code and source', () => {
    const made = roleFromOccupation(paralegal, '2027-01-11');
    expect(made).not.toBeNull();
    expect(RoleSchema.safeParse(made).success).toBe(true);
    expect(made).toMatchObject({
      id: 'onet-23-2011-00',
      title: paralegal.title,
      onetCodes: ['23-2011.00'],
      custom: true,
      reviewed: '2027-01-11',
      requirements: paralegal.requirements,
    });
    expect(made!.sources[0].title).toContain('O*NET');
  });

  it('gives one id per occupation and no role for an occupation without requirements', () => {
    expect(occupationRoleId('15-1252.00')).toBe('onet-15-1252-00');
    expect(roleFromOccupation({ ...paralegal, requirements: [] }, '2027-01-11')).toBeNull();
  });
});
