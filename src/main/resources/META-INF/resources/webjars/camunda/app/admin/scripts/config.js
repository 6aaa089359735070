// Constellation's settings for Camunda's admin (replaces the webjar's own config.js, which sets nothing): French for a
// French browser, English otherwise (docs/adr/0016-camunda-webapps-in-french.md); translations in ../locales/fr.json.
export default {
  locales: {
    availableLocales: ['fr', 'en'],
    fallbackLocale: 'en'
  }
};
