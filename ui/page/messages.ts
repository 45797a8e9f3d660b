/**
 * The messages of the offline reader page, in every shipped locale: only
 * those a reader shows (the build keeps them, see ui/vite.page.config.ts),
 * so the page does not carry the whole app's words. Used in place of
 * ui/src/lib/messages.ts.
 */
import messages from 'virtual:page-messages';

export const sources: Record<string, string> = messages;
