// The re-anchoring baselines of the seed article, one row per behaviour (see reanchor.test.ts for how to add one).
// Each row: the passage selected in the original article, an edit of the article, and the expected anchor.

import type { AnchorMethod } from '../../../src/shared/anchoring/types'
import { seedArticleText } from './text-document'

/** The seed article's raw text, before any edit. */
export const ORIGINAL = seedArticleText()

/** Replaces the only occurrence of `from`; throws when it occurs zero or several times. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from)
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" must occur exactly once`)
  return text.slice(0, at) + to + text.slice(at + from.length)
}

/** The source line starting with `start` (a whole paragraph of the article). */
function lineStartingWith(text: string, start: string): string {
  const line = text.split('\n').find((l) => l.startsWith(start))
  if (!line) throw new Error(`no line starts with "${start}"`)
  return line
}

/** The article's paragraph on Mao's visit. */
export const MAO = lineStartingWith(ORIGINAL, 'Mao ')
/** The article's paragraph on the treaty's expiry (Deng Xiaoping). */
export const DENG = lineStartingWith(ORIGINAL, 'Après ')
/** The article's introduction paragraph (with the Chinese names). */
export const INTRO = lineStartingWith(ORIGINAL, 'Le traité ')

/** One baseline: see the note at the top of reanchor.test.ts. */
export interface Case {
  name: string
  select: string
  edit: (text: string) => string
  expected: string | null
  occurrence?: number
  method?: AnchorMethod
}

/** The baselines, in no particular order. */
export const cases: Case[] = [
  {
    name: 'anchors by its stored position when nothing changed',
    select: 'Deng Xiaoping voulait que la Chine',
    edit: (t) => t,
    expected: 'Deng Xiaoping voulait que la Chine',
    method: 'position'
  },
  {
    name: 'finds the passage by its block when a paragraph was inserted before it',
    select: 'Deng Xiaoping voulait que la Chine',
    edit: (t) => replaceOnce(t, '\n\nTraité d', '\n\nUn paragraphe nouveau, ajouté en tête.\n\nTraité d'),
    expected: 'Deng Xiaoping voulait que la Chine',
    method: 'position'
  },
  {
    name: 'finds the passage by its quote when text was inserted before it in the same paragraph',
    select: 'Deng Xiaoping voulait que la Chine',
    edit: (t) => replaceOnce(t, "Après l'expiration du traité", "Après l'expiration, longtemps attendue, du traité"),
    expected: 'Deng Xiaoping voulait que la Chine',
    method: 'quote'
  },
  {
    name: 'finds a passage whose quote has a typo',
    select: 'les ports de Dalian et Lushun devaient être rendus',
    edit: (t) => replaceOnce(t, 'Dalian et', 'Dalain et'),
    expected: 'les ports de Dalain et Lushun devaient être rendus',
    method: 'fuzzy'
  },
  {
    name: 'finds a passage with one character deleted from its quote',
    select: 'prêter 300 millions de dollars',
    edit: (t) => replaceOnce(t, 'prêter 300 millions', 'prêter 300 milions'),
    expected: 'prêter 300 milions de dollars',
    method: 'fuzzy'
  },
  {
    name: 'finds a passage with three characters inserted in its quote',
    select: 'Les Soviétiques ont accepté de prêter',
    edit: (t) => replaceOnce(t, 'ont accepté de prêter', 'ont ré-accepté de prêter'),
    expected: 'Les Soviétiques ont ré-accepté de prêter',
    method: 'fuzzy'
  },
  {
    name: 'finds a passage after its paragraph was split inside it',
    select: "hors de Chine dans sa vie. Le traité traitait d'une série",
    edit: (t) => replaceOnce(t, 'dans sa vie. Le traité', 'dans sa vie.\n\nLe traité'),
    expected: "hors de Chine dans sa vie.\nLe traité traitait d'une série",
    method: 'fuzzy'
  },
  {
    name: 'finds a passage by its position after its paragraph was split just before it',
    select: 'Les Soviétiques ont accepté de prêter 300 millions',
    edit: (t) => replaceOnce(t, 'la Chine. Les Soviétiques', 'la Chine.\nLes Soviétiques'),
    expected: 'Les Soviétiques ont accepté de prêter 300 millions',
    method: 'position'
  },
  {
    name: 'finds a passage whose non-breaking space became a plain space',
    select: 'Signé 14 février 1950\u00a0( 1950-02-14 )',
    edit: (t) => replaceOnce(t, '1950\u00a0( 1950-02-14', '1950 ( 1950-02-14'),
    expected: 'Signé 14 février 1950 ( 1950-02-14 )',
    method: 'fuzzy'
  },
  {
    name: 'finds a passage after double spaces were typed into it',
    select: 'Par ses termes, les Soviétiques ont reconnu',
    edit: (t) => replaceOnce(t, 'Par ses termes, les Soviétiques ont', 'Par ses termes,  les Soviétiques  ont'),
    expected: 'Par ses termes,  les Soviétiques  ont reconnu',
    method: 'fuzzy'
  },
  {
    name: 'finds a passage after all whitespace in the document was normalised',
    select: "Archivé de l'original (PDF) le 2007-03-18.\u00a0(103\u00a0 Ko ) (2005)",
    edit: (t) => t.replace(/\u00a0/g, ' ').replace(/ {2,}/g, ' '),
    expected: "Archivé de l'original (PDF) le 2007-03-18. (103 Ko ) (2005)",
    method: 'fuzzy'
  },
  {
    name: 'finds a moved paragraph by its block',
    select: "Mao s'est rendu en Union soviétique",
    edit: (t) => replaceOnce(t, MAO + '\n', '') + '\n' + MAO,
    expected: "Mao s'est rendu en Union soviétique",
    method: 'position'
  },
  {
    name: 'finds an edited passage in a paragraph moved far away',
    select: "Mao s'est rendu en Union soviétique pour signer le traité",
    edit: (t) => replaceOnce(t, MAO + '\n', '') + '\n' + MAO.replace('Union soviétique', 'Union Soviétique'),
    expected: "Mao s'est rendu en Union Soviétique pour signer le traité",
    method: 'fuzzy'
  },
  {
    name: 'picks the occurrence whose context matches when the passage is repeated elsewhere',
    select: "Le traité traitait d'une série de questions",
    edit: (t) =>
      replaceOnce(
        replaceOnce(t, 'Il était basé', "Le traité traitait d'une série de questions économiques. Il était basé"),
        "Mao s'est rendu",
        "Mao Zedong s'est rendu"
      ),
    expected: "Le traité traitait d'une série de questions",
    occurrence: 1,
    method: 'quote'
  },
  {
    name: 'prefers the occurrence nearest its old place when repeated passages share their context',
    select: 'Deng Xiaoping voulait que la Chine ne négocie pas',
    edit: (t) => {
      const edited = DENG.replace('Après', 'Peu après')
      return replaceOnce(t, DENG, edited) + '\n\n' + edited
    },
    expected: 'Deng Xiaoping voulait que la Chine ne négocie pas',
    occurrence: 0,
    method: 'quote'
  },
  {
    name: 'leaves an orphan when the passage was removed',
    select: 'Deng Xiaoping voulait que la Chine ne négocie pas avec les Soviétiques',
    edit: (t) => replaceOnce(t, 'Deng Xiaoping voulait que la Chine ne négocie pas avec les Soviétiques ', ''),
    expected: null
  },
  {
    name: 'leaves an orphan when its paragraph was deleted',
    select: "Mao s'est rendu en Union soviétique pour signer le traité",
    edit: (t) => replaceOnce(t, MAO + '\n', ''),
    expected: null
  },
  {
    name: 'finds the text of a deleted paragraph pasted into another one',
    select: "l'une des deux seules fois où il a voyagé hors de Chine",
    edit: (t) => replaceOnce(replaceOnce(t, MAO + '\n', ''), DENG, DENG + ' ' + MAO.slice(0, 160)),
    expected: "l'une des deux seules fois où il a voyagé hors de Chine",
    method: 'quote'
  },
  {
    name: 'finds a Chinese quote with one character changed',
    select: '中苏友好同盟互助条约',
    edit: (t) => replaceOnce(t, '中苏友好同盟互助条约', '中苏友好同盟互助條约'),
    expected: '中苏友好同盟互助條约',
    method: 'fuzzy'
  },
  {
    name: 'finds a short word by its context when text was inserted before it in its paragraph',
    select: "Mao s'est",
    edit: (t) => replaceOnce(t, "Mao s'est rendu", "En 1949, Mao s'est rendu"),
    expected: "Mao s'est",
    method: 'quote'
  },
  {
    name: 'leaves an orphan when a short word was replaced and occurs elsewhere only in other contexts',
    select: 'hors de Chine dans',
    edit: (t) => replaceOnce(t, 'hors de Chine dans', 'hors de son pays dans'),
    expected: null
  },
  {
    name: 'finds a passage across two blocks by its block after a paragraph was inserted before both',
    select: 'Signataires\nDes soirées',
    edit: (t) => replaceOnce(t, '\n\nTraité d', '\n\nUn paragraphe nouveau.\n\nTraité d'),
    expected: 'Signataires\nDes soirées',
    method: 'position'
  },
  {
    name: 'finds a passage across two blocks when one of them was edited',
    select: 'Expiration 16 février 1979\u00a0( 1979-02-16 )\nSignataires',
    edit: (t) => replaceOnce(t, '16 février 1979', '16 févier 1979'),
    expected: 'Expiration 16 févier 1979\u00a0( 1979-02-16 )\nSignataires',
    method: 'fuzzy'
  },
  {
    name: 'leaves an orphan when the whole article was replaced by another',
    select: "Mao s'est rendu en Union soviétique",
    edit: () => 'Un tout autre article - Another article\n\nRien à voir avec le précédent.\n',
    expected: null
  },
  {
    name: 'finds a long passage with three typos spread through it',
    select: DENG.slice(0, 300),
    edit: (t) =>
      replaceOnce(
        t,
        DENG,
        DENG.replace('expiration', 'expiraton').replace('négocie', 'negocie').replace('retrait', 'retriat')
      ),
    expected: DENG.slice(0, 300)
      .replace('expiration', 'expiraton')
      .replace('négocie', 'negocie')
      .replace('retrait', 'retriat'),
    method: 'fuzzy'
  },
  {
    name: 'finds a heavily edited passage between its unchanged prefix and suffix',
    select: 'Les Soviétiques ont accepté de prêter 300 millions de dollars',
    edit: (t) =>
      replaceOnce(
        t,
        'Les Soviétiques ont accepté de prêter 300 millions de dollars',
        'Les soviétiques ont acepté de preter 300 milion de dolars'
      ),
    expected: 'Les soviétiques ont acepté de preter 300 milion de dolars',
    method: 'fuzzy'
  },
  {
    name: 'finds a passage whose first letter changed case',
    select: 'Par ses termes, les Soviétiques ont reconnu la République populaire de Chine',
    edit: (t) => replaceOnce(t, 'Par ses termes', 'par ses termes'),
    expected: 'par ses termes, les Soviétiques ont reconnu la République populaire de Chine',
    method: 'fuzzy'
  },
  {
    name: 'finds a passage by its block after earlier blocks were deleted',
    select: 'Deng Xiaoping voulait',
    edit: (t) => replaceOnce(t, 'Signataires\nDes soirées\n', ''),
    expected: 'Deng Xiaoping voulait',
    method: 'position'
  },
  {
    name: 'finds a whole paragraph whose neighbours were both rewritten at their edges',
    select: MAO,
    edit: (t) =>
      replaceOnce(
        replaceOnce(t, 'de la République de Chine .\n', 'de la République de Chine (Taïwan).\n'),
        "Après l'expiration",
        "Peu après l'expiration"
      ),
    expected: MAO,
    method: 'quote'
  },
  {
    name: 'finds a passage of the introduction by its block after the title was reworded',
    select: 'traité sino-soviétique de Amitié et Alliance en abrégé',
    edit: (t) =>
      replaceOnce(t, "Traité sino-soviétique d'amitié, d'alliance", "Traité sino-soviétique d'amitié et d'alliance"),
    expected: 'traité sino-soviétique de Amitié et Alliance en abrégé',
    method: 'position'
  }
]
