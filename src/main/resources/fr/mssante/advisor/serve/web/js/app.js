// The page's entry point: asks the service what it offers (GET /api/v1/info), starts the panels, and moves
// between them by the address (#audit, #formulaire, #regles, #regles/ID, #tableau), so that the browser's
// back button and links work and each panel can be bookmarked.

import { $, $$ } from './dom.js';
import * as api from './api.js';
import { auditPanel } from './audit.js';
import { formPanel } from './form.js';
import { rulesPanel } from './rules.js';
import { dashboardPanel } from './dashboard.js';

const TITLES = {
  audit: 'Auditer', formulaire: 'Construire un fichier', regles: 'Les règles', tableau: 'Tableau de bord',
};

api.onTokenNeeded(askToken);

async function main() {
  let info;
  try {
    info = await api.json('/api/v1/info');
  } catch (e) {
    $('#page-status').textContent = e.message;
    return;
  }
  const form = formPanel(info);
  const rules = rulesPanel((tree, origin) => {
    location.hash = '#formulaire';
    form.openTree(tree, origin);
  });
  auditPanel(info, (text, origin) => {
    location.hash = '#formulaire';
    form.open(text, origin);
  });
  const dashboard = info.extracts ? dashboardPanel() : null;
  $('#nav-dashboard').hidden = !dashboard;
  await Promise.all([form.start(), rules.start(), dashboard && dashboard.start()]);
  window.addEventListener('hashchange', () => route(rules, dashboard, true));
  // The skip link goes to the heading of the panel shown, without changing the address (which names the panel).
  $('.skip').addEventListener('click', e => {
    e.preventDefault();
    $('.panel:not([hidden]) h2').focus();
  });
  route(rules, dashboard, false);
  document.body.dataset.ready = 'true';
}

function route(rules, dashboard, moveFocus) {
  const [name, arg] = decodeURIComponent(location.hash.slice(1)).split('/');
  const panel = TITLES[name] && (name !== 'tableau' || dashboard) ? name : 'audit';
  for (const section of $$('.panel')) section.hidden = section.id !== panel;
  for (const link of $$('nav a')) {
    if (link.getAttribute('href') === '#' + panel) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = `${TITLES[panel]} — Conseiller de conformité MSSanté`;
  const focused = panel === 'regles' && rules.route(arg);
  if (moveFocus && !focused) $(`#${panel} h2`).focus();
}

/** Asks for the service's token in a dialog; resolves to the token, or null when the user gives up. */
function askToken(wasWrong) {
  const dialog = $('#token-dialog');
  $('#token-wrong').hidden = !wasWrong;
  $('#token-input').value = '';
  return new Promise(resolve => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok' ? $('#token-input').value.trim() || null : null),
      { once: true });
    dialog.showModal();
  });
}

main();
