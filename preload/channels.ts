/**
 * The one contract between renderer and main. The preload implements every channel with
 * ipcRenderer.invoke, main registers every channel with ipcMain.handle, and the renderer sees
 * window.skillgap typed from this map. Each channel takes at most one payload, which main
 * validates with a core schema before anything else happens.
 */
import type {
  Catalog,
  CheckIn,
  ReviewRecord,
  CatalogEntryKind,
  Course,
  ImportSummary,
  Plan,
  Profile,
  ProgressEntry,
  Result,
  Role,
  Settings,
  Skill,
  StoreData,
} from '../core';

/** Why the data is shown but never written; the renderer explains each one (StatusBanner). */
export type ReadOnlyReason =
  /** Written by a newer Skillgap: update Skillgap to edit it. */
  | 'newer-version'
  /** The data folder refuses new files (permissions, a read-only disk). */
  | 'folder-not-writable'
  /** The store is damaged and its recovery could not finish (e.g. a full disk); nothing was changed. */
  | 'recovery-failed'
  /** An older store could not be backed up before its upgrade, so it was not upgraded on disk. */
  | 'upgrade-blocked'
  /** The store file cannot be read at all (a folder of that name, no permission). */
  | 'store-unreadable';

export interface AppStatus {
  version: string;
  dataDirectory: string;
  /** True when nothing may be written: the data is shown as it is and every change is refused. */
  readOnly: boolean;
  /** Why it is read-only; absent or null when it is not. */
  readOnlyReason?: ReadOnlyReason | null;
  /** Set when the store could not be read at start-up and a backup (or an empty store) was loaded instead. */
  recovery: RecoveryReport | null;
  /** Set when no backup can be made because something that is not a folder sits at `path`. */
  backupsUnavailable?: { path: string; detail: string } | null;
  /**
   * What this computer lets the reminder and login settings do (main/system-settings.ts). Absent
   * where no Electron runs (the tests, the browser harness): both count as available.
   */
  systemSupport?: SystemSupport | null;
}

export interface SystemSupport {
  /** False when the system has no notification service, so study reminders cannot be shown. */
  notifications: boolean;
  /** False on Linux: Electron can add a login item on macOS and Windows only. */
  openAtLogin: boolean;
}

export interface RecoveryReport {
  reason: 'unparsable' | 'schema-invalid' | 'upgrade-failed' | 'checksum-mismatch';
  /** Where a whole copy of the unreadable file was kept; null when no copy could be made. */
  movedTo: string | null;
  /** The backup that was loaded instead, or null when none was valid and the app started empty. */
  restoredFrom: string | null;
  /**
   * Why the recovery stopped part-way, or null when it finished. When set, no file was changed:
   * the data shown is read-only and the next start tries again.
   */
  failure: string | null;
  detail: string;
}

export interface Saved {
  /** ISO date-time at which the change reached the disk. */
  savedAt: string;
}

export interface BackupInfo {
  name: string;
  createdAt: string;
  sizeBytes: number;
  reason: 'scheduled' | 'before-migration' | 'before-import' | 'before-restore';
}

export type { CatalogEntryKind };

export type PaperSize = NonNullable<Settings['paperSize']>;

/** A file written where the person chose in a save dialog. */
export interface SavedFile {
  path: string;
  sizeBytes: number;
}

/** What an import would change, shown before anything is replaced. */
export interface ImportPreview {
  /** Hands the validated file to data:importApply; valid for one apply, for a few minutes. */
  token: string;
  fileName: string;
  exportedAt: string;
  appVersion: string;
  summary: ImportSummary;
}

export interface ImportApplied {
  /** The 'before-import' backup that undoes the import; null when there was nothing to back up. */
  backupName: string | null;
}

export interface ChannelMap {
  'app:status': () => Promise<Result<AppStatus>>;
  'store:load': () => Promise<Result<StoreData>>;
  'catalog:builtin': () => Promise<Result<Catalog>>;
  'profile:save': (profile: Profile) => Promise<Result<Saved>>;
  'settings:save': (settings: Settings) => Promise<Result<Saved>>;
  'userCatalog:saveSkill': (skill: Skill) => Promise<Result<Saved>>;
  'userCatalog:saveRole': (role: Role) => Promise<Result<Saved>>;
  'userCatalog:saveCourse': (course: Course) => Promise<Result<Saved>>;
  'userCatalog:remove': (entry: { kind: CatalogEntryKind; id: string }) => Promise<Result<Saved>>;
  'plans:save': (plan: Plan) => Promise<Result<Saved>>;
  /** Saves a plan and makes it the active one, in one write. */
  'plans:create': (plan: Plan) => Promise<Result<Saved>>;
  'plans:remove': (target: { id: string }) => Promise<Result<Saved>>;
  'plans:setActive': (target: { id: string | null }) => Promise<Result<Saved>>;
  /** Logs hours: the entry, the item's hours logged and a planned item marked started, in one write. */
  'progress:add': (entry: ProgressEntry) => Promise<Result<Saved>>;
  'progress:remove': (target: { id: string }) => Promise<Result<Saved>>;
  /** Records the weekly check-in the person answered, so it is not asked again that week. */
  'checkIn:record': (checkIn: CheckIn) => Promise<Result<Saved>>;
  /** Records a review of a finished item, answered or let go, so it is not asked again. */
  'review:record': (review: ReviewRecord) => Promise<Result<Saved>>;
  'backups:list': () => Promise<Result<BackupInfo[]>>;
  'backups:restore': (target: { name: string }) => Promise<Result<StoreData>>;
  'shell:openExternal': (target: { url: string }) => Promise<Result<null>>;
  /** Save dialog, then the whole stored document as a skillgap-export JSON file. */
  'data:export': () => Promise<Result<SavedFile>>;
  /** Open dialog, then the chosen file is read and validated; nothing is changed yet. */
  'data:importPreview': () => Promise<Result<ImportPreview>>;
  /** Backs up ('before-import'), then replaces everything with the previewed file. */
  'data:importApply': (target: { token: string }) => Promise<Result<ImportApplied>>;
  'plan:exportIcs': (target: { planId: string }) => Promise<Result<SavedFile>>;
  'plan:exportCsv': (target: { planId: string }) => Promise<Result<SavedFile>>;
  'gaps:exportCsv': (target: { roleId: string }) => Promise<Result<SavedFile>>;
  /** Save dialog, then the print route rendered to PDF in a hidden window. */
  'plan:printPdf': (target: { planId: string; paperSize: PaperSize }) => Promise<Result<SavedFile>>;
  /** The system print dialog for the print route. */
  'plan:print': (target: { planId: string; paperSize: PaperSize }) => Promise<Result<null>>;
}

export type Channel = keyof ChannelMap;
export type ChannelPayload<C extends Channel> = Parameters<ChannelMap[C]>;
export type ChannelResult<C extends Channel> = Awaited<ReturnType<ChannelMap[C]>>;

/** What the renderer sees as window.skillgap. */
export type SkillgapBridge = { [C in Channel]: ChannelMap[C] };

/** Runtime list of the channels; the type below fails to compile if one is missing. */
export const CHANNELS = [
  'app:status',
  'store:load',
  'catalog:builtin',
  'profile:save',
  'settings:save',
  'userCatalog:saveSkill',
  'userCatalog:saveRole',
  'userCatalog:saveCourse',
  'userCatalog:remove',
  'plans:save',
  'plans:create',
  'plans:remove',
  'plans:setActive',
  'progress:add',
  'progress:remove',
  'checkIn:record',
  'review:record',
  'backups:list',
  'backups:restore',
  'shell:openExternal',
  'data:export',
  'data:importPreview',
  'data:importApply',
  'plan:exportIcs',
  'plan:exportCsv',
  'gaps:exportCsv',
  'plan:printPdf',
  'plan:print',
] as const satisfies readonly Channel[];

type MissingChannel = Exclude<Channel, (typeof CHANNELS)[number]>;
const everyChannelListed: MissingChannel extends never ? true : MissingChannel = true;
void everyChannelListed;
