// How `npm run dist` packs Folio with electron-builder: AppImage and deb, NSIS, dmg and zip, the archive as an
// extra resource, the formats and `folio://` links Folio opens, the fuses flipped after packing (build/after-pack.cjs).
// Code rather than YAML for one reason: the update feed is published only when FOLIO_UPDATE_FEED names one.

/** The update feed the installers announce (https only), or null: no feed, nothing published. */
function publishedFeed(env) {
  const feed = env.FOLIO_UPDATE_FEED
  if (!feed) return null
  if (!/^https:\/\/[^\s]+$/.test(feed))
    throw new Error(`FOLIO_UPDATE_FEED doit être une adresse https:// (reçu « ${feed} »)`)
  return { provider: 'generic', url: feed }
}

/** @type {import('app-builder-lib').Configuration} */
module.exports = {
  // The one id Windows (AppUserModelID) and macOS (bundle id) know the app by: never change it once shipped.
  appId: 'app.folio.desktop',
  productName: 'Folio',
  directories: { output: 'dist', buildResources: 'build' },
  // What electron-vite built for the app; the bench and the archive tool stay out. pdf.js is the renderer's,
  // bundled into out/renderer: its package and its optional Node canvas (@napi-rs, 36 MB) are not shipped again.
  files: [
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    'package.json',
    '!node_modules/pdfjs-dist/**',
    '!node_modules/@napi-rs/**'
  ],
  asar: true,
  // main reads the archive at join(process.resourcesPath, 'archive') once packaged (src/main/index.ts archiveDir()).
  extraResources: [{ from: 'resources/archive', to: 'archive', filter: ['**/*'] }],
  afterPack: './build/after-pack.cjs',
  // The formats Folio reads, as a launch's arguments take them (src/main/desktop/launch-args.ts readableName): its
  // documents (read-user-document.ts kindOfFile) and its copies (sniff-copy.ts). Offered, never made the default.
  fileAssociations: [
    { ext: 'txt', name: 'Texte', description: 'Texte brut', mimeType: 'text/plain', role: 'Viewer', rank: 'Alternate' },
    {
      ext: ['md', 'markdown'],
      name: 'Markdown',
      description: 'Document Markdown',
      mimeType: 'text/markdown',
      role: 'Viewer',
      rank: 'Alternate'
    },
    {
      ext: 'pdf',
      name: 'PDF',
      description: 'Document PDF',
      mimeType: 'application/pdf',
      role: 'Viewer',
      rank: 'Alternate'
    },
    {
      ext: ['html', 'htm'],
      name: 'Page web enregistrée',
      description: 'Page web enregistrée',
      mimeType: 'text/html',
      role: 'Viewer',
      rank: 'Alternate'
    },
    {
      ext: 'xhtml',
      name: 'Page XHTML enregistrée',
      description: 'Page web enregistrée (XHTML)',
      mimeType: 'application/xhtml+xml',
      role: 'Viewer',
      rank: 'Alternate'
    }
  ],
  protocols: [{ name: 'Lien Folio', schemes: ['folio'], role: 'Viewer' }],
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    executableName: 'folio',
    icon: 'build/icons',
    maintainer: 'Folio',
    synopsis: 'Lire, annoter et citer une archive de documents hors ligne'
  },
  win: { target: ['nsis'], icon: 'build/icon.png' },
  // File associations only register from a per-machine NSIS install (electron-builder's rule): the assisted
  // installer asks where to install and for whom.
  nsis: { oneClick: false, perMachine: true, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg', 'zip'], category: 'public.app-category.productivity', icon: 'build/icon.png' },
  publish: publishedFeed(process.env)
}
