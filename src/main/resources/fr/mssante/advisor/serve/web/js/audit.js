// The audit panel: drop or choose setup files (several give the portfolio view, audited together as
// `audit` audits a folder), or paste one; the report shows in the page, as the HTML report has it, with
// its downloads. Dropped and chosen files keep their names in the report (api.auditOne says how); pasted
// text is one file without a name (POST /api/v1/audit, source « request »).

import { h, $, say, slug, count, today } from './dom.js';
import * as api from './api.js';
import { showReport, summaryOf, reportTools } from './report-view.js';

export function auditPanel(info, openInForm) {
  const status = $('#audit-status');
  const report = $('#audit-report');
  const result = $('#audit-result');
  const drop = $('#audit-drop');
  const date = $('#audit-date');
  let source = null;
  date.value = today();

  const tools = reportTools(() => source, status, report);
  const toForm = h('button', { type: 'button', class: 'secondary no-print', id: 'audit-to-form', hidden: true,
    onclick: () => source && source.single && openInForm(source.single.content, `Le fichier « ${source.single.name} »`) },
  'Compléter ce fichier dans le formulaire');
  tools.append(toForm);
  report.before(tools);

  async function run(describe, fetchFormat, single) {
    say(status, `Audit ${describe} en cours…`);
    result.setAttribute('aria-busy', 'true');
    try {
      const html = await fetchFormat('html');
      showReport(report, html);
      source = { fetch: fetchFormat, name: reportName(report), single };
      result.hidden = false;
      toForm.hidden = !single;
      say(status, `Audit ${describe} terminé. ${summaryOf(report)}`);
      report.querySelector('h2, h3')?.setAttribute('tabindex', '-1');
      report.querySelector('h2, h3')?.focus();
    } catch (e) {
      say(status, e.message, 'error');
    } finally {
      result.removeAttribute('aria-busy');
    }
  }

  async function auditFiles(fileList) {
    const files = [...fileList];
    if (!files.length) return;
    const max = info.limits.maxFiles;
    if (files.length > max) {
      say(status, `Un envoi compte au plus ${max} fichiers : choisissez-en moins, ou auditez le dossier en ligne de commande.`, 'error');
      return;
    }
    const big = files.find(f => f.size > info.limits.maxFileBytes);
    if (big) {
      say(status, `« ${big.name} » dépasse la taille permise pour un fichier (${Math.round(info.limits.maxFileBytes / 1048576)} Mo).`, 'error');
      return;
    }
    const read = await Promise.all(files.map(async f => ({ name: f.name, content: await f.text() })));
    const asOf = date.value || null;
    const describe = files.length === 1 ? `de « ${files[0].name} »` : `de ${count(files.length, 'fichier', 'fichiers')}`;
    const single = read.length === 1 ? read[0] : null;
    await run(describe, async format => (single ? await api.auditOne(single.name, single.content, format, asOf)
      : await api.auditFiles(read, format, asOf)).body, single);
  }

  $('#audit-files').addEventListener('change', e => {
    auditFiles(e.target.files);
    e.target.value = '';
  });
  for (const type of ['dragenter', 'dragover']) {
    drop.addEventListener(type, e => {
      e.preventDefault();
      drop.classList.add('over');
    });
  }
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', e => {
    e.preventDefault();
    drop.classList.remove('over');
    auditFiles(e.dataTransfer.files);
  });

  $('#audit-paste').addEventListener('click', () => {
    const text = $('#audit-text').value;
    if (!text.trim()) {
      say(status, 'Collez d’abord le contenu d’un fichier de configuration (YAML ou JSON) dans la zone de texte.', 'error');
      $('#audit-text').focus();
      return;
    }
    const isJson = text.trim().startsWith('{');
    const asOf = date.value || null;
    run('du texte collé', async format => (await api.auditText(text, isJson, format, asOf)).body,
      { name: 'texte collé', content: text });
  });
}

/** The download's name: the report's first structure, or "portefeuille" for several. */
function reportName(report) {
  const structures = report.querySelectorAll('section.report');
  if (structures.length !== 1) return `rapport-portefeuille-${today()}`;
  const title = structures[0].querySelector('h3')?.textContent || '';
  return `rapport-${slug(title.replace(/^.*?—\s*/, '').replace(/\(FINESS.*$/, ''))}-${today()}`;
}
