import { Button, Checkbox, Select, Table, Text } from '@mantine/core';
import { IMPORTANCES, type Importance, type PositiveLevel, type Skill } from '../../../../core';
import { useI18n } from '../../i18n';
import { levelName, skillName } from '../FitFormat/fitFormat';
import { phraseInAd, type DraftRow } from './draftRole';
import classes from './JobAdImport.module.css';

interface ReviewTableProps {
  rows: readonly DraftRow[];
  /** The pasted ad, to show each row's phrase where it stands. */
  adText: string;
  skillsById: ReadonlyMap<string, Skill>;
  onChange: (index: number, row: DraftRow) => void;
  onRemove: (index: number) => void;
}

const POSITIVE_LEVELS: PositiveLevel[] = [1, 2, 3, 4];

/** The proposed requirements, each with what in the ad led to it, ready to be corrected. */
export function ReviewTable({ rows, adText, skillsById, onChange, onRemove }: ReviewTableProps) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const levelOptions = POSITIVE_LEVELS.map((level) => ({ value: String(level), label: `${level} · ${levelName(level, t)}` }));
  const importanceOptions = IMPORTANCES.map((value) => ({
    value: String(value),
    label: t('catalogEditor.importanceOption', { value }),
  }));

  const why = (row: DraftRow): string => {
    if (row.reason === 'added') return t('jobAd.added');
    const cue = row.levelCue ?? '';
    const level =
      row.levelReason === 'years'
        ? t('jobAd.levelYears', { cue })
        : row.levelReason === 'seniority'
          ? t('jobAd.levelSeniority', { cue, level: levelName(row.level, t) })
          : row.levelCue
            ? t('jobAd.levelCue', { cue })
            : t('jobAd.levelDefault', { level: levelName(2, t) });
    const parts = [level, t(`jobAd.reason.${row.reason}`), i18n.t('jobAd.mentions', { count: row.count })];
    if (!row.included && row.phrase) parts.push(t('jobAd.weak'));
    return parts.join(' · ');
  };

  const phrase = (row: DraftRow) => {
    if (!row.phrase) return null;
    const { before, match, after } = phraseInAd(adText, row.phrase);
    return (
      <Text className={classes.phrase} aria-label={t('jobAd.phraseFor', { phrase: match })}>
        {before}
        <mark className={classes.mark}>{match}</mark>
        {after}
      </Text>
    );
  };

  return (
    <Table.ScrollContainer minWidth={896}>
      <Table verticalSpacing="xs" className={classes.table} data-testid="job-ad-review">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('jobAd.column.use')}</Table.Th>
            <Table.Th scope="col">{t('jobAd.column.skill')}</Table.Th>
            <Table.Th scope="col">{t('jobAd.column.level')}</Table.Th>
            <Table.Th scope="col">{t('jobAd.column.importance')}</Table.Th>
            <Table.Th scope="col">{t('jobAd.column.why')}</Table.Th>
            <Table.Th scope="col">{t('jobAd.column.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => {
            const name = skillName(skillsById, row.skillId, locale);
            return (
              <Table.Tr key={row.skillId} data-skill-id={row.skillId} data-included={row.included}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('jobAd.useFor', { skill: name })}
                    checked={row.included}
                    onChange={(event) => onChange(index, { ...row, included: event.currentTarget.checked })}
                  />
                </Table.Td>
                <Table.Th scope="row" className={classes.skillCell} fw={600}>
                  {name}
                </Table.Th>
                <Table.Td className={classes.levelCell}>
                  <Select
                    aria-label={t('jobAd.levelFor', { skill: name })}
                    data={levelOptions}
                    value={String(row.level)}
                    allowDeselect={false}
                    onChange={(value) => value && onChange(index, { ...row, level: Number(value) as PositiveLevel })}
                  />
                </Table.Td>
                <Table.Td className={classes.importanceCell}>
                  <Select
                    aria-label={t('jobAd.importanceFor', { skill: name })}
                    data={importanceOptions}
                    value={String(row.importance)}
                    allowDeselect={false}
                    onChange={(value) => value && onChange(index, { ...row, importance: Number(value) as Importance })}
                  />
                </Table.Td>
                <Table.Td className={classes.whyCell}>
                  {phrase(row)}
                  <Text className={classes.why}>{why(row)}</Text>
                </Table.Td>
                <Table.Td>
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    aria-label={t('jobAd.removeFor', { skill: name })}
                    onClick={() => onRemove(index)}
                  >
                    {t('jobAd.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
