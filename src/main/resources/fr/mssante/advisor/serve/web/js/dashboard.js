// The dashboard panel, shown only when the service has the public extracts loaded (GET /api/v1/info says
// so): the JSON of `directory` (GET /api/v1/dashboard) as tables, by department, by category and by rule.

import { h, $, say } from './dom.js';
import * as api from './api.js';
import { SEVERITIES } from './labels-fr.js';

const percent = rate => (rate * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 }) + ' %';

export function dashboardPanel() {
  const view = $('#dashboard-view');
  const status = $('#dashboard-status');

  function areas(title, rows) {
    return [h('h3', {}, title), h('table', {},
      h('thead', {}, h('tr', {}, ['', 'Structures', 'Équipées', 'Taux', 'Avec BAL organisationnelle', 'Avec constats']
        .map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows.map(a => h('tr', {}, h('th', { scope: 'row' }, a.label || a.code),
        h('td', {}, a.structures), h('td', {}, a.equipped), h('td', {}, percent(a.equipmentRate)),
        h('td', {}, a.withOrg), h('td', {}, a.withFindings)))))];
  }

  return {
    async start() {
      say(status, 'Chargement du tableau de bord…');
      try {
        const d = await api.json('/api/v1/dashboard?lang=fr');
        view.replaceChildren(
          ...areas('Par département', d.departments || []),
          ...areas('Par catégorie', d.categories || []),
          h('h3', {}, 'Constats par règle'),
          h('table', {}, h('thead', {}, h('tr', {}, ['Règle', 'Gravité', 'Constat', 'Structures concernées']
            .map(t => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, ((d.rules && d.rules.applied) || []).map(r => h('tr', {},
            h('td', {}, h('a', { href: `#regles/${encodeURIComponent(r.ruleId)}` }, h('code', {}, r.ruleId))),
            h('td', {}, SEVERITIES[r.severity] || r.severity), h('td', {}, r.title), h('td', {}, r.findings))))));
        say(status, `${(d.structures || []).length.toLocaleString('fr-FR')} structures dans les extractions chargées.`);
      } catch (e) {
        say(status, e.message, 'error');
      }
    },
  };
}
