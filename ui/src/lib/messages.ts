/**
 * The Fluent sources the screens translate with: every `.ftl` file of
 * every shipped locale, by path (`…/locales/sv/app.ftl`), but the command
 * line's (`cli.ftl`, which no screen shows; the core's tests check it has
 * the same messages in every locale). The offline
 * reader page builds with its own module in this one's place
 * (ui/page/messages.ts), holding only the messages a reader shows.
 */
export const sources = import.meta.glob(['../../../locales/*/*.ftl', '!../../../locales/*/cli.ftl'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
