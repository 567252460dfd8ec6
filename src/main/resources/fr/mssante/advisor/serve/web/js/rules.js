// The rules panel: the pack's catalogue (GET /api/v1/rules), filtered by words or severity, and each rule
// explained (GET /api/v1/rules/{id}): what it checks, its basis in the FAQ, how to fix it, and an example
// setup that makes it fire, which opens in the form.

import { h, $, say, count } from './dom.js';
import * as api from './api.js';
import * as yaml from './yaml.js';
import { SEVERITIES, SUBJECT_KINDS } from './labels-fr.js';

export function rulesPanel(openTree) {
  const table = $('#rules-table tbody');
  const filter = $('#rules-filter');
  const severity = $('#rules-severity');
  const status = $('#rules-status');
  const detail = $('#rule-detail');
  const catalogue = $('#rules-catalogue');
  let rules = [];

  function showList() {
    const words = filter.value.trim().toLowerCase();
    const shown = rules.filter(r => (!severity.value || r.severity === severity.value)
      && (!words || `${r.id} ${r.title} ${SUBJECT_KINDS[r.subjectKind] || ''}`.toLowerCase().includes(words)));
    table.replaceChildren(...shown.map(r => h('tr', {},
      h('td', {}, h('a', { href: `#regles/${encodeURIComponent(r.id)}` }, h('code', {}, r.id))),
      h('td', {}, h('span', { class: `severity ${r.severity.toLowerCase()}` }, SEVERITIES[r.severity] || r.severity)),
      h('td', {}, SUBJECT_KINDS[r.subjectKind] || r.subjectKind),
      h('td', {}, r.title))));
    say(status, shown.length === rules.length ? `${count(rules.length, 'règle', 'règles')} dans le catalogue.`
      : `${count(shown.length, 'règle affichée', 'règles affichées', 'Aucune règle ne correspond')} sur ${rules.length}.`);
  }

  async function showRule(id) {
    catalogue.hidden = true;
    detail.hidden = false;
    detail.replaceChildren(h('p', {}, 'Chargement…'));
    try {
      const r = await api.json(`/api/v1/rules/${encodeURIComponent(id)}?lang=fr`);
      const example = r.example && r.example.setup;
      const title = h('h3', { id: 'rule-title', tabindex: '-1' }, h('code', {}, r.id), ' — ', r.title);
      detail.replaceChildren(...[
        h('p', { class: 'no-print' }, h('a', { href: '#regles' }, '← Toutes les règles')),
        title,
        h('p', {}, h('span', { class: `severity ${r.severity.toLowerCase()}` }, SEVERITIES[r.severity] || r.severity),
          ` · concerne : ${(SUBJECT_KINDS[r.subjectKind] || r.subjectKind).toLowerCase()}`),
        h('h4', {}, 'Ce que vérifie la règle'), h('p', {}, r.description),
        h('h4', {}, 'Pourquoi'), h('p', {}, r.reference),
        h('h4', {}, 'Comment corriger'), h('p', {}, r.recommendation),
        example ? [
          h('h4', {}, 'Un exemple qui la déclenche'),
          h('p', { class: 'help' }, 'Un des scénarios de test du paquet de règles : un fichier minimal où la règle se déclenche.'),
          h('pre', { class: 'yaml', tabindex: '0', 'aria-label': 'Exemple de fichier de configuration' }, yaml.write(example)),
          h('button', { type: 'button', class: 'secondary',
            onclick: () => openTree(example, `L'exemple de la règle ${r.id}`) }, 'Ouvrir cet exemple dans le formulaire'),
        ] : []].flat());
      document.title = `${r.id} — Conseiller de conformité MSSanté`;
      title.focus();
    } catch (e) {
      detail.replaceChildren(h('p', { class: 'error-text' }, e.message),
        h('p', {}, h('a', { href: '#regles' }, '← Toutes les règles')));
    }
  }

  filter.addEventListener('input', showList);
  severity.addEventListener('change', showList);

  return {
    async start() {
      rules = (await api.json('/api/v1/rules?lang=fr')).rules;
      showList();
    },
    /** The panel's part for the address: '' for the catalogue, a rule's id otherwise. */
    route(id) {
      if (id) {
        showRule(id);
        return true;
      }
      detail.hidden = true;
      catalogue.hidden = false;
      return false;
    },
  };
}
