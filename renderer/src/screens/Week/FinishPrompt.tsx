import { Button, Group, Text } from '@mantine/core';
import type { Plan, PlanStatus } from '../../../../core';
import { Section } from '../../components/Section/Section';
import { itemTitle } from '../../components/PlanItemCard/itemInfo';
import { useAppData } from '../../data/AppDataProvider';
import { useFinishItem } from '../../data/useFinishItem';
import { useI18n } from '../../i18n';
import classes from './Week.module.css';

/**
 * Items whose hours are all logged but that are still open: the week has nothing more to give
 * them, so the person is asked whether they are finished, which closes them and offers to raise
 * the levels they taught. Without it, a plan fully logged would never say it is done.
 */
export function FinishPrompt({ plan, status, editable }: { plan: Plan; status: PlanStatus; editable: boolean }) {
  const { catalog } = useAppData();
  const { t, locale, formatHours } = useI18n();
  const { setStatus, offer } = useFinishItem(plan);
  const logged = new Map(status.items.map((item) => [item.itemId, item]));
  const finished = plan.items.filter((item) => {
    const progress = logged.get(item.id);
    return (item.status === 'planned' || item.status === 'in-progress') && progress !== undefined && progress.remainingHours === 0;
  });
  if (!editable || finished.length === 0) return offer;
  return (
    <Section title={t('week.finished.title')} padding="md" gap="xs">
      {finished.map((item) => {
        const title = itemTitle(catalog, item, locale);
        return (
          <Group key={item.id} justify="space-between" gap="sm" className={classes.session}>
            <Text>{t('week.finished.line', { hours: formatHours(item.hours), item: title })}</Text>
            <Button size="sm" variant="light" onClick={() => void setStatus(item, 'done', title)} aria-label={t('week.finished.markFor', { item: title })}>
              {t('week.finished.mark')}
            </Button>
          </Group>
        );
      })}
      {offer}
    </Section>
  );
}
