import { Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { localized, rateSkill, type SkillRating } from '../../../../core';
import { SkillRatingList } from '../../components/SkillRatingList/SkillRatingList';
import { skillsNeededBy } from '../../components/SkillRatingList/skillNeeds';
import { SkillSearch } from '../../components/SkillSearch/SkillSearch';
import { useAppData } from '../../data/AppDataProvider';
import { useToday } from '../../data/useToday';
import { useI18n } from '../../i18n';
import { Section } from '../../components/Section/Section';
import { neededRows, ratedRows, withNote, withSkillsAdded } from './skillRows';
import type { ProfileDraft } from './useProfileDraft';

type View = 'rated' | 'needed';

const UNDO_MS = 8000;

export function SkillsSection({ draft }: { draft: ProfileDraft }) {
  const { t, locale } = useI18n();
  const { catalog } = useAppData();
  const { profile, apply } = draft;
  const today = useToday();
  const [view, setView] = useState<View>('rated');
  // A new object per request, so adding the same skill again (after removing it) focuses it again.
  const [focusRequest, setFocusRequest] = useState<{ skillId: string } | null>(null);

  const needed = useMemo(() => skillsNeededBy(catalog, profile.targetRoleIds), [catalog, profile.targetRoleIds]);
  const context = {
    catalog,
    needed,
    locale,
    // The stand-in of a skill gone from the catalog is only ever shown in the language on screen.
    missingDescription: { en: t('profile.skills.missingSkill'), fr: t('profile.skills.missingSkill') },
  };
  const rows = view === 'rated' ? ratedRows(profile, context) : neededRows(profile, context);
  const ratedIds = useMemo(() => new Set(profile.skills.map((rating) => rating.skillId)), [profile.skills]);
  const unratedNeeded = needed.filter((need) => !ratedIds.has(need.skill.id)).map((need) => need.skill.id);

  // A skill just added from the search gets the keyboard focus on its level control.
  useEffect(() => {
    if (!focusRequest) return;
    const row = document.querySelector(`[data-skill-id="${CSS.escape(focusRequest.skillId)}"]`);
    row?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
    row?.scrollIntoView({ block: 'nearest' });
  }, [focusRequest]);

  const addSkill = (skillId: string) => {
    apply((current) => withSkillsAdded(current, [skillId], today));
    if (!needed.some((need) => need.skill.id === skillId)) setView('rated');
    setFocusRequest({ skillId });
  };

  const remove = (skillId: string) => {
    const index = profile.skills.findIndex((rating) => rating.skillId === skillId);
    if (index < 0) return;
    const removed: SkillRating = profile.skills[index];
    apply((current) => rateSkill(current, skillId, null, today));
    const skill = catalog.skills.find((entry) => entry.id === skillId);
    const name = skill ? localized(skill.name, locale) : skillId;
    const notificationId = `rating-removed-${skillId}`;
    // Undo puts the rating back as it was, with its own date: the level was set then, not now.
    const undo = () => {
      apply((current) => {
        if (current.skills.some((rating) => rating.skillId === skillId)) return current;
        const skills = [...current.skills];
        skills.splice(Math.min(index, skills.length), 0, removed);
        return { ...current, skills };
      });
      notifications.hide(notificationId);
    };
    notifications.show({
      id: notificationId,
      title: t('profile.skills.removedTitle'),
      autoClose: UNDO_MS,
      closeButtonProps: { 'aria-label': t('action.close') },
      message: (
        <Group justify="space-between" gap="sm" wrap="nowrap">
          <Text size="sm">{t('profile.skills.removedBody', { skill: name })}</Text>
          <Button size="xs" variant="light" onClick={undo}>
            {t('action.undo')}
          </Button>
        </Group>
      ),
    });
  };

  const list = (
    <SkillRatingList
      rows={rows}
      groupByCategory
      headingOrder={4}
      onLevelChange={(skillId, level) => apply((current) => rateSkill(current, skillId, level, today))}
      onNoteChange={(skillId, note) => apply((current) => withNote(current, skillId, note))}
      onRemove={remove}
    />
  );

  return (
    <Section title={t('profile.skills.title')}>
      <Text>{t('profile.skills.intro')}</Text>
      <Group align="flex-end" justify="space-between" gap="md">
        <SegmentedControl
          aria-label={t('profile.skills.view')}
          value={view}
          onChange={(value) => setView(value as View)}
          data={[
            { value: 'rated', label: t('profile.skills.viewRated', { count: profile.skills.length }) },
            { value: 'needed', label: t('profile.skills.viewNeeded', { count: needed.length }) },
          ]}
        />
        <Stack gap={0} miw={280} style={{ flex: '0 1 360px' }}>
          <SkillSearch skills={catalog.skills} excludeIds={ratedIds} onPick={addSkill} />
        </Stack>
      </Group>
      {rows.length > 0 ? (
        list
      ) : (
        <Paper withBorder p="lg" radius="md">
          <Stack gap="sm" align="flex-start">
            <Text>
              {view === 'rated' ? t('profile.skills.emptyRated') : t('profile.skills.emptyNeeded')}
            </Text>
            {view === 'rated' && unratedNeeded.length > 0 && (
              <Button
                onClick={() => {
                  apply((current) => withSkillsAdded(current, unratedNeeded, today));
                  setFocusRequest({ skillId: unratedNeeded[0] });
                }}
              >
                {t('profile.skills.addNeeded', { count: unratedNeeded.length })}
              </Button>
            )}
          </Stack>
        </Paper>
      )}
    </Section>
  );
}
