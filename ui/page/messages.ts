/**
 * The messages of the offline reader page, in every shipped locale: only
 * those a reader shows (the build keeps them, see ui/vite.page.config.ts),
 * so the page does not carry the whole app's words. Used in place of
 * ui/src/lib/messages.ts; the page has them all from the start.
 */
import messages from 'virtual:page-messages';

export const preloaded: Record<string, string> = messages;

/** Each locale's name in its own language, from its `language-name` message. */
export const names: Record<string, string> = Object.fromEntries(
  Object.entries(messages).flatMap(([path, source]) => {
    const code = /\/locales\/([^/]+)\//.exec(path)?.[1];
    const name = /^language-name = (.+)$/m.exec(source)?.[1];
    return code && name ? [[code, name.trim()]] : [];
  }),
);

/** Never needed: every locale is preloaded. */
export async function fetchLocale(): Promise<Record<string, string>> {
  return {};
}
