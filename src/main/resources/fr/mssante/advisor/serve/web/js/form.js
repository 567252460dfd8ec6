// The "build or complete a setup file" panel: where to start from (an empty file, a sample, the user's
// own file, or the public extracts for a FINESS when the service has them), the guided form, the schema's
// checks as the user types, the findings of the service as the form changes (the YAML is audited a moment
// after the last change), and the YAML to download.

import { h, $, say, download, slug, count } from './dom.js';
import * as api from './api.js';
import * as yaml from './yaml.js';
import { check } from './form-check.js';
import { field, fieldId } from './form-schema.js';
import { render, getAt, setAt } from './form-render.js';
import { showReport, summaryOf, reportTools } from './report-view.js';

const LIVE_DELAY_MS = 600;
const EMPTY = () => ({ format: 'mssante-setup/1', structure: {}, deployment: { deployed: false } });

export function formPanel(info) {
  const form = $('#setup-form');
  const status = $('#form-status');
  const liveStatus = $('#live-status');
  const liveReport = $('#live-report');
  const checks = $('#form-checks');
  const preview = $('#form-yaml');
  let schema = null;
  let rules = [];
  let tree = EMPTY();
  let live = null;
  let showAll = false;
  let dirty = false;
  let timer = null;
  let sequence = 0;
  let lastSummary = '';
  const touched = new Set();
  const badDates = new Set();

  const refs = {
    professionals: () => list(tree.professionals).filter(p => p.id).map(p => ({
      value: p.id, label: [p.firstName, p.lastName].filter(Boolean).join(' ') ? `${[p.firstName, p.lastName].filter(Boolean).join(' ')} (${p.id})` : p.id,
    })),
    careTeams: () => list(tree.structure && tree.structure.careTeams).filter(t => t.id)
      .map(t => ({ value: t.id, label: t.name ? `${t.name} (${t.id})` : t.id })),
    mailboxes: () => list(tree.mailboxes).filter(m => m.id)
      .map(m => ({ value: m.id, label: m.address ? `${m.address} (${m.id})` : m.id })),
    rules: () => rules.map(r => ({ value: r.id, label: `${r.id} — ${r.title}` })),
  };

  const ctx = {
    get tree() { return tree; },
    get root() { return schema; },
    refs,
    changed,
    add(path) {
      const items = getAt(tree, path) || [];
      const f = field(path);
      items.push(f.idPrefix ? { id: freeId(items, f.idPrefix) } : {});
      setAt(tree, path, items);
      redraw();
      focusFirst(fieldId([...path, items.length - 1]));
      say(status, `${f.item} ${items.length} ajouté${f.fem ? 'e' : ''}.`);
      afterChange();
    },
    remove(path, index) {
      const items = getAt(tree, path);
      const f = field(path);
      items.splice(index, 1);
      if (!items.length) setAt(tree, path, undefined);
      redraw();
      document.getElementById(fieldId(path) + '-add').focus();
      say(status, `${f.item} ${index + 1} retiré${f.fem ? 'e' : ''}.`);
      afterChange();
    },
  };

  function changed(path, value, opts = {}) {
    setAt(tree, path, value);
    for (const optional of live.optionals) {
      const node = getAt(tree, optional);
      if (node && typeof node === 'object' && !Object.keys(node).length) setAt(tree, optional, undefined);
    }
    touched.add(fieldId(path));
    if (opts.badDate) badDates.add(fieldId(path)); else badDates.delete(fieldId(path));
    if (opts.id) refreshRefs();
    if (opts.condition) applyConditions();
    updateTitles();
    afterChange();
  }

  function afterChange() {
    dirty = true;
    showChecks();
    preview.textContent = currentYaml();
    clearTimeout(timer);
    timer = setTimeout(audit, LIVE_DELAY_MS);
  }

  function redraw() {
    live = render(form, ctx);
    applyConditions();
    updateTitles();
  }

  function refreshRefs() {
    for (const r of live.refs) if (!r.el.contains(document.activeElement)) r.fill();
  }

  function updateTitles() {
    for (const t of live.titles) {
      const item = getAt(tree, t.path) || {};
      const title = t.title ? t.title(item) : '';
      t.el.textContent = title ? ` : ${title}` : '';
    }
  }

  /** A field that applies only to some kinds (the owner of a personal box…) shows for them, or when filled. */
  function applyConditions() {
    for (const c of live.conditions) {
      const item = getAt(tree, c.path.slice(0, -1)) || {};
      const applies = Object.entries(c.when).every(([k, values]) => values.includes(item[k]));
      c.el.hidden = !applies && getAt(tree, c.path) === undefined;
    }
  }

  function problems() {
    const found = check(schema, tree);
    for (const id of badDates) {
      found.push({ id, path: null, context: '', message: `« ${$('label[for="' + id + '"]').firstChild.textContent} » : la date est incomplète.` });
    }
    return found;
  }

  function showChecks() {
    const found = problems();
    for (const p of form.querySelectorAll('[aria-invalid]')) p.removeAttribute('aria-invalid');
    for (const e of form.querySelectorAll('.field-error')) {
      e.hidden = true;
      e.textContent = '';
    }
    for (const p of found) {
      const error = p.id && document.getElementById('e-' + p.id);
      if (error && (showAll || touched.has(p.id))) {
        error.textContent = error.textContent ? error.textContent + ' ' + p.message : p.message;
        error.hidden = false;
        document.getElementById(p.id)?.setAttribute('aria-invalid', 'true');
      }
    }
    if (!found.length) {
      checks.replaceChildren(h('p', { class: 'ok' }, '✓ Le fichier respecte le format (schéma JSON).'));
      return found;
    }
    checks.replaceChildren(
      h('p', { class: 'todo' }, count(found.length, 'point à compléter ou corriger', 'points à compléter ou corriger'),
        ' avant de lire les constats :'),
      h('ul', {}, found.map(p => {
        const text = p.context ? `${p.context} — ${p.message}` : p.message;
        return h('li', {}, p.id && document.getElementById(p.id)
          ? h('a', { href: '#' + p.id, onclick: e => { e.preventDefault(); focusField(p.id); } }, text) : text);
      })));
    return found;
  }

  async function audit() {
    const seq = ++sequence;
    if (problems().length) {
      liveReport.replaceChildren();
      tools.hidden = true;
      say(liveStatus, 'Les constats apparaîtront ici dès que le fichier respectera le format.');
      return;
    }
    try {
      const answer = await api.auditOne(fileName(), currentYaml(), 'html');
      if (seq !== sequence) return;   // a newer change is on its way
      showReport(liveReport, answer.body);
      tools.hidden = false;
      const summary = liveReport.querySelector('section.input')
        ? "Le service n'a pas pu lire le fichier : voir les erreurs de saisie." : summaryOf(liveReport);
      if (summary !== lastSummary) say(liveStatus, summary);
      lastSummary = summary;
    } catch (e) {
      if (seq === sequence) say(liveStatus, e.message, 'error');
    }
  }

  function fileName() {
    return slug(tree.structure && tree.structure.name) + '.yaml';
  }

  function currentYaml() {
    const name = tree.structure && tree.structure.name;
    const date = new Date().toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
    return yaml.write(tree, `Configuration MSSanté${name ? ` de « ${name} »` : ''}, préparée avec le formulaire de\n`
      + `mssante-advisor le ${date}.`);
  }

  function load(newTree, origin, quiet = false) {
    if (newTree === null || typeof newTree !== 'object' || Array.isArray(newTree)) {
      say(status, `${origin} ne contient pas un fichier de configuration (un ensemble de champs était attendu).`, 'error');
      return;
    }
    tree = newTree;
    const added = tree.format === undefined;
    if (added) tree.format = 'mssante-setup/1';
    touched.clear();
    badDates.clear();
    showAll = origin !== null;
    redraw();
    afterChange();
    dirty = false;
    if (quiet) return;
    say(status, origin ? `${origin} est chargé dans le formulaire${added ? ' (la ligne « format » a été ajoutée)' : ''}.`
      + ' Les commentaires du fichier ne sont pas repris.' : 'Nouveau fichier : commencez par la structure.');
    focusFirst('setup-form');
  }

  function confirmReplace() {
    return !dirty || window.confirm('Remplacer le fichier en cours ? Ce qui n’a pas été téléchargé sera perdu.');
  }

  function loadText(text, origin) {
    try {
      load(yaml.parse(text), origin);
    } catch (e) {
      say(status, `${origin} n'a pas pu être lu : ${e.message}`, 'error');
    }
  }

  function focusField(id) {
    const el = document.getElementById(id);
    if (!el) return;
    const group = el.closest('[hidden]');
    if (group) group.hidden = false;
    (el.matches('input, select, textarea') ? el : el.querySelector('input, select, textarea') || el).focus();
  }

  function focusFirst(id) {
    const root = document.getElementById(id);
    const first = root && root.querySelector('input:not([type=hidden]), select, textarea');
    if (first) first.focus();
  }

  const tools = reportTools(() => ({
    fetch: async format => (await api.auditOne(fileName(), currentYaml(), format)).body,
    name: 'rapport-' + slug(tree.structure && tree.structure.name),
  }), liveStatus, liveReport);
  tools.hidden = true;
  liveReport.before(tools);

  form.addEventListener('submit', e => e.preventDefault());   // Enter in a field must not reload the page
  // The form is long: the keyboard reaches the checks and findings beside it without tabbing through it.
  $('#form-to-live').addEventListener('click', () => $('#live-title').focus());
  $('#form-new').addEventListener('click', () => confirmReplace() && load(EMPTY(), null));
  $('#form-download').addEventListener('click', () => {
    const found = problems();
    const name = fileName();
    download(name, 'application/yaml;charset=utf-8', currentYaml());
    dirty = false;
    if (found.length) {
      showAll = true;
      showChecks();
    }
    say(status, `Fichier ${name} téléchargé` + (found.length
      ? `, avec ${count(found.length, 'point', 'points')} encore à corriger (listés à côté du formulaire).` : '.'));
  });
  $('#form-file').addEventListener('change', async e => {
    const file = e.target.files[0];
    if (file && confirmReplace()) loadText(await file.text(), `Le fichier « ${file.name} »`);
    e.target.value = '';
  });
  $('#form-sample-load').addEventListener('click', async () => {
    const name = $('#form-sample').value;
    if (!name || !confirmReplace()) return;
    try {
      loadText(await api.text('/api/v1/samples/' + encodeURIComponent(name)), `L'exemple « ${name} »`);
    } catch (e) {
      say(status, e.message, 'error');
    }
  });
  if (info.extracts) {
    $('#form-finess-entry').hidden = false;
    $('#form-finess-load').addEventListener('click', async () => {
      const finess = $('#form-finess').value.trim();
      if (!/^[0-9AB]{9}$/i.test(finess)) {
        say(status, 'Un numéro FINESS a 9 caractères (chiffres, et A ou B pour la Corse).', 'error');
        return;
      }
      if (!confirmReplace()) return;
      try {
        loadText(await api.text(`/api/v1/establishments/${encodeURIComponent(finess)}/setup`),
          `Ce que les données publiques disent du FINESS ${finess}`);
      } catch (e) {
        say(status, e.message, 'error');
      }
    });
  }

  return {
    async start() {
      [schema, rules] = await Promise.all([api.json('/api/v1/schema'),
        api.json('/api/v1/rules?lang=fr').then(r => r.rules)]);
      const samples = (await api.json('/api/v1/samples')).samples;
      $('#form-sample').replaceChildren(...samples.map(s => h('option', { value: s.name, title: s.description },
        `${s.structure} (${s.name})`)));
      load(EMPTY(), null, true);
    },
    /** Opens a setup (from the audit or the rules panel) in the form. */
    open(text, origin) {
      if (confirmReplace()) loadText(text, origin);
    },
    openTree(newTree, origin) {
      if (confirmReplace()) load(structuredClone(newTree), origin);
    },
  };
}

function list(value) {
  return Array.isArray(value) ? value.filter(v => v && typeof v === 'object') : [];
}

function freeId(items, prefix) {
  const taken = new Set(items.map(i => i && i.id));
  let n = items.length + 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

