// Small DOM helpers: elements are built with h(), never from HTML strings (nothing the user typed can
// become markup), and there is no inline style nor handler attribute (the CSP allows neither).

/** h('p', {class: 'note'}, 'text', child…): an element with attributes (null/false skipped) and children. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'value' && 'value' in el) {
      el.value = value;
    } else if (name === 'checked' || name === 'selected' || name === 'hidden' || name === 'disabled') {
      el[name] = Boolean(value);
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

/** Says something to screen-reader users through a live region, and shows it. */
export function say(region, text, kind = 'info') {
  region.textContent = text;
  region.dataset.kind = kind;
}

/** Offers a text as a file to download (the browser's own download, nothing goes anywhere). */
export function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a structure's name: "EHPAD Les Glycines" gives "ehpad-les-glycines". */
export function slug(text, fallback = 'structure') {
  const s = (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return s || fallback;
}

/** Today in the browser's time zone, as the API's date parameters want it (AAAA-MM-JJ). */
export function today() {
  const d = new Date();
  const pad = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "3 constats" / "1 constat" / "aucun constat": French agreement with the count. */
export function count(n, one, many, none) {
  if (n === 0 && none) return none;
  return `${n.toLocaleString('fr-FR')} ${n > 1 ? many : one}`;
}
