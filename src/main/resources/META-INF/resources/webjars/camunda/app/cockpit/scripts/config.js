// Cockpit settings of this application; replaces the webjar's default config.js.
// Dutch for browsers whose first language is Dutch (locales/nl.json), English otherwise.
export default {
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'en'
  }
};
