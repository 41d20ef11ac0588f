/**
 * Open Skillgap at login, only when the person asked for it in Settings. The system's login
 * items are read and written only once the setting exists (absent means the person never chose,
 * and Skillgap leaves the system as it is), and written only when they differ from it.
 *
 * Electron supports login items on macOS and Windows only; on Linux each desktop keeps its own
 * startup applications, so the setting does nothing there and Settings says so.
 */
import { app } from 'electron';

export function loginItemsSupported(platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

export type LoginItemOutcome = 'not-chosen' | 'unsupported' | 'development' | 'unchanged' | 'changed';

/**
 * Brings the system's login item in line with the saved setting and says what it did. A
 * development run is left alone: it would register the bare Electron binary, not Skillgap.
 */
export function syncOpenAtLogin(
  openAtLogin: boolean | undefined,
  platform: NodeJS.Platform = process.platform,
): LoginItemOutcome {
  if (openAtLogin === undefined) return 'not-chosen';
  if (!loginItemsSupported(platform)) return 'unsupported';
  if (!app.isPackaged) return 'development';
  if (app.getLoginItemSettings().openAtLogin === openAtLogin) return 'unchanged';
  app.setLoginItemSettings({ openAtLogin });
  return 'changed';
}
