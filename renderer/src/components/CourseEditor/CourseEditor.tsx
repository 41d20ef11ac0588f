import { Alert, Checkbox, Group, MultiSelect, NumberInput, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { COURSE_COSTS, CourseSchema, type Course, type CourseCost, type SkillLevel } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { COURSE_LANGUAGES } from '../CatalogEntryForm/courseLanguages';
import { EditorModal, isPathWithin } from '../CatalogEntryForm/EditorModal';
import { newEntryId } from '../CatalogEntryForm/entryIds';
import type { FieldProblem } from '../CatalogEntryForm/fieldProblems';
import type { EditorMode } from '../CatalogEntryForm/markers';
import { nextRowKey, SkillRows, type SkillRow } from '../CatalogEntryForm/SkillRows';
import { useEntrySubmit } from '../CatalogEntryForm/useEntrySubmit';

interface CourseEditorProps {
  mode: EditorMode;
  /** The course to edit or to copy; absent when adding a new one. */
  course?: Course;
  onClose: () => void;
  onSaved: (course: Course) => void;
}

const INLINE_FIELDS = ['title', 'provider', 'url', 'hours', 'hoursStated', 'cost', 'languages', 'teaches', 'expects'];

const toRows = (levels: readonly SkillLevel[]): SkillRow[] => levels.map((entry) => ({ key: nextRowKey(), ...entry }));
const fromRows = (rows: readonly SkillRow[]) => rows.map(({ skillId, level }) => ({ skillId: skillId ?? '', level }));

/** Adds a course of the person's own, edits one, or makes an editable copy of a built-in course. */
export function CourseEditor({ mode, course, onClose, onSaved }: CourseEditorProps) {
  const { catalog } = useAppData();
  const { t } = useI18n();
  const { modal, problemText, submit: submitEntry } = useEntrySubmit('course', CourseSchema);

  const [title, setTitle] = useState(course?.title ?? '');
  const [provider, setProvider] = useState(course?.provider ?? '');
  const [url, setUrl] = useState(course?.url ?? '');
  const [hours, setHours] = useState<number | string>(course?.hours ?? '');
  const [hoursStated, setHoursStated] = useState(course?.hoursStated ?? false);
  const [cost, setCost] = useState<CourseCost | null>(course?.cost ?? null);
  const [languages, setLanguages] = useState<string[]>(course?.languages ?? []);
  const [teaches, setTeaches] = useState<SkillRow[]>(() =>
    course ? toRows(course.teaches) : [{ key: nextRowKey(), skillId: null, level: 2 }],
  );
  const [expects, setExpects] = useState<SkillRow[]>(() => (course ? toRows(course.expects) : []));

  const ownChecks = (): FieldProblem[] => {
    const found: FieldProblem[] = [];
    const missingSkill = (path: string) => (row: SkillRow, index: number) => {
      if (!row.skillId) found.push({ path: `${path}.${index}.skillId`, key: 'catalogEditor.error.chooseSkill' });
    };
    teaches.forEach(missingSkill('teaches'));
    expects.forEach(missingSkill('expects'));
    return found;
  };

  const submit = async () => {
    const candidate = {
      ...course,
      id: course?.id ?? newEntryId(title, catalog.courses.map((existing) => existing.id), 'course'),
      title: title.trim(),
      provider: provider.trim(),
      url: url.trim(),
      hours: typeof hours === 'number' ? hours : undefined,
      hoursStated,
      cost: cost ?? undefined,
      languages,
      teaches: fromRows(teaches),
      expects: fromRows(expects),
      custom: true,
    };
    await submitEntry(candidate, ownChecks(), (saved) => saved.title, onSaved);
  };

  const heading =
    mode === 'create'
      ? t('catalogEditor.course.addTitle')
      : mode === 'edit'
        ? t('catalogEditor.course.editTitle')
        : t('catalogEditor.course.customiseTitle');

  return (
    <EditorModal
      title={heading}
      onClose={onClose}
      onSubmit={() => void submit()}
      {...modal}
      isShownInline={(path) => isPathWithin(path, INLINE_FIELDS)}
    >
      {mode === 'customise' && (
        <Alert color="blue" title={t('catalogEditor.customise.noteTitle')}>
          {t('catalogEditor.customise.courseNote')}
        </Alert>
      )}
      <TextInput
        label={t('catalogEditor.course.title')}
        withAsterisk
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={problemText('title')}
        data-autofocus
      />
      <TextInput
        label={t('catalogEditor.course.provider')}
        withAsterisk
        value={provider}
        onChange={(event) => setProvider(event.currentTarget.value)}
        error={problemText('provider')}
      />
      <TextInput
        label={t('catalogEditor.course.url')}
        description={t('catalogEditor.course.urlHelp')}
        withAsterisk
        type="url"
        placeholder="https://"
        value={url}
        onChange={(event) => setUrl(event.currentTarget.value)}
        error={problemText('url')}
      />
      <Group align="flex-start" grow>
        <NumberInput
          label={t('catalogEditor.course.hours')}
          withAsterisk
          min={0}
          max={2000}
          decimalScale={1}
          value={hours}
          onChange={setHours}
          error={problemText('hours')}
        />
        <Select
          label={t('catalogEditor.course.cost')}
          withAsterisk
          placeholder={t('catalogEditor.choosePlaceholder')}
          data={COURSE_COSTS.map((value) => ({ value, label: t(`cost.${value}`) }))}
          value={cost}
          onChange={(value) => setCost(value as CourseCost | null)}
          error={problemText('cost')}
        />
      </Group>
      <Checkbox
        label={t('catalogEditor.course.hoursStated')}
        checked={hoursStated}
        onChange={(event) => setHoursStated(event.currentTarget.checked)}
      />
      <MultiSelect
        label={t('catalogEditor.course.languages')}
        withAsterisk
        data={COURSE_LANGUAGES.map((value) => ({ value, label: t(`matrix.language.${value}`) }))}
        value={languages}
        onChange={setLanguages}
        error={problemText('languages', true)}
      />
      <SkillRows
        legend={t('catalogEditor.course.teaches')}
        path="teaches"
        rows={teaches}
        onChange={setTeaches}
        skills={catalog.skills}
        levelLabel={t('catalogEditor.rows.levelTaught')}
        addLabel={t('catalogEditor.rows.addTaught')}
        translateProblem={(path) => problemText(path)}
      />
      <SkillRows
        legend={t('catalogEditor.course.expects')}
        description={t('catalogEditor.course.expectsHelp')}
        path="expects"
        rows={expects}
        onChange={setExpects}
        skills={catalog.skills}
        levelLabel={t('catalogEditor.rows.levelExpected')}
        addLabel={t('catalogEditor.rows.addExpected')}
        translateProblem={(path) => problemText(path)}
      />
    </EditorModal>
  );
}
