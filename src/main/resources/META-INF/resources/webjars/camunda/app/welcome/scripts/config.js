// Welcome page settings of this application; replaces the webjar's default config.js.
export default {
  app: {
    name: 'Inclusie & Diversiteit',
    vendor: 'Gemeente Amsterdam'
  },
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'en'
  },
  links: [
    {
      label: 'Mijn aanvragen',
      href: '/mijn-aanvragen/',
      description: 'Je eigen lopende aanvragen en aanmeldingen: waar ze staan, intrekken of afmelden'
    },
    {
      label: 'Dashboard Bureau I&D',
      href: '/dashboard/',
      description: 'Pilot, groeipanel, leervragen en verlopen taken in cijfers (alleen Bureau I&D)'
    }
  ]
};
