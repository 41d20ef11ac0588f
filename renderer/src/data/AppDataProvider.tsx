import { notifications } from '@mantine/notifications';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  mergeCatalog,
  type AppError,
  type Catalog,
  type Profile,
  type Result,
  type Settings,
  type StoreData,
} from '../../../core';
import type { AppStatus, Channel, ChannelMap, Saved } from '../../../preload/channels';
import { getBridge } from '../bridge';
import { createI18n, type I18n } from '../i18n';
import type { SaveState } from './saveState';

/** Channels that change stored data and answer with the time the change reached the disk. */
type MutationChannel = {
  [C in Channel]: Awaited<ReturnType<ChannelMap[C]>> extends Result<Saved> ? C : never;
}[Channel];
type PayloadOf<C extends Channel> = Parameters<ChannelMap[C]>[0];

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
  /** Applies `apply` on screen at once, then persists; on failure reloads what is on disk. */
  mutate: <C extends MutationChannel>(
    channel: C,
    payload: PayloadOf<C>,
    apply: (data: StoreData) => StoreData,
  ) => Promise<boolean>;
  reload: () => Promise<void>;
}

const AppDataContext = createContext<AppData | null>(null);

export function useAppData(): AppData {
  const value = useContext(AppDataContext);
  if (!value) throw new Error('useAppData must be used inside AppDataProvider');
  return value;
}

export function describeError(i18n: I18n, error: AppError): string {
  return i18n.t(`error.${error.code}`, { detail: error.message });
}

const PROFILE_SAVE_DELAY_MS = 400;

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
  return { kind: 'ready', status: status.value, data: data.value, builtinCatalog: builtinCatalog.value };
}

interface ProviderProps {
  initial: Extract<LoadState, { kind: 'ready' }>;
  children: ReactNode;
}

export function AppDataProvider({ initial, children }: ProviderProps) {
  const [status] = useState(initial.status);
  const [data, setData] = useState(initial.data);
  // The provider sits above the language context (the language is part of the data it holds).
  const i18n = useMemo(() => createI18n(data.settings.locale), [data.settings.locale]);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const pendingProfile = useRef<{ profile: Profile; timer: ReturnType<typeof setTimeout> } | null>(null);

  const reload = useCallback(async () => {
    const result = await getBridge()['store:load']();
    if (result.ok) setData(result.value);
  }, []);

  const report = useCallback(
    (result: Result<Saved>) => {
      if (result.ok) {
        setSaveState({ kind: 'saved', at: new Date(result.value.savedAt) });
        return true;
      }
      const message = describeError(i18n, result.error);
      setSaveState({ kind: 'failed', message });
      notifications.show({ color: 'red', title: i18n.t('save.failed', { message: '' }).trim(), message });
      return false;
    },
    [i18n],
  );

  const mutate = useCallback<AppData['mutate']>(
    async (channel, payload, apply) => {
      setData((current) => apply(current));
      setSaveState({ kind: 'saving' });
      const invoke = getBridge()[channel] as (payload: unknown) => Promise<Result<Saved>>;
      const succeeded = report(await invoke(payload));
      if (!succeeded) await reload();
      return succeeded;
    },
    [reload, report],
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
      setData((current) => ({ ...current, profile }));
      setSaveState({ kind: 'saving' });
      if (pendingProfile.current) clearTimeout(pendingProfile.current.timer);
      pendingProfile.current = { profile, timer: setTimeout(() => void flushProfile(), PROFILE_SAVE_DELAY_MS) };
    },
    [flushProfile],
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
      void mutate('settings:save', settings, (current) => ({ ...current, settings }));
    },
    [mutate],
  );

  const catalog = useMemo(
    () => mergeCatalog(initial.builtinCatalog, data.userCatalog),
    [initial.builtinCatalog, data.userCatalog],
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
