// The edit a note's Y.Text receives: applied to the old note it gives the new one, it touches only what changed,
// and it never cuts an emoji (a surrogate pair) in two.

import { describe, expect, it } from 'vitest'
import { noteEdit, type NoteEdit } from '../../../src/main/sync/note-edit'

const apply = (text: string, edit: NoteEdit | null) =>
  edit ? text.slice(0, edit.index) + edit.insert + text.slice(edit.index + edit.remove) : text

describe('a note’s edit', () => {
  it.each([
    ['', 'Mao à Moscou.'],
    ['Mao à Moscou.', ''],
    ['Mao à Moscou.', 'Mao à Moscou en 1950.'],
    ['Signé 14 février 1950', 'Signé le 14 février 1950'],
    ['aaaa', 'aaaaa'],
    ['traité 😀 signé', 'traité 😃 signé'],
    ['😀', '😀😀'],
    ['中苏友好同盟互助条约', '中苏友好同盟条约']
  ])('turns %j into %j', (before, after) => {
    const edit = noteEdit(before, after)
    expect(apply(before, edit)).toBe(after)
    if (edit) {
      const cut = (text: string, at: number) => /[\uDC00-\uDFFF]/.test(text.charAt(at))
      expect(cut(before, edit.index) || cut(before, edit.index + edit.remove)).toBe(false)
    }
  })

  it('is nothing for an unchanged note, and only the change for a long one', () => {
    const long = 'Le traité traitait d’une série de questions. '.repeat(2_000)
    expect(noteEdit(long, long)).toBeNull()
    expect(noteEdit(long, `${long}Voir Peskov (2010).`)).toEqual({
      index: long.length,
      remove: 0,
      insert: 'Voir Peskov (2010).'
    })
  })
})
