import type { Catalog } from '../../../../core';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';

/**
 * The small catalog where the AI engineer's prompting requirement is a "plus" one (it grows with
 * experience) and people from sales are assumed to write prompts at level 1.
 */
export const adviceCatalog: Catalog = {
  ...smallCatalog,
  roles: smallCatalog.roles.map((role) =>
    role.id === 'ai-engineer'
      ? {
          ...role,
          requirements: role.requirements.map((requirement) =>
            requirement.skillId === 'prompt-design' ? { ...requirement, tier: 'plus' as const } : requirement,
          ),
        }
      : role,
  ),
  backgroundProfiles: [
    {
      background: 'sales',
      onetCode: '41-4012.00',
      skills: [{ skillId: 'prompt-design', level: 1, basis: 'Test basis' }],
    },
  ],
};

export const adviceEngineer = adviceCatalog.roles[0];
