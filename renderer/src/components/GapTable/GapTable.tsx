import { Anchor, Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { Level, RequirementGap, Skill } from '../../../../core';
import { useI18n } from '../../i18n';
import { Explained } from '../Explained/Explained';
import { levelName, skillName } from '../FitFormat/fitFormat';
import { LevelControl } from '../LevelControl/LevelControl';
import classes from './GapTable.module.css';
import { isStale, orderedRows } from './rowOrder';

export interface GapTableProps {
  /** Every requirement of the role, as analyzeFit orders them (largest gap first). */
  requirements: readonly RequirementGap[];
  skillsById: ReadonlyMap<string, Skill>;
  /** With it, each row gets a level control; without it the table is read-only. */
  onLevelChange?: (skillId: string, level: Level) => void;
  disabled?: boolean;
  /** Rows shown before "Show all"; long roles list 30-40 skills. */
  collapsedRows?: number;
}

/** A stand-in for a requirement whose skill left the matrix, so its row can still be edited. */
function placeholderSkill(skillId: string): Skill {
  return { id: skillId, name: { en: skillId, fr: skillId }, category: 'tools', description: { en: '', fr: '' }, prerequisites: [], aliases: [] };
}

interface LevelCellProps {
  skill: Skill;
  value: Level;
  onLevelChange: (skillId: string, level: Level) => void;
  disabled?: boolean;
}

// Memoised apart from the row: a level change moves every row's share, but only one control changes.
const LevelCell = memo(function LevelCell({ skill, value, onLevelChange, disabled }: LevelCellProps) {
  return <LevelControl skill={skill} value={value} onChange={(level) => onLevelChange(skill.id, level)} disabled={disabled} />;
});

interface SkillCellProps {
  skillId: string;
  plus: boolean;
  importance: number;
  skillsById: ReadonlyMap<string, Skill>;
}

// Memoised apart from the row too: its name, "plus" badge and tooltip stay the same on a level change.
const SkillCell = memo(function SkillCell({ skillId, plus, importance, skillsById }: SkillCellProps) {
  const { t, locale } = useI18n();
  return (
    <Table.Th scope="row" className={classes.skillCell} fw={600}>
      {skillName(skillsById, skillId, locale)}
      {plus && (
        <>
          {' '}
          <Tooltip label={t('gapTable.plusHelp')} multiline w={280} withArrow events={{ hover: true, focus: true, touch: true }}>
            <Badge size="xs" variant="outline" color="gray" tt="none" tabIndex={0} data-testid="plus-badge">
              {t('gapTable.plus')}
            </Badge>
          </Tooltip>
        </>
      )}
      <Text size="sm" fw={400}>
        {t('importance.value', { value: importance })}
      </Text>
    </Table.Th>
  );
});

interface GapRowProps {
  skillId: string;
  plus: boolean;
  importance: number;
  need: number;
  have: Level;
  /** The row's share of what is missing as written on screen; null once the need is met. */
  shareText: string | null;
  assumed: boolean;
  skillsById: ReadonlyMap<string, Skill>;
  onLevelChange?: (skillId: string, level: Level) => void;
  disabled?: boolean;
}

// Memoised on what it writes: a level change moves every share, but most rows still read the same
// rounded percentage, and those are not redrawn.
const GapRow = memo(function GapRow(props: GapRowProps) {
  const { skillId, plus, importance, need, have, shareText, assumed, skillsById, onLevelChange, disabled } = props;
  const { t, locale } = useI18n();
  const skill = skillsById.get(skillId) ?? placeholderSkill(skillId);
  return (
    <Table.Tr data-skill-id={skillId}>
      <SkillCell skillId={skillId} plus={plus} importance={importance} skillsById={skillsById} />
      <Table.Td className={classes.nowrap}>{levelName(need, t)}</Table.Td>
      <Table.Td>
        {shareText === null ? (
          <Text span className={classes.met}>
            <span aria-hidden="true">✓ </span>
            {t('gapTable.met')}
          </Text>
        ) : (
          shareText
        )}
      </Table.Td>
      <Table.Td className={onLevelChange ? classes.levelCell : classes.nowrap}>
        {onLevelChange ? <LevelCell skill={skill} value={have} onLevelChange={onLevelChange} disabled={disabled} /> : levelName(have, t)}
        {assumed && (
          <Group gap="xs" mt={4} wrap="wrap" data-testid="assumed-note">
            <Explained help={t('gapTable.assumedHelp')}>
              <Text span size="xs" fs="italic">
                {onLevelChange ? t('gapTable.assumed') : <Anchor href="#/profile" inherit>{t('gapTable.assumed')}</Anchor>}
              </Text>
            </Explained>
            {onLevelChange && (
              <Button
                size="compact-xs"
                variant="light"
                disabled={disabled}
                onClick={() => onLevelChange(skillId, have)}
                aria-label={t('gapTable.confirmFor', { level: levelName(have, t), skill: skillName(skillsById, skillId, locale) })}
              >
                {t('gapTable.confirm', { level: levelName(have, t) })}
              </Button>
            )}
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
});

/**
 * The role's requirements, largest gap first, with each skill's share of what is missing and,
 * when editable, a level control right in the row. Once the person edits, rows keep their place
 * (a row jumping away under the pointer is disorienting) until they ask to sort again.
 */
export const GapTable = memo(function GapTable({ requirements, skillsById, onLevelChange, disabled, collapsedRows = 10 }: GapTableProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [frozen, setFrozen] = useState<string[] | null>(null);
  const [expanded, setExpanded] = useState(false);

  const rows = orderedRows(requirements, frozen);
  const shown = expanded ? rows : rows.slice(0, collapsedRows);
  const stale = frozen !== null && isStale(requirements, rows);

  // The order on screen when the first edit lands is the one kept.
  const rowsOnScreen = useRef(rows);
  useEffect(() => {
    rowsOnScreen.current = rows;
  });
  const handleLevelChange = useCallback(
    (skillId: string, level: Level) => {
      setFrozen((current) => current ?? rowsOnScreen.current.map((item) => item.skillId));
      onLevelChange?.(skillId, level);
    },
    [onLevelChange],
  );

  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={onLevelChange ? 760 : 520} type="native">
        <Table verticalSpacing="sm" className={classes.table} data-testid="gap-table">
          <caption className={classes.caption}>{t('gapTable.caption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('gapTable.skill')}</Table.Th>
              <Table.Th scope="col" className={classes.nowrap}>
                {t('gapTable.need')}
              </Table.Th>
              <Table.Th scope="col" className={classes.nowrap}>
                <Explained help={t('gapTable.shareHelp')}>{t('gapTable.share')}</Explained>
              </Table.Th>
              <Table.Th scope="col">{t('gapTable.yourLevel')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((item) => (
              <GapRow
                key={item.skillId}
                skillId={item.skillId}
                plus={item.tier === 'plus'}
                importance={item.importance}
                need={item.need}
                have={item.have as Level}
                shareText={item.covered ? null : i18n.formatPercent(item.share)}
                assumed={item.assumed}
                skillsById={skillsById}
                onLevelChange={onLevelChange ? handleLevelChange : undefined}
                disabled={disabled}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group gap="sm">
        {rows.length > collapsedRows && (
          <Button variant="subtle" onClick={() => setExpanded((value) => !value)} aria-expanded={expanded}>
            {expanded ? t('gapTable.showFewer') : t('gapTable.showAll', { count: rows.length })}
          </Button>
        )}
        {stale && (
          <>
            <Text size="sm">{t('gapTable.orderKept')}</Text>
            <Button variant="default" size="xs" onClick={() => setFrozen(null)}>
              {t('gapTable.resort')}
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
});
