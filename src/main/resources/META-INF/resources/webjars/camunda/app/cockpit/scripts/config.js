// Cockpit settings of this application; replaces the webjar's default config.js.
// Dutch for browsers whose first language is Dutch (locales/nl.json), English otherwise.
export default {
  // marks what the signed-in user may use, for styles/user-styles.css (one script for both applications)
  customScripts: ['../tasklist/scripts/rights'],
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'en'
  }
};
