// Renderer entry: sets up the message catalogs and styles, then mounts the app.

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './i18n/i18n'
import './styles/base.css'
import './styles/layout.css'
import './styles/reader.css'
import './styles/cards.css'
import { App } from './app'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>
  )
}
