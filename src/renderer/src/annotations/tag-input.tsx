// Tags as removable chips plus an input that adds a tag on Enter or comma, suggesting the tags
// already in use (a native datalist: keyboard and screen-reader friendly). What is typed in the input
// and not yet a tag belongs to the editor (`text`), so that its draft keeps it too.

import { useId } from 'react'
import { useTranslation } from '../i18n/i18n'

interface TagInputProps {
  tags: string[]
  suggestions: string[]
  /** What is typed in the input, not yet a tag. */
  text: string
  /** Called with the tags and what is left typed, together: adding a tag empties the input. */
  onChange(tags: string[], text: string): void
}

export function TagInput({ tags, suggestions, text, onChange }: TagInputProps) {
  const { t } = useTranslation()
  const listId = useId()
  const add = (value: string) => {
    const tag = value.trim()
    const known = !tag || tags.some((existing) => existing.toLocaleLowerCase('fr') === tag.toLocaleLowerCase('fr'))
    onChange(known ? tags : [...tags, tag], '')
  }
  return (
    <div className="tag-input">
      <ul className="tag-list" aria-label={t('annotations.tags')}>
        {tags.map((tag) => (
          <li key={tag} className="tag">
            <span>{tag}</span>
            <button
              type="button"
              aria-label={t('annotations.removeTag', { tag })}
              onClick={() =>
                onChange(
                  tags.filter((x) => x !== tag),
                  text
                )
              }
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        type="text"
        list={listId}
        value={text}
        aria-label={t('annotations.addTag')}
        placeholder={t('annotations.addTag')}
        onChange={(event) => {
          const value = event.target.value
          if (value.endsWith(',')) add(value.slice(0, -1))
          else onChange(tags, value)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            add(text)
          } else if (event.key === 'Backspace' && text === '' && tags.length) onChange(tags.slice(0, -1), text)
        }}
        onBlur={() => text && add(text)}
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
