// Expected strings for assertions, read from the same .ftl files the app
// uses, so tests check the real messages rather than copies.
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function messages(repo, locale) {
  const bundle = new FluentBundle(locale, { useIsolating: true });
  const dir = join(repo, 'locales', locale);
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    bundle.addResource(new FluentResource(readFileSync(join(dir, f), 'utf8')));
  }
  return (id, args) => {
    const msg = bundle.getMessage(id);
    if (!msg?.value) throw new Error(`${locale}: no message ${id}`);
    return bundle.formatPattern(msg.value, args ?? null);
  };
}

/** The shipped locales from locales/locales.json. */
export function shippedLocales(repo) {
  return JSON.parse(readFileSync(join(repo, 'locales/locales.json'), 'utf8')).locales;
}
