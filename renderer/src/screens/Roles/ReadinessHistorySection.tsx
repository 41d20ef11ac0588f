import { Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { memo, Suspense, useDeferredValue, useMemo, useState } from 'react';
import type { FitProfile, Role } from '../../../../core';
import { readinessOverTime, type ReadinessPoint } from '../../../../core/analysis/readinessOverTime';
import { FiguresTable } from '../../components/FiguresTable/FiguresTable';
import { PROFILE_SAVE_DELAY_MS, useAppData } from '../../data/AppDataProvider';
import { useI18n, type I18n } from '../../i18n';
import { lazyComponent } from '../../lazyComponent';
import { DetailSection } from './DetailSection';
import classes from './ReadinessHistory.module.css';
import type { ReadinessHistoryRow } from './ReadinessHistoryChart';

// The charting library is large: only the drawing waits for it, never the figures. It starts
// loading with the screen that draws it.
const readinessHistoryChart = lazyComponent(() => import('./ReadinessHistoryChart'), 'default');
void readinessHistoryChart.load().catch(() => undefined);

/** Resolves once the chart's chunk is in memory, so the chart draws without suspending. */
export const loadReadinessHistoryChart = () => readinessHistoryChart.load();

/** Each point's label: its day, or for the baseline "Before <the first day a level changed>". */
function dayLabels(points: readonly ReadinessPoint[], i18n: Pick<I18n, 't' | 'formatDay'>): string[] {
  const firstDay = points.find((point) => point.date !== null)?.date;
  return points.map((point) => {
    if (point.date !== null) return i18n.formatDay(point.date);
    return firstDay ? i18n.t('readinessHistory.before', { date: i18n.formatDay(firstDay) }) : '';
  });
}

interface ReadinessHistorySectionProps {
  role: Role;
  fitProfile: FitProfile;
}

/**
 * How the person's readiness for this role grew, from the rating history (readinessOverTime):
 * a line chart named by a summary, the same figures as a table, or, until a level has changed
 * at least once, what to do to see it. It follows a saved level change in a second, interruptible
 * render (useDeferredValue), so the gap table the person edits never waits for it.
 */
export const ReadinessHistorySection = memo(function ReadinessHistorySection({ role, fitProfile }: ReadinessHistorySectionProps) {
  const { catalog, data } = useAppData();
  // The points follow the rating history once the provider has saved it (its autosave pause
  // after the last change), not at each click: the history in memory grows with every click, and
  // redrawing the chart then would hold back the radar and the courses the person is watching. A
  // change of background, jobs or study languages is followed at once: it moves every point.
  const [savedHistory] = useDebouncedValue(data.ratingHistory, PROFILE_SAVE_DELAY_MS);
  const [shown, setShown] = useState({ history: savedHistory, person: fitProfile });
  const sameContext =
    shown.person.background === fitProfile.background &&
    shown.person.occupations === fitProfile.occupations &&
    shown.person.languages === fitProfile.languages;
  if (shown.history !== savedHistory || !sameContext) setShown({ history: savedHistory, person: fitProfile });
  const history = useDeferredValue(shown.history);
  const person = useDeferredValue(shown.person);
  const points = useMemo(() => readinessOverTime(history, person, role, catalog, person.languages), [history, person, role, catalog]);
  return <ReadinessHistoryView points={points} />;
});

/** The section drawn from its points: memoised, so a click that adds no point redraws nothing. */
const ReadinessHistoryView = memo(function ReadinessHistoryView({ points }: { points: readonly ReadinessPoint[] }) {
  const i18n = useI18n();
  const { t, formatPercent } = i18n;

  if (points.length < 2) {
    return (
      <DetailSection title={t('readinessHistory.title')} testId="readiness-history">
        <Text data-testid="readiness-history-empty">{t('readinessHistory.empty')}</Text>
      </DetailSection>
    );
  }

  const core = t('fit.coreLabel');
  const full = t('readinessHistory.full');
  const labels = dayLabels(points, i18n);
  const rows: ReadinessHistoryRow[] = points.map((point, index) => ({
    day: labels[index],
    [core]: point.corePercent,
    [full]: point.percent,
  }));
  const first = points[0];
  const last = points[points.length - 1];
  const summary = t('readinessHistory.summary', {
    from: formatPercent(first.corePercent / 100),
    start: labels[0],
    to: formatPercent(last.corePercent / 100),
    end: labels[labels.length - 1],
    fullFrom: formatPercent(first.percent / 100),
    fullTo: formatPercent(last.percent / 100),
  });

  return (
    <DetailSection title={t('readinessHistory.title')} testId="readiness-history">
      <Text>{t('readinessHistory.intro')}</Text>
      <div role="img" aria-label={summary} className={classes.chart}>
        <Suspense fallback={<Loader size="sm" aria-label={t('readinessHistory.loading')} />}>
          <readinessHistoryChart.View rows={rows} core={core} full={full} />
        </Suspense>
      </div>
      <Text size="sm" data-testid="readiness-history-summary">
        {summary}
      </Text>
      <FiguresTable
        caption={t('readinessHistory.caption')}
        showLabel={t('readinessHistory.showTable')}
        hideLabel={t('readinessHistory.hideTable')}
        columns={[t('readinessHistory.day'), core, full]}
        rows={points.map((point, index) => ({
          key: point.date ?? 'baseline',
          header: labels[index],
          cells: [formatPercent(point.corePercent / 100), formatPercent(point.percent / 100)],
        }))}
        testId="readiness-history-table"
      />
    </DetailSection>
  );
});
