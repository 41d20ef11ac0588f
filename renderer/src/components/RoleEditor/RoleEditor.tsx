import { Alert, MultiSelect, Select, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  BACKGROUNDS,
  localized,
  ROLE_FAMILIES,
  RoleSchema,
  type Background,
  type Role,
  type RoleFamily,
} from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { EditorModal, isPathWithin } from '../CatalogEntryForm/EditorModal';
import { newEntryId } from '../CatalogEntryForm/entryIds';
import type { FieldProblem } from '../CatalogEntryForm/fieldProblems';
import { editLocalized } from '../CatalogEntryForm/localizedEdit';
import { sourcesAfterEdit, type EditorMode } from '../CatalogEntryForm/markers';
import { nextRowKey, SkillRows, type SkillRow } from '../CatalogEntryForm/SkillRows';
import { todayIso } from '../../data/today';
import { useEntrySubmit } from '../CatalogEntryForm/useEntrySubmit';

interface RoleEditorProps {
  mode: EditorMode;
  /** The role to edit or to copy; absent when adding a new one. */
  role?: Role;
  onClose: () => void;
  onSaved: (role: Role) => void;
}

const INLINE_FIELDS = ['title', 'family', 'summary', 'requirements', 'backgrounds', 'hubs'];

/** Adds a role of the person's own, edits one, or makes an editable copy of a built-in role. */
export function RoleEditor({ mode, role, onClose, onSaved }: RoleEditorProps) {
  const { catalog } = useAppData();
  const { t, locale } = useI18n();
  const { modal, problemText, submit: submitEntry } = useEntrySubmit('role', RoleSchema);

  const [title, setTitle] = useState(role ? localized(role.title, locale) : '');
  const [family, setFamily] = useState<RoleFamily | null>(role?.family ?? null);
  const [summary, setSummary] = useState(role ? localized(role.summary, locale) : '');
  const [rows, setRows] = useState<SkillRow[]>(() =>
    role
      ? role.requirements.map((requirement) => ({ key: nextRowKey(), ...requirement }))
      : [{ key: nextRowKey(), skillId: null, level: 2, importance: 3 }],
  );
  const [backgrounds, setBackgrounds] = useState<Background[]>(role?.backgrounds ?? []);
  const [hubs, setHubs] = useState<string[]>(role?.hubs ?? []);

  const ownChecks = (): FieldProblem[] => {
    const found: FieldProblem[] = [];
    if (title.trim() === '') found.push({ path: 'title', key: 'catalogEditor.error.required' });
    rows.forEach((row, index) => {
      if (!row.skillId) found.push({ path: `requirements.${index}.skillId`, key: 'catalogEditor.error.chooseSkill' });
    });
    return found;
  };

  const submit = async () => {
    const candidate = {
      ...role,
      id: role?.id ?? newEntryId(title, catalog.roles.map((existing) => existing.id), 'role'),
      title: editLocalized(role?.title, locale, title.trim()),
      family: family ?? undefined,
      summary: editLocalized(role?.summary, locale, summary.trim()),
      requirements: rows.map(({ skillId, level, importance, basis }) => ({
        skillId: skillId ?? '',
        level,
        importance: importance ?? 3,
        ...(basis ? { basis } : {}),
      })),
      backgrounds,
      hubs,
      onetCodes: role?.onetCodes ?? [],
      sources: sourcesAfterEdit(role?.sources, mode),
      reviewed: todayIso(),
      custom: true,
    };
    await submitEntry(candidate, ownChecks(), () => title.trim(), onSaved);
  };

  const heading =
    mode === 'create' ? t('catalogEditor.role.addTitle') : mode === 'edit' ? t('catalogEditor.role.editTitle') : t('catalogEditor.role.customiseTitle');

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
          {t('catalogEditor.customise.roleNote')}
        </Alert>
      )}
      <TextInput
        label={t('catalogEditor.role.title')}
        withAsterisk
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={problemText('title')}
        data-autofocus
      />
      <Select
        label={t('catalogEditor.role.family')}
        withAsterisk
        placeholder={t('catalogEditor.choosePlaceholder')}
        data={ROLE_FAMILIES.map((value) => ({ value, label: t(`family.${value}`) }))}
        value={family}
        onChange={(value) => setFamily(value as RoleFamily | null)}
        error={problemText('family')}
      />
      <Textarea
        label={t('catalogEditor.role.summary')}
        rows={3}
        resize="vertical"
        value={summary}
        onChange={(event) => setSummary(event.currentTarget.value)}
        error={problemText('summary')}
      />
      <SkillRows
        legend={t('catalogEditor.role.requirements')}
        description={t('catalogEditor.role.requirementsHelp')}
        path="requirements"
        rows={rows}
        onChange={setRows}
        skills={catalog.skills}
        levelLabel={t('catalogEditor.rows.levelNeeded')}
        addLabel={t('catalogEditor.rows.addRequirement')}
        withImportance
        translateProblem={(path) => problemText(path)}
      />
      <MultiSelect
        label={t('catalogEditor.role.backgrounds')}
        description={t('catalogEditor.role.backgroundsHelp')}
        data={BACKGROUNDS.map((value) => ({ value, label: t(`background.${value}`) }))}
        value={backgrounds}
        onChange={(value) => setBackgrounds(value as Background[])}
        searchable
        error={problemText('backgrounds', true)}
      />
      <TagsInput
        label={t('catalogEditor.role.hubs')}
        description={t('catalogEditor.tagsHelp')}
        value={hubs}
        onChange={setHubs}
        error={problemText('hubs', true)}
      />
    </EditorModal>
  );
}
