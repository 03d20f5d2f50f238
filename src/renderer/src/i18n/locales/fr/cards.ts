// French strings of the cards tab: its reference and external-link sections.

export const cardsFr = {
  label: 'Fiches',
  references: 'Références',
  links: 'Liens externes'
}
