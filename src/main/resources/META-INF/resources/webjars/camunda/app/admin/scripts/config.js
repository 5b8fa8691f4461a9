// Admin settings of this application; replaces the webjar's default config.js.
export default {
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'en'
  }
};
