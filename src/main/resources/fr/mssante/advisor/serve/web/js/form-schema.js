// Reading the setup format's JSON Schema (GET /api/v1/schema) for the form: references resolved, the
// label key of a data path, and the French labels of labels-fr.js looked up by that key.

import { FIELDS, VALUES } from './labels-fr.js';

/** The node with its $ref followed (a local "#/$defs/…" reference), the referring node's keys kept over it. */
export function resolve(root, node) {
  let current = node || {};
  const seen = new Set();
  while (current.$ref) {
    if (seen.has(current.$ref)) throw new Error('cyclic $ref ' + current.$ref);
    seen.add(current.$ref);
    const target = current.$ref.replace(/^#\//, '').split('/').reduce((n, k) => n && n[k], root);
    const { $ref, ...own } = current;
    current = { ...target, ...own, $via: target.$via || $ref };
  }
  return current;
}

/** ['mailboxes', 2, 'owner'] gives 'mailboxes[].owner', the key of labels-fr.js. */
export function labelKey(path) {
  return path.reduce((key, part) => typeof part === 'number' ? key + '[]' : (key ? key + '.' : '') + part, '');
}

/** The French label of a field, its key's last word when labels-fr.js lacks it (the browser test wants none). */
export function field(path) {
  const key = labelKey(path);
  return { key, label: String(path[path.length - 1]), ...(FIELDS[key] || {}) };
}

/** The French word for an enum value of a field (or of a list of enum values). */
export function valueLabel(path, value) {
  const words = VALUES[labelKey(path)];
  return (words && words[value]) || value;
}

/** Every field and enum value of the schema that labels-fr.js does not name: the test wants none. */
export function missingLabels(root) {
  const missing = [];
  const walk = (node, path) => {
    const n = resolve(root, node);
    const key = labelKey(path);
    if (path.length && !FIELDS[key] && n.const === undefined) missing.push(key);
    const values = n.enum || (n.items && resolve(root, n.items).enum);
    for (const v of values || []) {
      if (!(VALUES[key] && VALUES[key][v])) missing.push(`${key} = ${v}`);
    }
    for (const [name, child] of Object.entries(n.properties || {})) walk(child, [...path, name]);
    if (n.items && resolve(root, n.items).properties) walk(n.items, [...path, 0]);
  };
  walk(root, []);
  return missing.filter(k => !k.endsWith('[]'));
}

/** A data path as the report and the API write it: mailboxes[0].forwarding[1].to. */
export function pathText(path) {
  return path.reduce((s, part) => typeof part === 'number' ? `${s}[${part}]` : (s ? `${s}.${part}` : part), '');
}

/** The DOM id of a field's control (its error and help texts add a prefix). */
export function fieldId(path) {
  return 'f-' + path.join('-');
}
