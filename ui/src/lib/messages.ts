/**
 * The Fluent sources the screens translate with: every `.ftl` file of
 * every shipped locale, by path (`/locales/sv/app.ftl`), but the command
 * line's (`cli.ftl`, which no screen shows).
 *
 * No locale's messages are in the app's first script: each locale is one
 * file of its own (built by ui/vite.config.ts), fetched when the locale is
 * first shown. Only each language's own name comes with the script, for
 * the language picker.
 *
 * The offline reader page builds with its own module in this one's place
 * (ui/page/messages.ts), holding every message a reader shows, preloaded.
 */
import languageNames from 'virtual:language-names';
import loaders from 'virtual:locale-messages';

/** Sources there from the start, by path: none here. */
export const preloaded: Record<string, string> = {};

/** Each shipped locale's name in its own language (`language-name`), by code. */
export const names: Record<string, string> = languageNames;

/** Fetches the sources of one locale, by path. */
export async function fetchLocale(code: string): Promise<Record<string, string>> {
  const load = loaders[code];
  return load ? (await load()).default : {};
}
