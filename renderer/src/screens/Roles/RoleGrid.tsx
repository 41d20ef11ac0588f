import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { Skill } from '../../../../core';
import { RoleFitCard } from '../../components/RoleFitCard/RoleFitCard';
import type { RankedRole } from './roleOrder';

interface RoleGridProps {
  title: string;
  entries: readonly RankedRole[];
  skillsById: ReadonlyMap<string, Skill>;
  targetIds: ReadonlySet<string>;
  chosen: readonly string[];
  onChoose: (roleId: string, checked: boolean) => void;
  maxChosen: number;
  emptyText?: string;
}

/** One titled section of role cards. */
export function RoleGrid({ title, entries, skillsById, targetIds, chosen, onChoose, maxChosen, emptyText }: RoleGridProps) {
  const headingId = useId();
  const full = chosen.length >= maxChosen;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} id={headingId}>
        {title}
      </Title>
      {entries.length === 0 && emptyText ? (
        <Text>{emptyText}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" role="list">
          {entries.map(({ role, fit }) => {
            const checked = chosen.includes(role.id);
            return (
              <div role="listitem" key={role.id}>
                <RoleFitCard
                  role={role}
                  fit={fit}
                  skillsById={skillsById}
                  isTarget={targetIds.has(role.id)}
                  compare={{ checked, disabled: full && !checked, onChange: (next) => onChoose(role.id, next) }}
                />
              </div>
            );
          })}
        </SimpleGrid>
      )}
    </Stack>
  );
}
