// English strings of the files handed to Folio from outside: the drop zone over the window while files are
// dragged, and the notice that says, file by file, what became of them (dropped, or given at launch).

export const fileDropEn = {
  zone: 'Drop to add to your library',
  hint: 'Text ({{text}}), Markdown ({{markdown}}), PDF and saved web pages ({{html}})',
  adding_one: 'Adding {{count}} file…',
  adding_other: 'Adding {{count}} files…',
  added: '“{{title}}” was added to your library.',
  addedCopy: '“{{title}}” was added to your copies.',
  already: '“{{name}}” is already in your library.',
  refusedLine: '“{{name}}” was not added: {{why}}',
  megabytes: '{{size}} MB',
  refused: {
    folder: 'it is a folder; drop the files it holds instead.',
    unsupported: 'only text (.txt), Markdown (.md), PDF and saved web pages (.html, .htm) can be added.',
    'too-large': 'it is over {{limit}}, the largest file of this type.',
    'too-many': '{{max}} files at most are added at once; drop the others next.',
    unreadable: 'the file could not be read (it may have moved, or it is a folder).',
    'not-granted': 'Folio was not given it at launch; add it from the library.',
    'bad-name': 'its name holds a folder or control characters, or is too long.',
    empty: 'the file is empty.',
    'not-a-file': 'it is not a regular file.',
    binary: 'it is a binary file, not text.',
    'not-utf8': 'it is not in UTF-8 ({{found}}); save it as UTF-8 and try again.',
    'no-title': 'the first line of an article must be its title (“Titre - English title”).',
    'too-complex': 'this document is too complex to read without slowing Folio down.',
    mismatch: 'its content is not what its name says (a .pdf that is no PDF, a .html that is no web page).',
    failed: 'adding it failed; nothing changed. ({{detail}})'
  }
}
