/**
 * electron-builder's afterPack hook: flips Electron's fuses in the packed app, before signing
 * (docs/architecture.md, "Security"). electron-builder.yml points at build/afterPack.cjs, which loads this
 * file through tsx, because Node 20 cannot import TypeScript by itself.
 *
 * Fuses are bits in the Electron binary; once the app is signed, the OS refuses a binary whose
 * bits were changed back. Check a build with `npx @electron/fuses read --app <path>` (README).
 */
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';
import type { FuseV1Config } from '@electron/fuses';
import { Arch } from 'electron-builder';

/**
 * Every fuse @electron/fuses 1.8 knows, each with its reviewed value. Newer Electron binaries
 * may carry more fuses (Electron 45 adds WasmTrapHandlers); those keep Electron's default.
 */
export const FUSE_SETTINGS = {
  /** ELECTRON_RUN_AS_NODE would turn Skillgap into a plain Node.js that runs any script. */
  [FuseV1Options.RunAsNode]: false,
  /** Chromium's cookie store is encrypted with the OS key store (the app sets no cookies, but it costs nothing). */
  [FuseV1Options.EnableCookieEncryption]: true,
  /** NODE_OPTIONS could preload code into the main process. */
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  /** --inspect and friends would open a debugger into the main process. */
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  /** macOS and Windows check app.asar against the hash electron-builder embeds at packaging. */
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  /** Only app.asar is loaded, never a loose resources/app folder someone dropped in. */
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  /** Needs a second V8 snapshot file that the build does not make; stays at Electron's default. */
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  /**
   * file:// pages get no extra rights and Electron stops reading file:// URLs inside app.asar.
   * The renderer is served from app:// instead (main/app-protocol.ts).
   */
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const satisfies Record<FuseV1Options, boolean>;

/** The part of electron-builder's AfterPackContext the hook reads. */
export interface PackedApp {
  appOutDir: string;
  electronPlatformName: string;
  arch: Arch;
  packager: {
    appInfo: { productFilename: string };
    /** LinuxPackager only: the lower-case executable name (linux.executableName). */
    executableName?: string;
  };
}

/**
 * Where the Electron binary of a packed app is, as @electron/fuses expects it: the executable on
 * Linux and Windows, the .app bundle on macOS (it finds the framework inside).
 */
export function electronBinaryPath(context: PackedApp): string {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'linux': {
      if (!packager.executableName) throw new Error('The Linux packager did not report an executable name.');
      return join(appOutDir, packager.executableName);
    }
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    default:
      throw new Error(`Unknown platform "${electronPlatformName}": cannot find the Electron binary to flip its fuses.`);
  }
}

/**
 * The full configuration handed to flipFuses. On Apple silicon a binary must carry a valid
 * signature to start at all; flipping bits breaks the ad-hoc one Electron ships with, so it is
 * re-made (electron-builder signs properly afterwards when a certificate is configured).
 */
export function fuseConfigFor(context: PackedApp): FuseV1Config {
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  const hasArm64Slice = context.arch === Arch.arm64 || context.arch === Arch.universal;
  return {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: isMac && hasArm64Slice,
    ...FUSE_SETTINGS,
  };
}

/** The hook itself; `flip` is replaceable for tests. */
export async function afterPack(context: PackedApp, flip: typeof flipFuses = flipFuses): Promise<void> {
  const binary = electronBinaryPath(context);
  // flipFuses throws when the binary has no fuse wire, so a build never ships unflipped.
  const wires = await flip(binary, fuseConfigFor(context));
  console.log(`  • Skillgap: fuses flipped in ${binary} (${wires} fuse wire${wires === 1 ? '' : 's'})`);
}
