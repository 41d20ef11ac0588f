import { Button, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { ConfirmDelete } from '../../components/ConfirmDelete/ConfirmDelete';
import { useAppData } from '../../data/AppDataProvider';
import { usePlanActions } from '../../data/usePlans';
import { useI18n } from '../../i18n';
import { navigate } from '../../routing';
import classes from './Plan.module.css';

/** The saved plans: pick one to read, make it the one followed, delete it, or start a new one. */
export function PlanPicker({ shownId }: { shownId: string | null }) {
  const { data, status } = useAppData();
  const { t } = useI18n();
  const { setActivePlan, removePlan } = usePlanActions();
  const [deleting, setDeleting] = useState(false);
  const shown = data.plans.find((plan) => plan.id === shownId);
  const options = [...data.plans]
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
    .map((plan) => ({
      value: plan.id,
      label: plan.id === data.activePlanId ? t('plan.picker.active', { name: plan.name }) : plan.name,
    }));

  return (
    <Group gap="sm" className={classes.picker}>
      <Select
        className={classes.pickerSelect}
        label={t('plan.picker.label')}
        placeholder={t('plan.picker.placeholder')}
        data={options}
        value={shownId}
        onChange={(id) => id && navigate(`/plan/${id}`)}
        allowDeselect={false}
      />
      {!status.readOnly && shown && shown.id !== data.activePlanId && (
        <Button variant="light" onClick={() => void setActivePlan(shown.id)}>
          {t('plan.picker.makeActive')}
        </Button>
      )}
      {!status.readOnly && shown && (
        <Button variant="subtle" color="red" onClick={() => setDeleting(true)}>
          {t('plan.picker.delete')}
        </Button>
      )}
      {!status.readOnly && (
        <Button variant="default" onClick={() => navigate('/plan/new')}>
          {t('plan.picker.new')}
        </Button>
      )}
      <ConfirmDelete
        opened={deleting}
        title={t('plan.picker.deleteTitle')}
        onCancel={() => setDeleting(false)}
        onConfirm={() => {
          setDeleting(false);
          if (shown) {
            navigate('/plan');
            void removePlan(shown);
          }
        }}
      >
        {shown ? t('plan.picker.deleteBody', { name: shown.name }) : ''}
      </ConfirmDelete>
    </Group>
  );
}
