// The words of the application menu (main/desktop/menu-template.ts), in the UI language the renderer last
// reported: the menus' titles, Folio's own actions, and the standard items Electron would otherwise name in English.

import type { Language } from '../../shared/settings/settings'
import type { MenuAction } from '../../shared/desktop/menu-actions'

/** The standard items (Electron roles) the menu names itself. */
type RoleWord =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'togglefullscreen'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'quit'
  | 'close'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'minimize'
  | 'zoom'
  | 'front'

export interface MenuMessages {
  menus: Record<'file' | 'edit' | 'view' | 'theme' | 'go' | 'window' | 'help', string>
  actions: Record<MenuAction, string>
  roles: Record<RoleWord, string>
}

export type MenuRoleWord = RoleWord

const menuFr: MenuMessages = {
  menus: {
    file: 'Fichier',
    edit: 'Édition',
    view: 'Affichage',
    theme: 'Thème',
    go: 'Aller',
    window: 'Fenêtre',
    help: 'Aide'
  },
  actions: {
    addDocument: 'Ajouter un document…',
    openArchive: 'Ouvrir une archive…',
    exportNotes: 'Exporter les notes…',
    print: 'Imprimer…',
    savePdf: 'Enregistrer en PDF…',
    find: 'Chercher dans le document',
    'theme-system': 'Comme le système',
    'theme-light': 'Clair',
    'theme-dark': 'Sombre',
    'theme-sepia': 'Sépia',
    fontLarger: 'Agrandir le texte',
    fontSmaller: 'Réduire le texte',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    zoomReset: 'Taille réelle (100 %)',
    toggleLibrary: 'Afficher ou masquer la bibliothèque',
    togglePanel: 'Afficher ou masquer le panneau',
    search: 'Rechercher dans la bibliothèque',
    nextSection: 'Section suivante',
    previousSection: 'Section précédente',
    back: 'Revenir en arrière',
    shortcuts: 'Raccourcis clavier',
    about: 'À propos de Folio'
  },
  roles: {
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    pasteAndMatchStyle: 'Coller et adapter le style',
    delete: 'Supprimer',
    selectAll: 'Tout sélectionner',
    togglefullscreen: 'Plein écran',
    reload: 'Recharger',
    forceReload: 'Forcer le rechargement',
    toggleDevTools: 'Outils de développement',
    quit: 'Quitter Folio',
    close: 'Fermer la fenêtre',
    services: 'Services',
    hide: 'Masquer Folio',
    hideOthers: 'Masquer les autres',
    unhide: 'Tout afficher',
    minimize: 'Réduire',
    zoom: 'Agrandir la fenêtre',
    front: 'Tout ramener au premier plan'
  }
}

const menuEn: MenuMessages = {
  menus: { file: 'File', edit: 'Edit', view: 'View', theme: 'Theme', go: 'Go', window: 'Window', help: 'Help' },
  actions: {
    addDocument: 'Add a Document…',
    openArchive: 'Open an Archive…',
    exportNotes: 'Export Notes…',
    print: 'Print…',
    savePdf: 'Save as PDF…',
    find: 'Find in Document',
    'theme-system': 'Same as the System',
    'theme-light': 'Light',
    'theme-dark': 'Dark',
    'theme-sepia': 'Sepia',
    fontLarger: 'Larger Text',
    fontSmaller: 'Smaller Text',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    zoomReset: 'Actual Size (100%)',
    toggleLibrary: 'Show or Hide the Library',
    togglePanel: 'Show or Hide the Panel',
    search: 'Search the Library',
    nextSection: 'Next Section',
    previousSection: 'Previous Section',
    back: 'Back',
    shortcuts: 'Keyboard Shortcuts',
    about: 'About Folio'
  },
  roles: {
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    pasteAndMatchStyle: 'Paste and Match Style',
    delete: 'Delete',
    selectAll: 'Select All',
    togglefullscreen: 'Full Screen',
    reload: 'Reload',
    forceReload: 'Force Reload',
    toggleDevTools: 'Developer Tools',
    quit: 'Quit Folio',
    close: 'Close Window',
    services: 'Services',
    hide: 'Hide Folio',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    minimize: 'Minimize',
    zoom: 'Zoom',
    front: 'Bring All to Front'
  }
}

export const menuMessages: Record<Language, MenuMessages> = { fr: menuFr, en: menuEn }
