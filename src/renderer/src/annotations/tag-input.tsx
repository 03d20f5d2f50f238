// Tags as removable chips plus an input that adds a tag on Enter or comma, suggesting the tags
// already in use (a native datalist: keyboard and screen-reader friendly).

import { useId, useState } from 'react'
import { useTranslation } from '../i18n/i18n'

interface TagInputProps {
  tags: string[]
  suggestions: string[]
  onChange(tags: string[]): void
}

export function TagInput({ tags, suggestions, onChange }: TagInputProps) {
  const { t } = useTranslation()
  const listId = useId()
  const [draft, setDraft] = useState('')
  const add = (value: string) => {
    const tag = value.trim()
    if (tag && !tags.some((existing) => existing.toLocaleLowerCase('fr') === tag.toLocaleLowerCase('fr'))) onChange([...tags, tag])
    setDraft('')
  }
  return (
    <div className="tag-input">
      <ul className="tag-list" aria-label={t('annotations.tags')}>
        {tags.map((tag) => (
          <li key={tag} className="tag">
            <span>{tag}</span>
            <button type="button" aria-label={t('annotations.removeTag', { tag })} onClick={() => onChange(tags.filter((x) => x !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        type="text"
        list={listId}
        value={draft}
        aria-label={t('annotations.addTag')}
        placeholder={t('annotations.addTag')}
        onChange={(event) => {
          const value = event.target.value
          if (value.endsWith(',')) add(value.slice(0, -1))
          else setDraft(value)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            add(draft)
          } else if (event.key === 'Backspace' && draft === '' && tags.length) onChange(tags.slice(0, -1))
        }}
        onBlur={() => draft && add(draft)}
      />
      <datalist id={listId}>
        {suggestions
          .filter((tag) => !tags.includes(tag))
          .map((tag) => (
            <option key={tag} value={tag} />
          ))}
      </datalist>
    </div>
  )
}
