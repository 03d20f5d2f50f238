// The app shell's frame as main's first screen draws it around the article: the header with its search
// field and drawer buttons, the reader's bookmark bar, the empty sidebar and panel in their drawer frames
// (so that a narrow window's first screen has the app's arrangement: layout.css). Pure, rendered to HTML.

import type { ReactNode } from 'react'
import { FIRST_SCREEN_ID } from '../first-screen/first-screen-ids'
import { DRAWER_ICONS } from './drawer-icons'

/** A drawer button's shape, disabled and hidden from assistive technology until the app takes over. */
function DisabledDrawerToggle({ name }: { name: keyof typeof DRAWER_ICONS }) {
  return (
    <button type="button" className={`header-button drawer-toggle drawer-toggle-${name}`} disabled aria-hidden="true">
      <span className="drawer-toggle-icon">{DRAWER_ICONS[name]}</span>
    </button>
  )
}

/** A bookmark toggle's shape, keeping the bar's height; its label is a non-breaking space. */
function DisabledBookmarkToggle() {
  return (
    <button type="button" className="bookmark-toggle" disabled>
      <span className="bookmark-icon">☆</span>
      <span className="bookmark-toggle-label">{'\u00a0'}</span>
    </button>
  )
}

/**
 * The frame around `children` (the article): its controls are disabled shapes that keep the article
 * exactly where the app will draw it.
 */
export function FirstScreenFrame({ archiveName, children }: { archiveName: string; children: ReactNode }) {
  return (
    <div id={FIRST_SCREEN_ID} className="app-shell first-screen" aria-busy="true">
      <div className="app-header">
        <DisabledDrawerToggle name="library" />
        <span className="app-name">Folio</span>
        <span className="archive-name">{archiveName}</span>
        <div className="search-box" aria-hidden="true">
          <input type="search" disabled tabIndex={-1} />
        </div>
        <div className="header-tools">
          <DisabledDrawerToggle name="panel" />
        </div>
      </div>
      <div className="drawer drawer-library">
        <div className="library-sidebar" />
      </div>
      <div className="reader-pane">
        <div className="reader-bookmark-bar" aria-hidden="true">
          <div className="reader-bookmark-bar-inner">
            <DisabledBookmarkToggle />
            <DisabledBookmarkToggle />
          </div>
        </div>
        <div className="reader-surface">{children}</div>
      </div>
      <div className="drawer drawer-panel">
        <div className="side-panel" />
      </div>
    </div>
  )
}
