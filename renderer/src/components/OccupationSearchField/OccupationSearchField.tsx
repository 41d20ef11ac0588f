import { Select, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Occupation } from '../../../../core';
import { useOccupations } from '../../data/useOccupations';
import { useI18n } from '../../i18n';

export interface OccupationSearchFieldProps {
  label: string;
  /** Shown under the label once the titles are in; the loading state and a load error replace it. */
  description: string;
  placeholder: string;
  /** Occupations not to offer (already chosen). */
  exclude?: ReadonlySet<string>;
  disabled?: boolean;
  /** The occupation picked and the title it was found by (its own, an alternate or a French one). */
  onPick: (occupation: Occupation, matchedTitle: string) => void;
  /** Load error text: the caller says what still works without the titles. */
  loadError?: (message: string) => string;
}

const RESULT_LIMIT = 12;

/**
 * One field to find an O*NET occupation by any title a person would type, in English or French
 * (core/occupations/search.ts), best match first, each option saying which title it was found by.
 * The catalogue loads the first time the field is shown; what is typed meanwhile is searched
 * once the titles are in.
 */
export function OccupationSearchField({ label, description, placeholder, exclude, disabled = false, onPick, loadError }: OccupationSearchFieldProps) {
  const { t, locale } = useI18n();
  const state = useOccupations();
  const [query, setQuery] = useState('');

  const hits = useMemo(() => {
    if (state.status !== 'ready' || query.trim() === '') return [];
    const skipped = exclude ?? new Set<string>();
    return state.loaded.search.search(query, locale, RESULT_LIMIT + skipped.size).filter((hit) => !skipped.has(hit.code)).slice(0, RESULT_LIMIT);
  }, [state, query, locale, exclude]);
  const matched = useMemo(() => new Map(hits.map((hit) => [hit.code, hit.matchedTitle])), [hits]);

  const pick = (code: string | null) => {
    if (!code || state.status !== 'ready') return;
    const occupation = state.loaded.byCode.get(code);
    const matchedTitle = matched.get(code) ?? '';
    setQuery('');
    if (occupation && !exclude?.has(code)) onPick(occupation, matchedTitle);
  };

  const shownDescription =
    state.status === 'loading' ? t('occupations.loading') : state.status === 'error' ? (loadError ?? ((message) => t('explore.loadError', { message })))(state.message) : description;

  return (
    <Select
      label={label}
      description={shownDescription}
      placeholder={placeholder}
      // Open while the titles load: what is typed meanwhile is searched as soon as they are in.
      disabled={state.status === 'error' || disabled}
      data={hits.map((hit) => ({ value: hit.code, label: hit.title }))}
      value={null}
      onChange={pick}
      searchable
      searchValue={query}
      onSearchChange={setQuery}
      // The index already ranked and filtered the titles: show them as they come.
      filter={({ options }) => options}
      renderOption={({ option }) => {
        const title = matched.get(option.value);
        return (
          <div>
            <Text size="sm">{option.label}</Text>
            {title && title.toLocaleLowerCase(locale) !== option.label.toLocaleLowerCase(locale) && (
              <Text size="xs" c="dimmed">
                {t('occupations.matched', { title })}
              </Text>
            )}
          </div>
        );
      }}
      nothingFoundMessage={query.trim() === '' ? undefined : state.status === 'loading' ? t('occupations.loading') : t('occupations.nothingFound')}
      maxDropdownHeight={360}
      error={state.status === 'error' ? t('occupations.loadErrorShort') : undefined}
    />
  );
}
