// Tasklist settings of this application; replaces the webjar's default config.js.
// Dutch for browsers whose first language is Dutch (locales/nl.json), English otherwise.
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Gemeente Amsterdam'
  },
  // rights: marks what the signed-in user may use, for styles/user-styles.css;
  // dutch-forms: Camunda Forms the Dutch way (dates, amounts, messages; see the script);
  // capped-counts: a task count the server capped shown as "100+"
  customScripts: ['scripts/rights', 'scripts/dutch-forms', 'scripts/capped-counts'],
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'en'
  },
  dateFormat: {
    normal: 'D MMMM YYYY HH:mm',
    long: 'dddd D MMMM YYYY HH:mm'
  },
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
