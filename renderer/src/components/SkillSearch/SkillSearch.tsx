import { Select, isOptionsGroup, type ComboboxItem, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import { useMemo, useState } from 'react';
import { SKILL_CATEGORIES, localized, type Skill } from '../../../../core';
import { useI18n } from '../../i18n';
import { matchesQuery, searchTextOf } from './matchSkill';

export interface SkillSearchProps {
  skills: Skill[];
  /** Skills already on the list, left out of the choices. */
  excludeIds: ReadonlySet<string>;
  onPick: (skillId: string) => void;
  label?: string;
}

const RESULT_LIMIT = 50;

/**
 * Finds any skill of the matrix by its English or French name or by a word from job ads (its
 * aliases), and hands the chosen id back; the field empties itself for the next search.
 */
export function SkillSearch({ skills, excludeIds, onPick, label }: SkillSearchProps) {
  const { t, locale } = useI18n();
  const [search, setSearch] = useState('');

  const searchTexts = useMemo(() => new Map(skills.map((skill) => [skill.id, searchTextOf(skill)])), [skills]);

  const data = useMemo(
    () =>
      SKILL_CATEGORIES.map((category) => ({
        group: t(`category.${category}`),
        items: skills
          .filter((skill) => skill.category === category && !excludeIds.has(skill.id))
          .map((skill) => ({ value: skill.id, label: localized(skill.name, locale) }))
          .sort((a, b) => a.label.localeCompare(b.label, locale)),
      })).filter((group) => group.items.length > 0),
    [skills, excludeIds, locale, t],
  );

  const filter: OptionsFilter = ({ options, search: query }) => {
    let left = RESULT_LIMIT;
    const keep = (item: ComboboxItem) => {
      if (left <= 0 || !matchesQuery(searchTexts.get(item.value) ?? item.label, query)) return false;
      left -= 1;
      return true;
    };
    return options
      .map((option): ComboboxParsedItem | null => {
        if (isOptionsGroup(option)) {
          const items = option.items.filter(keep);
          return items.length > 0 ? { group: option.group, items } : null;
        }
        return keep(option) ? option : null;
      })
      .filter((option): option is ComboboxParsedItem => option !== null);
  };

  return (
    <Select
      label={label ?? t('skillSearch.label')}
      placeholder={t('skillSearch.placeholder')}
      description={t('skillSearch.description')}
      data={data}
      value={null}
      onChange={(skillId) => {
        if (!skillId) return;
        setSearch('');
        onPick(skillId);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={filter}
      nothingFoundMessage={t('skillSearch.nothingFound')}
      maxDropdownHeight={320}
    />
  );
}
