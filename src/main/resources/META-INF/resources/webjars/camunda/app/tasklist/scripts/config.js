// Constellation's settings for Camunda's Tasklist (replaces the webjar's own config.js): French for a French browser,
// English otherwise (docs/adr/0016-camunda-webapps-in-french.md), translations in ../locales/fr.json; and our script,
// constellation.js, for what translations cannot reach (form-js's messages, accessible names, the team's pages).
export default {
  locales: {
    availableLocales: ['fr', 'en'],
    fallbackLocale: 'en'
  },
  customScripts: ['scripts/constellation'],
  // Shown as they are in the keyboard help, which translations do not reach: French first.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'prendre en charge la tâche sélectionnée'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'aller à la première liste de tâches'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'aller à la première tâche de la liste'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'aller au premier champ du formulaire de la tâche'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'démarrer un processus (saisir une proposition reçue par courrier ou téléphone)'
    }
  }
};
