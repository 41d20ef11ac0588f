import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { localized } from '../../../../core';
import type { CatalogEntryKind } from '../../../../preload/channels';
import { ConfirmDelete } from '../../components/ConfirmDelete/ConfirmDelete';
import { CourseEditor } from '../../components/CourseEditor/CourseEditor';
import type { EditorMode } from '../../components/CatalogEntryForm/markers';
import { useCatalogWrites, type CatalogEntry } from '../../components/CatalogEntryForm/useCatalogWrites';
import { RoleEditor } from '../../components/RoleEditor/RoleEditor';
import { SkillEditor } from '../../components/SkillEditor/SkillEditor';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { navigate, type Route } from '../../routing';
import { NO_COURSE_FILTER, NO_ROLE_FILTER, NO_SKILL_FILTER } from './catalogSearch';
import { CourseDetail } from './CourseDetail';
import { CourseList } from './CourseList';
import { NotFound } from './DetailParts';
import { RoleDetail } from './RoleDetail';
import { RoleList } from './RoleList';
import { removalText } from './removalText';
import { SkillDetail } from './SkillDetail';
import { SkillList } from './SkillList';
import { useListState } from './paging';
import { useEntryOrigin } from './useEntryOrigin';

const TABS = ['roles', 'skills', 'courses'] as const;
type Tab = (typeof TABS)[number];
const TAB_OF: Record<CatalogEntryKind, Tab> = { role: 'roles', skill: 'skills', course: 'courses' };

type EditorState = { mode: EditorMode; kind: CatalogEntryKind; entry?: CatalogEntry };

function entryName(entry: CatalogEntry, locale: 'en' | 'fr'): string {
  switch (entry.kind) {
    case 'role':
      return localized(entry.value.title, locale);
    case 'skill':
      return localized(entry.value.name, locale);
    case 'course':
      return entry.value.title;
  }
}

/**
 * The role-skill matrix: every role, skill and course the app knows, searchable, with a page for
 * each (#/matrix/roles/<id>), and the person's own additions and copies of built-in entries.
 */
export function MatrixScreen({ route }: { route: Route }) {
  const { catalog, data } = useAppData();
  const { t, locale } = useI18n();
  const originOf = useEntryOrigin();
  const { removeWithUndo } = useCatalogWrites();
  const tab: Tab = (TABS as readonly string[]).includes(route.segments[1] ?? '') ? (route.segments[1] as Tab) : 'roles';
  const detailId = route.segments[2];

  // Searches and pages live here so they survive opening an entry and coming back.
  const roleList = useListState(NO_ROLE_FILTER);
  const skillList = useListState(NO_SKILL_FILTER);
  const courseList = useListState(NO_COURSE_FILTER);
  const [editor, setEditor] = useState<EditorState | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const [removal, setRemoval] = useState<CatalogEntry | null>(null);

  const openEditor = (state: EditorState) => {
    setEditorKey((key) => key + 1);
    setEditor(state);
  };
  const handlersFor = (entry: CatalogEntry) => ({
    onEdit: () => openEditor({ mode: 'edit', kind: entry.kind, entry }),
    onCustomise: () => openEditor({ mode: 'customise', kind: entry.kind, entry }),
    onRemove: () => setRemoval(entry),
  });
  const afterSave = (kind: CatalogEntryKind, id: string) => {
    setEditor(null);
    navigate(`/matrix/${TAB_OF[kind]}/${encodeURIComponent(id)}`);
  };

  const confirmRemoval = async () => {
    if (!removal) return;
    const entry = removal;
    const reset = originOf(entry.kind, entry.value.id) === 'customised';
    const name = entryName(entry, locale);
    setRemoval(null);
    const removed = await removeWithUndo(
      entry,
      reset
        ? { title: t('matrix.reset.doneTitle'), message: t('matrix.reset.doneBody', { name }) }
        : { title: t('deleted.title'), message: t('deleted.body', { name }) },
    );
    // A reset entry is still there (the built-in one); a deleted one is not.
    if (removed && !reset) navigate(`/matrix/${TAB_OF[entry.kind]}`);
  };

  const detail = () => {
    const backHref = `#/matrix/${tab}`;
    const backLabel = t(tab === 'roles' ? 'matrix.backToRoles' : tab === 'skills' ? 'matrix.backToSkills' : 'matrix.backToCourses');
    if (tab === 'roles') {
      const role = catalog.roles.find((candidate) => candidate.id === detailId);
      if (role) return <RoleDetail role={role} origin={originOf('role', role.id)} {...handlersFor({ kind: 'role', value: role })} />;
    } else if (tab === 'skills') {
      const skill = catalog.skills.find((candidate) => candidate.id === detailId);
      if (skill) return <SkillDetail skill={skill} origin={originOf('skill', skill.id)} {...handlersFor({ kind: 'skill', value: skill })} />;
    } else {
      const course = catalog.courses.find((candidate) => candidate.id === detailId);
      if (course) return <CourseDetail course={course} origin={originOf('course', course.id)} {...handlersFor({ kind: 'course', value: course })} />;
    }
    return <NotFound backHref={backHref} backLabel={backLabel} />;
  };

  const list = () => {
    switch (tab) {
      case 'roles':
        return <RoleList state={roleList} onAdd={() => openEditor({ mode: 'create', kind: 'role' })} />;
      case 'skills':
        return <SkillList state={skillList} onAdd={() => openEditor({ mode: 'create', kind: 'skill' })} />;
      case 'courses':
        return <CourseList state={courseList} onAdd={() => openEditor({ mode: 'create', kind: 'course' })} />;
    }
  };

  const removalCopy = removal
    ? removalText(t, removal, entryName(removal, locale), originOf(removal.kind, removal.value.id) === 'customised', catalog, data.profile, data.plans)
    : null;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('matrix.title')}</Title>
        <Text>{t('matrix.intro')}</Text>
      </Stack>
      <Tabs value={tab} onChange={(value) => value && navigate(`/matrix/${value}`)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="roles">{t('matrix.tab.roles')}</Tabs.Tab>
          <Tabs.Tab value="skills">{t('matrix.tab.skills')}</Tabs.Tab>
          <Tabs.Tab value="courses">{t('matrix.tab.courses')}</Tabs.Tab>
        </Tabs.List>
        {TABS.map((value) => (
          <Tabs.Panel key={value} value={value} pt="lg">
            {value === tab && (detailId ? detail() : list())}
          </Tabs.Panel>
        ))}
      </Tabs>

      {editor?.kind === 'role' && (
        <RoleEditor
          key={editorKey}
          mode={editor.mode}
          role={editor.entry?.kind === 'role' ? editor.entry.value : undefined}
          onClose={() => setEditor(null)}
          onSaved={(role) => afterSave('role', role.id)}
        />
      )}
      {editor?.kind === 'skill' && (
        <SkillEditor
          key={editorKey}
          mode={editor.mode}
          skill={editor.entry?.kind === 'skill' ? editor.entry.value : undefined}
          onClose={() => setEditor(null)}
          onSaved={(skill) => afterSave('skill', skill.id)}
        />
      )}
      {editor?.kind === 'course' && (
        <CourseEditor
          key={editorKey}
          mode={editor.mode}
          course={editor.entry?.kind === 'course' ? editor.entry.value : undefined}
          onClose={() => setEditor(null)}
          onSaved={(course) => afterSave('course', course.id)}
        />
      )}
      <ConfirmDelete
        opened={removal !== null}
        title={removalCopy?.title ?? ''}
        confirmLabel={removalCopy?.confirm}
        onConfirm={() => void confirmRemoval()}
        onCancel={() => setRemoval(null)}
      >
        {removalCopy?.body ?? ''}
      </ConfirmDelete>
    </Stack>
  );
}
