// The password form of a protected PDF: says the PDF is protected (and, after a wrong try, that the password was
// wrong), and hands the typed password to pdf.js's onPassword callback.

import { useState } from 'react'
import { useTranslation } from '../../i18n/i18n'

export function PdfPassword({ incorrect, onSubmit }: { incorrect: boolean; onSubmit(password: string): void }) {
  const { t } = useTranslation()
  const [password, setPassword] = useState('')
  return (
    <form
      className="pdf-password"
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit(password)
        setPassword('')
      }}
    >
      <p>{t('pdf.password')}</p>
      {incorrect && <p role="alert">{t('pdf.passwordWrong')}</p>}
      <label>
        {t('pdf.passwordField')}
        <input type="password" autoFocus value={password} onChange={(event) => setPassword(event.target.value)} />
      </label>
      <button type="submit">{t('pdf.passwordOpen')}</button>
    </form>
  )
}
