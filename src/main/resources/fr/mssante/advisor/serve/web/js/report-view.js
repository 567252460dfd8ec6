// The report inside the page. The page asks the API for format=html and shows that document's content:
// the report a director reads here is the HTML renderer's own (report.HtmlRenderer), not a second
// rendering in JavaScript, so the page, the downloaded HTML file and `audit --format html` cannot differ.
// Its inline <style> is dropped (the page's CSP forbids inline styles; style.css styles the same classes)
// and its headings go one level down, under the page's own.

import { h, download, say } from './dom.js';

const DROPPED = 'style, script, link, meta, base, iframe, object, embed, form';

/** Puts the content of an HTML report (a whole document, as the API sends it) into container. */
export function showReport(container, html) {
  // The report's <style> goes before parsing: even a parsed, never shown document has its styles checked
  // against the page's CSP (and refused, with a console error). The renderer keeps '<' out of its CSS.
  const doc = new DOMParser().parseFromString(html.replace(/<style[^>]*>[^<]*<\/style>/g, ''), 'text/html');
  doc.querySelectorAll(DROPPED).forEach(el => el.remove());
  for (const el of doc.body.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) {
      if (attr.name === 'style' || attr.name.startsWith('on')) el.removeAttribute(attr.name);
    }
  }
  for (const heading of doc.body.querySelectorAll('h1, h2, h3, h4, h5')) {
    const lower = doc.createElement('h' + (Number(heading.tagName[1]) + 1));
    for (const attr of heading.attributes) lower.setAttribute(attr.name, attr.value);
    lower.append(...heading.childNodes);
    heading.replaceWith(lower);
  }
  container.replaceChildren(...[...doc.body.childNodes].map(node => document.adoptNode(node)));
}

/** The counts of a shown report (its closing line for several files, else its "Bilan"), to be said. */
export function summaryOf(container) {
  const line = container.querySelector('.overall') || container.querySelector('.summary');
  return line ? line.textContent.trim() : '';
}

const FORMATS = [
  { format: 'html', label: 'HTML', type: 'text/html', ext: 'html', what: 'page autonome, à envoyer par courriel' },
  { format: 'json', label: 'JSON', type: 'application/json', ext: 'json', what: 'pour un logiciel' },
  { format: 'markdown', label: 'Markdown', type: 'text/markdown', ext: 'md', what: 'pour un ticket ou un wiki' },
];

/**
 * The download and print buttons of a report. source() gives what to fetch again in another format:
 * {fetch(format) → Promise<text>, name} (the report is computed again by the service: nothing is kept).
 */
export function reportTools(source, status, printTarget) {
  const buttons = FORMATS.map(f => h('button', {
    type: 'button', class: 'secondary', 'data-format': f.format, title: f.what,
    onclick: async () => {
      const { fetch, name } = source();
      try {
        download(`${name}.${f.ext}`, f.type + ';charset=utf-8', await fetch(f.format));
        say(status, `Rapport ${f.label} téléchargé (${name}.${f.ext}).`);
      } catch (e) {
        say(status, e.message, 'error');
      }
    },
  }, f.label));
  const print = h('button', {
    type: 'button', class: 'secondary', 'data-action': 'print',
    onclick: () => printReport(printTarget),
  }, 'Imprimer ou enregistrer en PDF');
  return h('div', { class: 'report-tools no-print', role: 'group', 'aria-label': 'Télécharger ou imprimer le rapport' },
    h('span', { class: 'tools-label' }, 'Télécharger le rapport :'), buttons, print);
}

/** Prints only the given report: the print style sheet leaves out all that does not hold it. */
export function printReport(target) {
  document.body.dataset.printing = 'true';
  target.setAttribute('data-print-target', '');
  const done = () => {
    delete document.body.dataset.printing;
    target.removeAttribute('data-print-target');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
