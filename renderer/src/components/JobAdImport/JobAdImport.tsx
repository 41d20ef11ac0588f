import { Alert, Button, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useRef, useState } from 'react';
import { MAX_JOB_AD_LENGTH, ROLE_FAMILIES, RoleSchema, localized, type JobAdInput, type Role, type RoleFamily } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { newEntryId } from '../CatalogEntryForm/entryIds';
import { validateEntry, type FieldProblem, type FieldProblems } from '../CatalogEntryForm/fieldProblems';
import { todayIso } from '../../data/today';
import { useCatalogWrites } from '../CatalogEntryForm/useCatalogWrites';
import { useSkillsById } from '../FitFormat/fitFormat';
import { ModalDialog } from '../ModalDialog/ModalDialog';
import { SkillSearch } from '../SkillSearch/SkillSearch';
import { addedRow, draftToRole, rowsFromEvidence, titleFromAd, type DraftRow } from './draftRole';
import { defaultJobAdRunner, type JobAdRunner } from './jobAdRunner';
import { ReviewTable } from './ReviewTable';

interface JobAdImportProps {
  opened: boolean;
  onClose: () => void;
  /** Called once the role is saved in the person's catalog. */
  onSaved: (role: Role) => void;
  /** Reads the ad; by default in a Web Worker (tests pass inProcessRunner(), jsdom has no Worker). */
  runner?: JobAdRunner;
}

/** Placeholder id for the proposal; the saved role gets "my-<slug of the title>". */
const DRAFT_ID = 'my-job-ad';

/**
 * Pastes a job posting, proposes a role from the skills it names (on this computer, in a worker
 * so the window stays responsive: nothing leaves the computer), lets the person correct it, and
 * saves it as their own role.
 */
export function JobAdImport({ opened, onClose, onSaved, runner }: JobAdImportProps) {
  const { t } = useI18n();
  return (
    // Wider than Mantine's xl (780 px): each proposed skill shows the sentence it was read from,
    // which needs a readable column beside the level and importance pickers.
    <ModalDialog opened={opened} onClose={onClose} title={t('jobAd.title')} size="min(72rem, 94vw)">
      <JobAdForm onSaved={onSaved} injectedRunner={runner} />
    </ModalDialog>
  );
}

/** The runner given, or a default one made once and stopped when the form goes. */
function useJobAdRunner(injected: JobAdRunner | undefined): JobAdRunner {
  const [runner] = useState(() => injected ?? defaultJobAdRunner());
  useEffect(() => (injected ? undefined : () => runner.dispose()), [injected, runner]);
  return runner;
}

function JobAdForm({ onSaved, injectedRunner }: { onSaved: (role: Role) => void; injectedRunner?: JobAdRunner }) {
  const i18n = useI18n();
  const { t, locale, formatNumber } = i18n;
  const runner = useJobAdRunner(injectedRunner);
  const { catalog, status } = useAppData();
  const { save } = useCatalogWrites();
  const skillsById = useSkillsById();

  const [step, setStep] = useState<'paste' | 'review'>('paste');
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [family, setFamily] = useState<RoleFamily>('adjacent');
  const [rows, setRows] = useState<DraftRow[]>([]);
  const [textError, setTextError] = useState<string | null>(null);
  const [nothingFound, setNothingFound] = useState(false);
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const [readInput, setReadInput] = useState<JobAdInput | null>(null);
  // Only the answer to the latest click counts.
  const latestRead = useRef(0);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [saving, setSaving] = useState(false);

  const rowIds = useMemo(() => new Set(rows.map((row) => row.skillId)), [rows]);
  const familyOptions = ROLE_FAMILIES.map((value) => ({ value, label: t(`family.${value}`) }));

  const findSkills = async () => {
    if (text.trim() === '') {
      setTextError(t('jobAd.textRequired'));
      return;
    }
    setTextError(null);
    setReadError(null);
    setReading(true);
    latestRead.current += 1;
    const ticket = latestRead.current;
    try {
      const proposal = await runner.propose(text, catalog, { id: DRAFT_ID, title: title.trim(), today: todayIso() });
      if (ticket !== latestRead.current) return;
      // An ad naming no skill of the matrix gives a role with no requirements, which is not a role.
      setNothingFound(proposal.mentions.length === 0);
      if (proposal.mentions.length === 0) return;
      setRows(rowsFromEvidence(proposal.evidence));
      setReadInput(proposal.input);
      if (title.trim() === '') setTitle(titleFromAd(text));
      setProblems({});
      setStep('review');
    } catch (error) {
      if (ticket === latestRead.current) setReadError(error instanceof Error ? error.message : String(error));
    } finally {
      if (ticket === latestRead.current) setReading(false);
    }
  };

  const submit = async () => {
    const trimmed = title.trim();
    const own: FieldProblem[] = [];
    if (trimmed === '') own.push({ path: 'title', key: 'catalogEditor.error.required' });
    if (!rows.some((row) => row.included)) own.push({ path: 'requirements', key: 'catalogEditor.error.atLeastOne' });
    const id = newEntryId(trimmed, catalog.roles.map((role) => role.id), 'role');
    const checked = validateEntry(RoleSchema, draftToRole({ id, title: trimmed, family, rows, today: todayIso() }), own);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    setSaving(true);
    const saved = await save({ kind: 'role', value: checked.value });
    setSaving(false);
    if (!saved) return;
    notifications.show({
      title: t('jobAd.saved.title'),
      message: t('jobAd.saved.body', { title: localized(checked.value.title, locale) }),
    });
    onSaved(checked.value);
  };

  if (step === 'paste') {
    return (
      <Stack gap="md">
        <Text size="sm">{t('jobAd.intro')}</Text>
        <Textarea
          label={t('jobAd.text')}
          placeholder={t('jobAd.textPlaceholder')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={textError}
          rows={10}
          resize="vertical"
          data-autofocus
        />
        {text.length > MAX_JOB_AD_LENGTH && (
          <Alert color="yellow" title={t('jobAd.tooLong.title')} data-testid="job-ad-too-long">
            {t('jobAd.tooLong.body', { length: formatNumber(text.length), max: formatNumber(MAX_JOB_AD_LENGTH) })}
          </Alert>
        )}
        <TextInput
          label={t('jobAd.roleTitle')}
          description={t('jobAd.roleTitleHint')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        {nothingFound && (
          <Alert color="orange" title={t('jobAd.noSkills.title')} role="alert">
            {t('jobAd.noSkills.body')}
          </Alert>
        )}
        {readError !== null && (
          <Alert color="red" role="alert">
            {t('jobAd.readFailed', { message: readError })}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          {reading && (
            <Text size="sm" c="dimmed" role="status">
              {t('jobAd.reading')}
            </Text>
          )}
          <Button onClick={() => void findSkills()} loading={reading}>
            {t('jobAd.find')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const otherProblems = Object.values(problems).filter((problem) => problem.path !== 'title' && problem.path !== 'requirements');
  return (
    <Stack gap="md">
      <Group grow align="flex-start">
        <TextInput
          label={t('jobAd.roleTitle')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={problems.title ? t(problems.title.key, problems.title.params) : undefined}
          required
        />
        <Select
          label={t('jobAd.family')}
          data={familyOptions}
          value={family}
          allowDeselect={false}
          onChange={(value) => value && setFamily(value as RoleFamily)}
        />
      </Group>
      <Text size="sm">{t('jobAd.review.intro', { count: rows.length })}</Text>
      {readInput?.truncated && (
        <Alert color="yellow" data-testid="job-ad-truncated">
          {t('jobAd.truncated', { read: formatNumber(readInput.readLength), total: formatNumber(readInput.totalLength) })}
        </Alert>
      )}
      {rows.length > 0 ? (
        <ReviewTable
          rows={rows}
          adText={text}
          skillsById={skillsById}
          onChange={(index, row) => setRows((current) => current.map((item, at) => (at === index ? row : item)))}
          onRemove={(index) => setRows((current) => current.filter((_, at) => at !== index))}
        />
      ) : (
        <Alert color={problems.requirements ? 'red' : 'gray'} role={problems.requirements ? 'alert' : undefined}>
          {t('jobAd.noRows')}
        </Alert>
      )}
      <SkillSearch
        skills={catalog.skills}
        excludeIds={rowIds}
        label={t('jobAd.addSkill')}
        onPick={(skillId) => setRows((current) => [...current, addedRow(skillId)])}
      />
      {otherProblems.length > 0 && (
        <Alert color="red" role="alert" title={t('jobAd.fixErrors')}>
          {otherProblems.map((problem) => (
            <Text key={problem.path} size="sm">
              {problem.path}: {t(problem.key, problem.params)}
            </Text>
          ))}
        </Alert>
      )}
      {status.readOnly && <Alert color="gray">{t('jobAd.readOnly')}</Alert>}
      <Group justify="space-between">
        <Button variant="default" onClick={() => setStep('paste')}>
          {t('jobAd.back')}
        </Button>
        <Button onClick={() => void submit()} loading={saving} disabled={status.readOnly}>
          {t('jobAd.save')}
        </Button>
      </Group>
    </Stack>
  );
}
