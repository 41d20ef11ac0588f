import { Button, Group, List, Stack, Text } from '@mantine/core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { ModalDialog } from '../ModalDialog/ModalDialog';
import { skillName } from '../PlanItemCard/itemInfo';
import type { LevelRaise } from './levelRaises';

interface RaiseLevelsOfferProps {
  opened: boolean;
  courseTitle: string;
  raises: LevelRaise[];
  onApply: () => void;
  onClose: () => void;
}

/** After a course is marked done: offers to lift the profile's levels to what the course taught. */
export function RaiseLevelsOffer({ opened, courseTitle, raises, onApply, onClose }: RaiseLevelsOfferProps) {
  const { catalog } = useAppData();
  const { t, locale } = useI18n();
  return (
    <ModalDialog opened={opened} onClose={onClose} title={t('plan.raise.title')}>
      <Stack gap="md">
        <Text>{t('plan.raise.body', { course: courseTitle })}</Text>
        <List spacing={4}>
          {raises.map((raise) => (
            <List.Item key={raise.skillId}>
              {t('plan.raise.line', {
                skill: skillName(catalog, raise.skillId, locale),
                from: t(`level.${raise.from}`),
                to: t(`level.${raise.to}`),
              })}
            </List.Item>
          ))}
        </List>
        <Text size="sm">{t('plan.raise.onlyUp')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('plan.raise.notNow')}
          </Button>
          <Button onClick={onApply}>{t('plan.raise.apply')}</Button>
        </Group>
      </Stack>
    </ModalDialog>
  );
}
