import { Button, Group, MultiSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { localized, MAX_SHORT_TEXT, type Plan } from '../../../../core';
import { addCustomItem } from '../../../../core/planning/edit';
import { ModalDialog } from '../../components/ModalDialog/ModalDialog';
import { useAppData } from '../../data/AppDataProvider';
import { todayIso } from '../../data/today';
import { usePlanActions } from '../../data/usePlans';
import { useI18n } from '../../i18n';

interface AddCustomItemProps {
  plan: Plan;
  opened: boolean;
  onClose: () => void;
}

/** "Add your own item": a book, a project, a course outside the matrix, placed after the others. */
export function AddCustomItem({ plan, opened, onClose }: AddCustomItemProps) {
  const { catalog, data } = useAppData();
  const { t, locale } = useI18n();
  const { replaceWithUndo, reportProblem } = usePlanActions();
  const [title, setTitle] = useState('');
  const [hours, setHours] = useState<number | ''>('');
  const [skillIds, setSkillIds] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const titleProblem = title.trim() === '' ? t('plan.custom.needTitle') : undefined;
  const hoursProblem = hours === '' || hours <= 0 || hours > 5000 ? t('plan.custom.needHours') : undefined;

  const close = () => {
    setTitle('');
    setHours('');
    setSkillIds([]);
    setTried(false);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (titleProblem || hoursProblem || hours === '') return;
    const added = addCustomItem(plan, { title, hours, skillIds }, data.progress, plan.inputs, todayIso());
    if (!added.ok) {
      reportProblem(added.error);
      return;
    }
    const name = title.trim();
    close();
    await replaceWithUndo(plan, added.value, { title: t('plan.custom.added'), message: t('plan.custom.addedBody', { title: name }) });
  };

  const skills = catalog.skills
    .map((skill) => ({ value: skill.id, label: localized(skill.name, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));

  return (
    <ModalDialog opened={opened} onClose={close} title={t('plan.custom.title')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('plan.custom.intro')}</Text>
          <TextInput
            label={t('plan.custom.name')}
            value={title}
            maxLength={MAX_SHORT_TEXT}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={tried && titleProblem}
            required
            data-autofocus
          />
          <NumberInput
            label={t('plan.custom.hours')}
            value={hours}
            onChange={(value) => setHours(typeof value === 'number' ? value : '')}
            min={0}
            max={5000}
            decimalScale={1}
            clampBehavior="none"
            suffix=" h"
            error={tried && hoursProblem}
            required
          />
          <MultiSelect
            label={t('plan.custom.skills')}
            description={t('plan.custom.skillsHint')}
            data={skills}
            value={skillIds}
            onChange={setSkillIds}
            searchable
            comboboxProps={{ withinPortal: false }}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('action.cancel')}
            </Button>
            <Button type="submit">{t('plan.custom.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </ModalDialog>
  );
}
