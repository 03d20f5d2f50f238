// Electron's fuses as the packaged Folio sets them, the one definition that build/after-pack.cjs flips into the
// packed binary and tests/main/desktop/fuses.test.ts checks: no Node mode, no NODE_OPTIONS or --inspect, the
// cookie store encrypted, and only the app's own app.asar loaded, checked against its embedded hash.

import { join } from 'node:path'
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses'

/** Each fuse Folio sets, by its name in @electron/fuses; the fuses not named keep Electron's default. */
export const FOLIO_FUSES = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableCookieEncryption: true,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true
} as const satisfies Partial<Record<keyof typeof FuseV1Options, boolean>>

/** FOLIO_FUSES as @electron/fuses' wire configuration. */
export function folioFuseConfig(): FuseV1Config {
  const config: FuseV1Config = { version: FuseVersion.V1 }
  for (const [name, on] of Object.entries(FOLIO_FUSES)) config[FuseV1Options[name as keyof typeof FuseV1Options]] = on
  return config
}

/** What electron-builder's afterPack hook receives that says where the packed binary is. */
export interface PackedApp {
  appOutDir: string
  electronPlatformName: string
  packager: { appInfo: { productFilename: string }; executableName?: string }
}

/**
 * The file that holds the fuse wire in a packed app: Folio.exe on Windows, the executable (linux.executableName)
 * on Linux, the .app bundle on macOS (@electron/fuses finds Electron Framework inside it).
 */
export function packedBinaryPath({ appOutDir, electronPlatformName, packager }: PackedApp): string {
  const product = packager.appInfo.productFilename
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${product}.app`)
    case 'win32':
      return join(appOutDir, `${product}.exe`)
    case 'linux':
      return join(appOutDir, packager.executableName ?? product)
    default:
      throw new Error(`Plateforme inconnue pour les fusibles d'Electron : ${electronPlatformName}`)
  }
}

/** Flips Folio's fuses in the packed binary; resolves to the number of fuse wires set (2 in a universal macOS build). */
export function flipFolioFuses(app: PackedApp): Promise<number> {
  return flipFuses(packedBinaryPath(app), folioFuseConfig())
}
