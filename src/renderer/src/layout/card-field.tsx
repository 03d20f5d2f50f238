// One labelled field of a card; a value the source does not give is shown as unknown, never guessed.

import type { ReactNode } from 'react'

interface CardFieldProps {
  label: string
  value: ReactNode | null
  unknown: string
}

export function CardField({ label, value, unknown }: CardFieldProps) {
  const known = value !== null && value !== undefined && value !== ''
  return (
    <div className={known ? 'card-field' : 'card-field is-unknown'}>
      <dt>{label}</dt>
      <dd>{known ? value : <span className="unknown">{unknown}</span>}</dd>
    </div>
  )
}
