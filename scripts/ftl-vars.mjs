// Compares the variables of every message and attribute of one locale
// with the reference locale (en), and prints each difference. Nothing
// printed means the locale uses exactly the reference's variables.
// Usage: node scripts/ftl-vars.mjs [checkout] <locale>
// (The Rust test `every_message_uses_the_reference_variables` is the
// check `make test` runs; this is the quick one for a translator.)
import { FluentResource } from '@fluent/bundle';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [root, locale] = process.argv.length > 3 ? process.argv.slice(2) : ['.', process.argv[2]];

function vars(node, out = new Set()) {
  if (Array.isArray(node)) node.forEach((n) => vars(n, out));
  else if (node && typeof node === 'object') {
    if (node.type === 'var') out.add(node.name);
    Object.values(node).forEach((v) => vars(v, out));
  }
  return out;
}

function entries(code) {
  const map = new Map();
  const dir = join(root, 'locales', code);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    for (const msg of new FluentResource(readFileSync(join(dir, file), 'utf8')).body) {
      map.set(msg.id, [file, vars(msg.value)]);
      for (const [attr, pattern] of Object.entries(msg.attributes ?? {})) {
        map.set(`${msg.id}.${attr}`, [file, vars(pattern)]);
      }
    }
  }
  return map;
}

const reference = entries('en');
const other = entries(locale);
for (const [id, [file, want]] of reference) {
  const got = other.get(id);
  if (!got) {
    console.log(`${file}: ${id} is missing`);
    continue;
  }
  const a = [...want].sort().join(', ');
  const b = [...got[1]].sort().join(', ');
  if (a !== b) console.log(`${file}: ${id} uses { ${b} }, English uses { ${a} }`);
}
for (const [id, [file]] of other) if (!reference.has(id)) console.log(`${file}: ${id} is not in English`);
