import { Button, Group, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { dueReview, levelOf, rateSkill, reviewRecords, type Level, type Plan, type ReviewDue } from '../../../../core';
import { Section } from '../../components/Section/Section';
import { LevelControl } from '../../components/LevelControl/LevelControl';
import { itemTitle } from '../../components/PlanItemCard/itemInfo';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';

/**
 * The review of a finished item (issue #14): two and six weeks after it, a few minutes to go back
 * over it and say where each skill it taught stands now, so nothing fades before the job search.
 * A changed level is dated today and joins the rating history; keeping a level is an answer too.
 */
export function ReviewCard({ plan, today, editable }: { plan: Plan; today: string; editable: boolean }) {
  const { data } = useAppData();
  const review = useMemo(() => dueReview(plan, data.progress, data.reviews, today), [plan, data.progress, data.reviews, today]);
  if (!editable || review === null || data.profile === null) return null;
  // Keyed by the review, so a new one starts from the levels as they are.
  return <ReviewForm key={`${review.itemId}/${review.weeks}`} plan={plan} review={review} today={today} />;
}

function ReviewForm({ plan, review, today }: { plan: Plan; review: ReviewDue; today: string }) {
  const { data, catalog, mutate, updateProfile } = useAppData();
  const { t, locale, formatDay } = useI18n();
  const profile = data.profile;
  const item = plan.items.find((candidate) => candidate.id === review.itemId);
  const skills = review.skillIds.flatMap((skillId) => catalog.skills.filter((skill) => skill.id === skillId));
  const [levels, setLevels] = useState<Record<string, Level>>(() =>
    Object.fromEntries(skills.map((skill) => [skill.id, (profile ? levelOf(profile, skill.id) : 0) as Level])),
  );
  if (!item || !profile) return null;
  const title = itemTitle(catalog, item, locale);

  const record = async () => {
    for (const done of reviewRecords(review, today)) {
      if (!(await mutate('review:record', done))) return;
    }
  };
  const save = async () => {
    let rated = profile;
    for (const skill of skills) rated = rateSkill(rated, skill.id, levels[skill.id], today);
    if (rated !== profile) updateProfile(rated);
    await record();
  };

  return (
    <Section title={t('review.title', { item: title })} gap="sm">
      <Text>{t('review.intro', { weeks: review.weeks, item: title, date: formatDay(review.finishedOn) })}</Text>
      {skills.map((skill) => (
        <LevelControl key={skill.id} skill={skill} value={levels[skill.id]} onChange={(level) => setLevels((all) => ({ ...all, [skill.id]: level }))} />
      ))}
      <Group gap="sm">
        <Button onClick={() => void save()}>{t('review.save')}</Button>
        <Button variant="default" onClick={() => void record()}>
          {t('review.skip')}
        </Button>
      </Group>
    </Section>
  );
}
