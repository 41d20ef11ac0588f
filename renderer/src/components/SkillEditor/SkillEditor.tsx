import { Alert, MultiSelect, Select, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import {
  findPrerequisiteCycle,
  localized,
  SKILL_CATEGORIES,
  SkillSchema,
  type Skill,
  type SkillCategory,
} from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { EditorModal, isPathWithin } from '../CatalogEntryForm/EditorModal';
import { newEntryId } from '../CatalogEntryForm/entryIds';
import type { FieldProblem } from '../CatalogEntryForm/fieldProblems';
import { editLocalized } from '../CatalogEntryForm/localizedEdit';
import type { EditorMode } from '../CatalogEntryForm/markers';
import { useEntrySubmit } from '../CatalogEntryForm/useEntrySubmit';

interface SkillEditorProps {
  mode: EditorMode;
  /** The skill to edit or to copy; absent when adding a new one. */
  skill?: Skill;
  onClose: () => void;
  onSaved: (skill: Skill) => void;
}

const INLINE_FIELDS = ['name', 'category', 'description', 'prerequisites', 'aliases'];

/** Adds a skill of the person's own, edits one, or makes an editable copy of a built-in skill. */
export function SkillEditor({ mode, skill, onClose, onSaved }: SkillEditorProps) {
  const { catalog } = useAppData();
  const { t, locale } = useI18n();
  const { modal, problemText, submit: submitEntry } = useEntrySubmit('skill', SkillSchema);

  const [name, setName] = useState(skill ? localized(skill.name, locale) : '');
  const [category, setCategory] = useState<SkillCategory | null>(skill?.category ?? null);
  const [description, setDescription] = useState(skill ? localized(skill.description, locale) : '');
  const [prerequisites, setPrerequisites] = useState<string[]>(skill?.prerequisites ?? []);
  const [aliases, setAliases] = useState<string[]>(skill?.aliases ?? []);

  const prerequisiteOptions = useMemo(
    () =>
      catalog.skills
        .filter((other) => other.id !== skill?.id)
        .map((other) => ({ value: other.id, label: localized(other.name, locale) }))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
    [catalog.skills, skill?.id, locale],
  );

  const ownChecks = (candidate: Skill): FieldProblem[] => {
    const found: FieldProblem[] = [];
    if (name.trim() === '') found.push({ path: 'name', key: 'catalogEditor.error.required' });
    // A prerequisite loop would make the skill impossible to plan.
    const others = catalog.skills.filter((other) => other.id !== candidate.id);
    const cycle = findPrerequisiteCycle([...others, candidate]);
    if (cycle?.includes(candidate.id)) {
      // Told from the skill being edited: "this → that → this".
      const loop = cycle.slice(0, -1);
      const start = loop.indexOf(candidate.id);
      const fromHere = [...loop.slice(start), ...loop.slice(0, start), candidate.id];
      const names = fromHere.map((id) => {
        const named = id === candidate.id ? candidate : catalog.skills.find((other) => other.id === id);
        return named ? localized(named.name, locale) : id;
      });
      found.push({ path: 'prerequisites', key: 'catalogEditor.error.cycle', params: { cycle: names.join(' → ') } });
    }
    return found;
  };

  const submit = async () => {
    const candidate = {
      ...skill,
      id: skill?.id ?? newEntryId(name, catalog.skills.map((existing) => existing.id), 'skill'),
      name: editLocalized(skill?.name, locale, name.trim()),
      category: category ?? undefined,
      description: editLocalized(skill?.description, locale, description.trim()),
      prerequisites,
      aliases,
      custom: true,
    } as Skill;
    await submitEntry(candidate, ownChecks(candidate), () => name.trim(), onSaved);
  };

  const heading =
    mode === 'create'
      ? t('catalogEditor.skill.addTitle')
      : mode === 'edit'
        ? t('catalogEditor.skill.editTitle')
        : t('catalogEditor.skill.customiseTitle');

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
          {t('catalogEditor.customise.skillNote')}
        </Alert>
      )}
      <TextInput
        label={t('catalogEditor.skill.name')}
        withAsterisk
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        error={problemText('name')}
        data-autofocus
      />
      <Select
        label={t('catalogEditor.skill.category')}
        withAsterisk
        placeholder={t('catalogEditor.choosePlaceholder')}
        data={SKILL_CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) }))}
        value={category}
        onChange={(value) => setCategory(value as SkillCategory | null)}
        error={problemText('category')}
      />
      <Textarea
        label={t('catalogEditor.skill.description')}
        rows={3}
        resize="vertical"
        value={description}
        onChange={(event) => setDescription(event.currentTarget.value)}
        error={problemText('description')}
      />
      <MultiSelect
        label={t('catalogEditor.skill.prerequisites')}
        description={t('catalogEditor.skill.prerequisitesHelp')}
        data={prerequisiteOptions}
        value={prerequisites}
        onChange={setPrerequisites}
        searchable
        nothingFoundMessage={t('catalogEditor.rows.noSkill')}
        error={problemText('prerequisites', true)}
      />
      <TagsInput
        label={t('catalogEditor.skill.aliases')}
        description={t('catalogEditor.skill.aliasesHelp')}
        value={aliases}
        onChange={setAliases}
        error={problemText('aliases', true)}
      />
    </EditorModal>
  );
}
