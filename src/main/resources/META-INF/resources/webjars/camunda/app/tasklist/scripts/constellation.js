// Constellation's additions to Camunda's Tasklist, through its supported customisation (a custom script named in
// config.js, ADR 16): what the translations in ../locales/fr.json cannot reach (webapps.js, which it loads, keeps
// the dates in the reader's language and returns to the team's page first asked after signing in).
//  - accessible names and keyboard order where Tasklist leaves them out (axe-core, PortalBrowserIT);
//  - form-js's own messages, in English only, said in French;
//  - the team's pages one link away, and the open calls offered when staff enter a proposal received by mail or
//    phone.
import { french as FRENCH } from './webapps.js';

/** Controls Tasklist draws with an icon only: their names, French then English. */
const NAMES = [
  ['button[data-region="filters"]', 'Afficher ou masquer les listes', 'Show or hide the lists'],
  ['button[data-region="list"]', 'Afficher ou masquer les tâches de la liste', 'Show or hide the tasks'],
  ['button[data-region="task"]', 'Afficher ou masquer la tâche', 'Show or hide the task'],
  ['.app-switch > .dropdown-toggle', 'Applications Camunda', 'Camunda applications'],
  ['.sort-direction', 'Inverser l\'ordre de tri', 'Reverse the order'],
  ['.new-sort > .dropdown-toggle', 'Ajouter un critère de tri', 'Add a sorting criterion'],
  ['button.dropdown-toggle:has(.glyphicon-floppy-disk)', 'Recherches enregistrées', 'Saved searches'],
  ['.task-filter .actions a', 'Détails de la liste', 'List details'],
  ['.instance-link', 'Voir l\'instance de processus dans Cockpit', 'See the process instance in Cockpit']
];

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
  'novembre', 'décembre'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS_FR = ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'];

/** form-js 1.8's validation messages, English only (its select says « Select »: see frenchFormMessages). */
const FORM_MESSAGES = [
  [/^Field is required\.$/, () => 'Ce champ est obligatoire.'],
  [/^Field must have minimum length of (\d+)\.$/, n => `Au moins ${n} caractères.`],
  [/^Field must have maximum length of (\d+)\.$/, n => `Au plus ${n} caractères.`],
  [/^Field must have minimum value of (.+)\.$/, n => `La valeur doit être au moins ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, n => `La valeur doit être au plus ${n}.`],
  [/^Field must be a valid email\.$/, () => 'Indiquez une adresse électronique valide.'],
  [/^Field must be a valid number\.$/, () => 'Indiquez un nombre.'],
  [/^Field must match pattern (.+)\.$/, () => 'La valeur n\'a pas la forme attendue.'],
  [/^Value must be a valid date\.?$/, () => 'Indiquez une date valide.']
];

/**
 * Says an element's text in French by changing its text node itself: form-js (Preact) keeps that node and would add
 * its own English one again beside a new one.
 */
function say(element, text) {
  const node = element.firstChild;
  if (node && node.nodeType === Node.TEXT_NODE && element.childNodes.length === 1) {
    node.nodeValue = text;
  } else {
    element.textContent = text;
  }
}

function accessibleName(element) {
  return (element.getAttribute('aria-label') || element.textContent || '').trim() || element.getAttribute('title');
}

function nameControls() {
  const french = FRENCH();
  for (const [selector, fr, en] of NAMES) {
    // Named even when they hold a word: Tasklist hides it on narrower screens.
    document.querySelectorAll(selector).forEach(element => {
      if (!element.getAttribute('aria-label')) {
        element.setAttribute('aria-label', french ? fr : en);
      }
    });
  }
  // Icon-only links and buttons that carry a tooltip, or sit in something that does (a task card's « Afficher
  // plus »): the tooltip, already translated, is their name.
  document.querySelectorAll('a[uib-tooltip], button[uib-tooltip], [uib-tooltip] > a').forEach(element => {
    const tooltip = element.getAttribute('uib-tooltip') || element.parentElement.getAttribute('uib-tooltip');
    if (!accessibleName(element) && tooltip) {
      element.setAttribute('aria-label', tooltip);
    }
  });
  // Links without an address are buttons (« Copier le lien »): say so, so that their name is allowed and read.
  document.querySelectorAll('a[ng-click]:not([href]):not([role]), a.glyphicon-link:not([href]):not([role])').forEach(
    link => {
      link.setAttribute('role', 'button');
      link.setAttribute('tabindex', '0');
    });
  // The sign-in form's fields have a placeholder and no label.
  document.querySelectorAll('form[name="signinForm"] input').forEach(input => {
    if (!input.getAttribute('aria-label') && input.placeholder) {
      input.setAttribute('aria-label', input.placeholder);
    }
  });
  // A positive tabindex takes the field out of the page's order for keyboard users (sign-in form).
  document.querySelectorAll('[tabindex]').forEach(element => {
    if (Number(element.getAttribute('tabindex')) > 0) {
      element.setAttribute('tabindex', '0');
    }
  });
  // The search box is a combobox (its aria-expanded/aria-owns are only allowed on one).
  document.querySelectorAll('input.main-field[aria-expanded]:not([role])').forEach(input => {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-label', input.placeholder || 'Filtrer les tâches');
  });
}

function frenchFormMessages() {
  if (!FRENCH()) {
    return;
  }
  // The date picker's (flatpickr, inside form-js) months, days and hints.
  document.querySelectorAll('.flatpickr-monthDropdown-month').forEach(option => {
    const month = MONTHS_EN.indexOf(option.textContent.trim());
    if (month >= 0) {
      say(option, MONTHS_FR[month]);
    }
  });
  document.querySelectorAll('.flatpickr-weekday').forEach(day => {
    const weekday = WEEKDAYS_EN.indexOf(day.textContent.trim());
    if (weekday >= 0) {
      say(day, WEEKDAYS_FR[weekday]);
    }
  });
  document.querySelectorAll('.flatpickr-day[aria-label]').forEach(day => {
    const match = day.getAttribute('aria-label').match(/^([A-Z][a-z]+) (\d+), (\d{4})$/);
    if (match && MONTHS_EN.includes(match[1])) {
      day.setAttribute('aria-label', `${match[2]} ${MONTHS_FR[MONTHS_EN.indexOf(match[1])]} ${match[3]}`);
    }
  });
  document.querySelectorAll('.flatpickr-monthDropdown-months[aria-label="Month"]').forEach(month => {
    month.setAttribute('aria-label', 'Mois');
  });
  document.querySelectorAll('.flatpickr-calendar .cur-year[aria-label="Year"]').forEach(year => {
    year.setAttribute('aria-label', 'Année');
  });
  document.querySelectorAll('.fjs-form-field-datetime input[placeholder="dd/mm/yyyy"]').forEach(input => {
    input.placeholder = 'jj/mm/aaaa';
  });
  // A list's empty choice.
  document.querySelectorAll('.fjs-select-placeholder').forEach(element => {
    if (element.textContent.trim() === 'Select') {
      say(element, 'Choisir');
    }
  });
  document.querySelectorAll('.fjs-form-field-error, .fjs-form-field-error li, .fjs-form-field-error span').forEach(
    element => {
      if (element.children.length) {
        return;
      }
      const text = element.textContent.trim();
      for (const [pattern, french] of FORM_MESSAGES) {
        const match = text.match(pattern);
        if (match) {
          say(element, french(match[1]));
          break;
        }
      }
    });
}

/** Staff entering a proposal received by mail or phone choose its call among the open ones. */
let openCalls;
function offerOpenCalls() {
  const input = document.querySelector('input[id$="-Field_proposal_submission_02"]');
  if (!input || input.getAttribute('list')) {
    return;
  }
  input.setAttribute('list', 'constellation-open-calls');
  input.setAttribute('autocomplete', 'off');
  openCalls = openCalls || fetch('/coordination/appels/ouverts.json', { credentials: 'same-origin' })
    .then(response => (response.ok ? response.json() : []))
    .catch(() => []);
  openCalls.then(calls => {
    let list = document.getElementById('constellation-open-calls');
    if (!list) {
      list = document.createElement('datalist');
      list.id = 'constellation-open-calls';
      document.body.appendChild(list);
    }
    list.replaceChildren(...calls.map(call => {
      const option = document.createElement('option');
      option.value = call.slug;
      option.label = call.title;
      return option;
    }));
  });
}

/**
 * The lists come in the order work should be done, priority then due date (their filters say so, ADR 15); Tasklist's
 * sort menu would still say « Créée », its default, so the first time a list is opened in a session its address
 * names that order instead. A person who then chooses another order keeps it.
 */
const WORK_ORDER = JSON.stringify([{ sortBy: 'priority', sortOrder: 'desc' }, { sortBy: 'dueDate', sortOrder: 'asc' }]);
const TASKLIST_DEFAULT = JSON.stringify([{ sortBy: 'created', sortOrder: 'desc' }]);
const ORDERED = 'constellation.ordonnees';
function nameTheWorkOrder() {
  if (!window.location.hash.startsWith('#/?')) {
    return;
  }
  const parameters = new URLSearchParams(window.location.hash.slice(3));
  const list = parameters.get('filter');
  const ordered = JSON.parse(window.sessionStorage.getItem(ORDERED) || '[]');
  if (!list || ordered.includes(list) || (parameters.get('sorting') || TASKLIST_DEFAULT) !== TASKLIST_DEFAULT) {
    return;
  }
  window.sessionStorage.setItem(ORDERED, JSON.stringify(ordered.concat(list)));
  parameters.set('sorting', WORK_ORDER);
  window.location.replace('#/?' + parameters.toString());
}

let scheduled = false;
function tidy() {
  nameTheWorkOrder();
  scheduled = false;
  nameControls();
  frenchFormMessages();
  offerOpenCalls();
}

new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    window.requestAnimationFrame(tidy);
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
tidy();

// A link to the team's pages in Tasklist's header, for everyone signed in (the page shows what each role may use).
export default [
  {
    id: 'constellation-team-pages',
    pluginPoint: 'tasklist.navbar.action',
    priority: 10,
    render: node => {
      const link = document.createElement('a');
      link.href = '/coordination';
      link.textContent = FRENCH() ? 'Espace de l\'équipe' : 'Team pages';
      node.appendChild(link);
    }
  }
];
