// The JSON Schema's checks, in French, as the user types: what the setup format's schema uses (type,
// const, enum, required, additionalProperties, pattern, format "date"), on the form's tree. A small
// validator of our own: Ajv compiles schemas into code with new Function(), which the page's CSP forbids
// (no 'unsafe-eval'), and it has no served WebJar. The service checks the file again when it audits it.

import { resolve, field, valueLabel, pathText, fieldId } from './form-schema.js';

const TYPE_WORDS = {
  string: 'un texte', boolean: 'oui ou non (true ou false)', object: 'un ensemble de champs', array: 'une liste',
};

/**
 * The problems of a tree against the schema, in the form's order: [{path, id, context, message}]; context
 * says where (« Professionnel 2 », « La structure ») for a list of problems away from their fields.
 */
export function check(root, tree) {
  const problems = [];
  walk(root, root, tree, [], problems);
  return problems;
}

function walk(root, node, value, path, problems) {
  const n = resolve(root, node);
  const report = message => problems.push({ path, id: fieldId(path), context: context(path), message });
  const name = () => `« ${field(path).label} »`;
  if (n.const !== undefined) {
    if (value !== n.const) report(`${name()} doit valoir « ${n.const} ».`);
    return;
  }
  if (n.type && !isType(value, n.type)) {
    report(`${name()} doit être ${TYPE_WORDS[n.type] || n.type}.`);
    return;
  }
  if (n.type === 'object') {
    for (const key of n.required || []) {
      if (value[key] === undefined) {
        const child = [...path, key];
        problems.push({ path: child, id: fieldId(child), context: context(child),
          message: `« ${field(child).label} » est obligatoire.` });
      }
    }
    for (const [key, child] of Object.entries(value)) {
      if (n.properties && n.properties[key]) {
        walk(root, n.properties[key], child, [...path, key], problems);
      } else if (n.additionalProperties === false) {
        const known = Object.keys(n.properties || {});
        problems.push({ path: [...path, key], id: null, context: path.length ? context([...path, key]) : 'Le fichier',
          message: `Champ inconnu « ${key} » (${pathText([...path, key])})${closest(key, known)} ; il est gardé tel quel.` });
      }
    }
    return;
  }
  if (n.type === 'array') {
    value.forEach((item, i) => walk(root, n.items, item, n.items && resolve(root, n.items).type === 'object'
      ? [...path, i] : path, problems));
    return;
  }
  if (n.enum && !n.enum.includes(value)) {
    const allowed = n.enum.map(v => valueLabel(path, v)).join(', ');
    report(`${name()} : « ${value} » n'est pas une valeur possible (${allowed}).`);
    return;
  }
  if (typeof value === 'string') {
    if (n.pattern && !new RegExp(n.pattern, 'u').test(value)) {
      report(patternMessage(n, name()));
    } else if (n.format === 'date' && !isDate(value)) {
      report(`${name()} : « ${value} » n'est pas une date du calendrier (AAAA-MM-JJ).`);
    }
  }
}

/** Where a field is, in the form's words: « Boîte aux lettres 2, transfert 1 », or its section's name. */
export function context(path) {
  const items = [];
  path.forEach((part, k) => {
    if (typeof part === 'number') {
      const list = field(path.slice(0, k));
      items.push(`${items.length ? (list.item || '').toLowerCase() : list.item} ${part + 1}`);
    }
  });
  return items.length ? items.join(', ') : field(path.slice(0, 1)).label;
}

function patternMessage(n, name) {
  if (n.$via === '#/$defs/id') {
    return `${name} : lettres (accentuées aussi), chiffres, « - » et « _ » seulement, sans espace.`;
  }
  if (n.$via === '#/$defs/requiredText') return `${name} ne peut pas être vide.`;
  return `${name} n'a pas la forme attendue.`;
}

function isType(value, type) {
  switch (type) {
    case 'object': return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'array': return Array.isArray(value);
    case 'string': return typeof value === 'string';
    case 'boolean': return typeof value === 'boolean';
    default: return true;
  }
}

/** A real day: 2025-02-30 is not one. */
export function isDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** " (vouliez-vous dire « name » ?)" for the known field nearest a misspelt one, or nothing. */
function closest(key, known) {
  let best = null;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? ` (vouliez-vous dire « ${best} » ?)` : '';
}

function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const kept = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = kept;
    }
  }
  return row[b.length];
}
