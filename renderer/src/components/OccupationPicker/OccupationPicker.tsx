import { Button, CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { MAX_OCCUPATIONS, localized, type Occupation, type OccupationCatalog, type OccupationChoice } from '../../../../core';
import { useOccupations } from '../../data/useOccupations';
import { OccupationSearchField } from '../OccupationSearchField/OccupationSearchField';
import { useI18n } from '../../i18n';
import classes from './OccupationPicker.module.css';

export interface OccupationPickerProps {
  value: readonly OccupationChoice[];
  onChange: (next: OccupationChoice[]) => void;
}

/** What the profile keeps of a chosen occupation: enough to name it and to suggest levels without the catalogue. */
export function choiceOf(occupation: Occupation): OccupationChoice {
  return { code: occupation.code, title: occupation.title, suggested: occupation.suggested };
}

/** Other codes ESCO links the title a person picked by to, when it gives more than one (docs/occupations.md). */
interface Alternatives {
  chosenCode: string;
  label: string;
  codes: string[];
}

/**
 * "What do you do today?": finds an O*NET occupation by any title a person would type, in
 * English or French (core/occupations/search.ts), and keeps up to MAX_OCCUPATIONS jobs. Each job
 * brings the levels people in it usually have, as suggestions the person confirms (docs/advice.md
 * "Unrated is unknown"). The catalogue loads the first time the field is shown.
 */
export function OccupationPicker({ value, onChange }: OccupationPickerProps) {
  const { t, locale } = useI18n();
  const state = useOccupations();
  const [alternatives, setAlternatives] = useState<Alternatives | null>(null);
  const chosen = useMemo(() => new Set(value.map((choice) => choice.code)), [value]);
  const full = value.length >= MAX_OCCUPATIONS;

  const pick = (occupation: Occupation, matchedTitle: string) => {
    if (state.status !== 'ready' || full) return;
    const linked = occupation.escoAlternatives?.find((entry) => entry.label.toLocaleLowerCase() === matchedTitle.toLocaleLowerCase());
    const codes = linked?.codes.filter((other) => !chosen.has(other) && state.loaded.byCode.has(other)) ?? [];
    setAlternatives(linked && codes.length > 0 ? { chosenCode: occupation.code, label: linked.label, codes } : null);
    onChange([...value, choiceOf(occupation)]);
  };

  /** Swaps the job just picked for another code ESCO links its title to. */
  const swap = (from: string, to: string) => {
    if (state.status !== 'ready') return;
    const occupation = state.loaded.byCode.get(to);
    setAlternatives(null);
    if (!occupation || chosen.has(to)) return;
    onChange(value.map((choice) => (choice.code === from ? choiceOf(occupation) : choice)));
  };

  // A job chosen keeps the title it was saved with; once the catalogue is in, the catalogue's own
  // title is shown, so a title corrected in a later version reads the same here as everywhere.
  const titleOf = (choice: OccupationChoice) => localized((state.status === 'ready' ? state.loaded.byCode.get(choice.code)?.title : undefined) ?? choice.title, locale);

  const suggestedCount = new Set(value.flatMap((choice) => choice.suggested.map((level) => level.skillId))).size;

  return (
    <Stack gap="xs" data-testid="occupation-picker">
      <OccupationSearchField
        label={t('occupations.label')}
        description={t('occupations.description')}
        placeholder={full ? t('occupations.full', { count: MAX_OCCUPATIONS }) : t('occupations.placeholder')}
        exclude={chosen}
        disabled={full}
        onPick={pick}
        loadError={(message) => t('occupations.loadError', { message })}
      />
      {value.length > 0 && (
        <Paper withBorder p="sm" className={classes.chosen}>
          <Stack gap={6}>
            <Text size="sm" fw={600} id="occupations-chosen">
              {t('occupations.chosen')}
            </Text>
            <ul className={classes.list} aria-labelledby="occupations-chosen">
              {value.map((choice) => (
                <li key={choice.code}>
                  <Group gap="xs" wrap="nowrap" justify="space-between">
                    <Text size="sm" className={classes.title}>
                      {titleOf(choice)}{' '}
                      <Text span size="xs" c="dimmed" className={classes.code}>
                        (O*NET {choice.code})
                      </Text>
                    </Text>
                    <CloseButton
                      size="sm"
                      aria-label={t('occupations.remove', { title: titleOf(choice) })}
                      onClick={() => onChange(value.filter((other) => other.code !== choice.code))}
                    />
                  </Group>
                </li>
              ))}
            </ul>
            {alternatives && chosen.has(alternatives.chosenCode) && state.status === 'ready' && (
              <Stack gap={4} data-testid="occupation-alternatives">
                <Text size="xs">{t('occupations.alternatives', { title: alternatives.label })}</Text>
                <Group gap="xs">
                  {alternatives.codes.map((code) => {
                    const title = localized(state.loaded.byCode.get(code)!.title, locale);
                    return (
                      <Button key={code} size="compact-xs" variant="default" onClick={() => swap(alternatives.chosenCode, code)} aria-label={t('occupations.useInstead', { title })}>
                        {title}
                      </Button>
                    );
                  })}
                </Group>
              </Stack>
            )}
            <Text size="xs" c="dimmed">
              {t('occupations.suggested', { count: suggestedCount })}
            </Text>
          </Stack>
        </Paper>
      )}
      {state.status === 'ready' && <OccupationSources catalog={state.loaded.catalog} />}
    </Stack>
  );
}

/** Where the titles and ratings come from, in full as their licences ask, folded away until asked for. */
export function OccupationSources({ catalog }: { catalog: OccupationCatalog }) {
  const { t, locale } = useI18n();
  return (
    <details className={classes.sources} data-testid="occupation-attribution">
      <summary>
        <Text span size="xs" c="dimmed">
          {t('occupations.sources')}
        </Text>
      </summary>
      <Text size="xs" c="dimmed" mt={4}>
        {localized(catalog.attribution.onet, locale)}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {localized(catalog.attribution.esco, locale)}
      </Text>
    </details>
  );
}
