// Constellation's settings for Camunda's admin (replaces the webjar's own config.js, which sets nothing): French for a
// French browser, English otherwise (docs/adr/0016-camunda-webapps-in-french.md); translations in ../locales/fr.json.
export default {
  locales: {
    availableLocales: ['fr', 'en'],
    fallbackLocale: 'en'
  },
  // Dates in the reader's language (see there why the locale files alone do not do it).
  customScripts: ['../tasklist/scripts/webapps']
};
