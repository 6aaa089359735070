// Shared by Constellation's scripts in Tasklist, Cockpit and Admin (each config.js names it, ADR 16).
//
// Dates in the reader's language: each locale file that loads (the reader's, then English as the fallback) sets
// moment's language as it arrives, so the last one wins and French readers saw « in 14 days » half of the time. The
// language Angular's translations settled on is the one dates follow.

function injector() {
  return window.angular && window.angular.element(document.body).injector();
}

function service(name) {
  const found = injector();
  try {
    return found && found.has(name) ? found.get(name) : null;
  } catch (notReady) {
    return null;
  }
}

/** The language the webapp speaks to this reader ('fr', 'en'), once its translations are loaded. */
export function language() {
  const translate = service('$translate');
  return (translate && translate.use()) || '';
}

export function french() {
  return (language() || navigator.language || '').toLowerCase().startsWith('fr');
}

export function syncDates() {
  const moments = service('amMoment');
  const spoken = language();
  // changeLocale() without a language only reads the current one.
  if (moments && spoken && moments.changeLocale() !== spoken) {
    moments.changeLocale(spoken);
  }
}

export function signedIn() {
  const rootScope = service('$rootScope');
  return !!(rootScope && rootScope.authentication && rootScope.authentication.name);
}

// Signing in returns to the team's page first asked (the pages send a reader who is not signed in here with
// ?retour=/coordination/…); only the team's own pages are followed, never another site.
const RETURN = 'constellation.retour';
const asked = new URLSearchParams(window.location.search).get('retour');
if (asked && /^\/coordination(\/[\w\-./?=&%]*)?$/.test(asked) && !asked.includes('//')) {
  window.sessionStorage.setItem(RETURN, asked);
}

export function returnAfterSignIn() {
  const target = window.sessionStorage.getItem(RETURN);
  if (target && signedIn()) {
    window.sessionStorage.removeItem(RETURN);
    window.location.assign(target);
  }
}

let scheduled = false;
new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    window.requestAnimationFrame(() => {
      scheduled = false;
      syncDates();
      returnAfterSignIn();
    });
  }
}).observe(document.documentElement, { childList: true, subtree: true });
