// Welcome page settings of this application; replaces the webjar's default config.js.
export default {
  app: {
    name: 'Inclusie & Diversiteit',
    vendor: 'Gemeente Amsterdam'
  },
  // marks what the signed-in user may use, for styles/user-styles.css (the tasklist's script)
  customScripts: ['../tasklist/scripts/rights'],
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
      // no '&': the welcome page's translate filter would show it as '&amp;'
      label: 'Dashboard Bureau Inclusie en Diversiteit',
      href: '/dashboard/',
      description: 'Pilot, groeipanel, leervragen en verlopen taken in cijfers (alleen voor Bureau Inclusie en Diversiteit)'
    }
  ]
};
