import { notifications } from '@mantine/notifications';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  applyCommand,
  isLimitName,
  LIMITS,
  localized,
  mergeCatalog,
  type AppError,
  type Catalog,
  type CommandChannel,
  type CommandContext,
  type CommandInput,
  type LimitName,
  type Profile,
  type Result,
  type Settings,
  type StoreData,
} from '../../../core';
import type { AppStatus, Saved } from '../../../preload/channels';
import { getBridge } from '../bridge';
import { createI18n, isLoaded, loadMessages, type I18n } from '../i18n';
import type { SaveState } from './saveState';

export interface AppData {
  status: AppStatus;
  data: StoreData;
  builtinCatalog: Catalog;
  /** The built-in matrix with the person's own roles, skills and courses merged over it. */
  catalog: Catalog;
  saveState: SaveState;
  /** Applies at once on screen; the disk write follows after a short pause in typing. */
  updateProfile: (profile: Profile) => void;
  updateSettings: (settings: Settings) => void;
  /**
   * Applies the channel's store command (core/store/commands.ts) on screen at once, then sends
   * it; main applies the same command. A change the command refuses is reported and never sent;
   * a save that fails reloads what is on disk.
   */
  mutate: <C extends CommandChannel>(channel: C, payload: CommandInput<C>) => Promise<boolean>;
  reload: () => Promise<void>;
}

const AppDataContext = createContext<AppData | null>(null);

export function useAppData(): AppData {
  const value = useContext(AppDataContext);
  if (!value) throw new Error('useAppData must be used inside AppDataProvider');
  return value;
}

function limitFigure(i18n: I18n, limit: LimitName): string {
  return limit === 'storeBytes' ? i18n.formatNumber(LIMITS.storeBytes / (1024 * 1024)) : i18n.formatNumber(LIMITS[limit], 0);
}

/**
 * The error in the person's language. `skillName` names the skills of a prerequisite loop (the
 * provider passes the catalog's names; ids are shown without it).
 */
export function describeError(i18n: I18n, error: AppError, skillName: (id: string) => string = (id) => id): string {
  if (error.code === 'limit-exceeded' && error.path && isLimitName(error.path)) {
    return i18n.t(`error.limit.${error.path}`, { max: limitFigure(i18n, error.path) });
  }
  if (error.code === 'duplicate-id' && error.ids?.length) return i18n.t('error.duplicate-id', { id: error.ids[0] });
  if (error.code === 'prerequisite-cycle' && error.ids?.length) {
    return i18n.t('error.prerequisite-cycle', { cycle: error.ids.map(skillName).join(' → ') });
  }
  return i18n.t(`error.${error.code}`, { detail: problemText(i18n, error) ?? error.message });
}

/** What is wrong at the error's path, in the person's language, when core named it (AppError.problem). */
export function problemText(i18n: I18n, error: AppError): string | null {
  if (!error.problem) return null;
  const problem = i18n.t(error.problem.key, error.problem.values);
  return error.path ? i18n.t('problem.at', { path: error.path, problem }) : problem;
}

/** The pause after a profile edit before it is written (edits within it are written once). */
export const PROFILE_SAVE_DELAY_MS = 400;

export type LoadState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; status: AppStatus; data: StoreData; builtinCatalog: Catalog };

export async function loadAppData(): Promise<LoadState> {
  const bridge = getBridge();
  const [status, data, builtinCatalog] = await Promise.all([
    bridge['app:status'](),
    bridge['store:load'](),
    bridge['catalog:builtin'](),
  ]);
  for (const result of [status, data, builtinCatalog]) {
    if (!result.ok) return { kind: 'failed', message: result.error.message };
  }
  if (!status.ok || !data.ok || !builtinCatalog.ok) return { kind: 'failed', message: 'unreachable' };
  // Only the language on screen is loaded (renderer/src/i18n).
  await loadMessages(data.value.settings.locale);
  return { kind: 'ready', status: status.value, data: data.value, builtinCatalog: builtinCatalog.value };
}

interface ProviderProps {
  initial: Extract<LoadState, { kind: 'ready' }>;
  children: ReactNode;
}

export function AppDataProvider({ initial, children }: ProviderProps) {
  const [status] = useState(initial.status);
  const [data, setData] = useState(initial.data);
  // Commands apply to the newest document, even between a change and the render that shows it.
  const latest = useRef(initial.data);
  const show = useCallback((next: StoreData) => {
    latest.current = next;
    // A new language is shown once its table has loaded (a few milliseconds, once).
    if (isLoaded(next.settings.locale)) setData(next);
    else void loadMessages(next.settings.locale).then(() => setData(latest.current));
  }, []);
  const context = useMemo<CommandContext>(() => ({ builtinCatalog: initial.builtinCatalog }), [initial.builtinCatalog]);
  const catalog = useMemo(
    () => mergeCatalog(initial.builtinCatalog, data.userCatalog),
    [initial.builtinCatalog, data.userCatalog],
  );
  // The provider sits above the language context (the language is part of the data it holds).
  const i18n = useMemo(() => createI18n(data.settings.locale), [data.settings.locale]);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const pendingProfile = useRef<{ profile: Profile; timer: ReturnType<typeof setTimeout> } | null>(null);

  const reload = useCallback(async () => {
    const result = await getBridge()['store:load']();
    if (result.ok) show(result.value);
  }, [show]);

  const reportFailure = useCallback(
    (error: AppError) => {
      let skills: Catalog['skills'] | null = null;
      const skillName = (id: string) => {
        skills ??= mergeCatalog(initial.builtinCatalog, latest.current.userCatalog).skills;
        const skill = skills.find((candidate) => candidate.id === id);
        return skill ? localized(skill.name, i18n.locale) : id;
      };
      const message = describeError(i18n, error, skillName);
      setSaveState({ kind: 'failed', message });
      notifications.show({ color: 'red', title: i18n.t('save.failed', { message: '' }).trim(), message });
    },
    [i18n, initial.builtinCatalog],
  );

  const report = useCallback(
    (result: Result<Saved>) => {
      if (result.ok) {
        setSaveState({ kind: 'saved', at: new Date(result.value.savedAt) });
        return true;
      }
      reportFailure(result.error);
      return false;
    },
    [reportFailure],
  );

  const mutate = useCallback<AppData['mutate']>(
    async (channel, payload) => {
      const next = applyCommand(channel, latest.current, payload, context);
      if (!next.ok) {
        reportFailure(next.error);
        return false;
      }
      show(next.value);
      setSaveState({ kind: 'saving' });
      const invoke = getBridge()[channel] as (payload: unknown) => Promise<Result<Saved>>;
      const succeeded = report(await invoke(payload));
      if (!succeeded) await reload();
      return succeeded;
    },
    [context, reload, report, reportFailure, show],
  );

  const flushProfile = useCallback(async () => {
    const pending = pendingProfile.current;
    if (!pending) return;
    pendingProfile.current = null;
    clearTimeout(pending.timer);
    report(await getBridge()['profile:save'](pending.profile));
  }, [report]);

  const updateProfile = useCallback(
    (profile: Profile) => {
      const next = applyCommand('profile:save', latest.current, profile, context);
      if (!next.ok) {
        reportFailure(next.error);
        return;
      }
      show(next.value);
      setSaveState({ kind: 'saving' });
      if (pendingProfile.current) clearTimeout(pendingProfile.current.timer);
      pendingProfile.current = { profile, timer: setTimeout(() => void flushProfile(), PROFILE_SAVE_DELAY_MS) };
    },
    [context, flushProfile, reportFailure, show],
  );

  // A pending edit is written when the window goes away rather than lost.
  useEffect(() => {
    const onHide = () => void flushProfile();
    window.addEventListener('beforeunload', onHide);
    return () => {
      window.removeEventListener('beforeunload', onHide);
      void flushProfile();
    };
  }, [flushProfile]);

  const updateSettings = useCallback(
    (settings: Settings) => {
      void mutate('settings:save', settings);
    },
    [mutate],
  );

  const value = useMemo<AppData>(
    () => ({
      status,
      data,
      builtinCatalog: initial.builtinCatalog,
      catalog,
      saveState: status.readOnly ? { kind: 'idle' } : saveState,
      updateProfile,
      updateSettings,
      mutate,
      reload,
    }),
    [status, data, initial.builtinCatalog, catalog, saveState, updateProfile, updateSettings, mutate, reload],
  );

  return <AppDataContext.Provider value={value}>{children}</AppDataContext.Provider>;
}
