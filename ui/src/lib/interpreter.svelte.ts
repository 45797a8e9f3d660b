/**
 * The interpreter's view: while it is on, every label and text of the app
 * is shown in the participant's language and in a second language
 * (Swedish by default), so an interpreter beside them follows the same
 * screen. What the person typed is shown once.
 *
 * The second language is a preference (`interpreter`, null while the view
 * is off), read at start and saved by App.svelte. Nothing here talks to
 * the shell, so the offline reader page shares the components that use it
 * (errors, the busy line), always with the view off.
 * Messages are shown twice by `Tr.svelte`; a text that must be one string
 * (an `<option>`) has both through `both()`. Components given a text to
 * show take a `Text`: a string (shown once) or a `Msg` (a message, shown
 * in both languages; as a string it is the participant's language).
 */
import type { FluentVariable } from '@fluent/bundle';
import { current, loadLocale, t } from './i18n.svelte';

/** The second language of the view, or null while it is off. */
export const interpreter = $state({ second: null as string | null });

/** Shows the view in `code` (null: off), fetching its messages. */
export function showSecond(code: string | null) {
  if (code) loadLocale(code).catch(() => {});
  interpreter.second = code;
}

/** The second language to show beside the participant's, or null (off, or the same language). */
export function secondLocale(): string | null {
  const s = interpreter.second;
  return s && s !== current.locale ? s : null;
}

/** Bidi isolation marks (first strong isolate, pop directional isolate), as Fluent puts around its arguments. */
const FSI = String.fromCodePoint(0x2068);
const PDI = String.fromCodePoint(0x2069);

type Values = Record<string, FluentVariable>;
/** A message's arguments, or a function giving them for a locale (dates and labels in its words). */
export type Args = Values | ((locale: string) => Values);

/** A message to be shown, in any locale. As a string, the participant's language. */
export class Msg {
  constructor(
    readonly id: string,
    readonly args?: Args,
  ) {}
  in(locale: string): string {
    return t(locale, this.id, typeof this.args === 'function' ? this.args(locale) : this.args);
  }
  toString(): string {
    return this.in(current.locale);
  }
}

const HOLE = '\uE000';

/**
 * A localized sentence split around its `{ $name }`, so the person's own
 * words can go in an element of their own (a `<bdi>` with their `lang`)
 * between the two halves, while translators still see one whole sentence.
 * Fluent's isolation marks around the name go with it.
 */
export function around(format: (name: string) => string): [string, string] {
  const [before, after = ''] = format(HOLE).split(HOLE);
  return [before.endsWith(FSI) ? before.slice(0, -1) : before, after.startsWith(PDI) ? after.slice(1) : after];
}

/** A text made in each language by a function, shown like a message. */
class Made extends Msg {
  constructor(private readonly make: (locale: string) => string) {
    super('');
  }
  override in(locale: string): string {
    return this.make(locale);
  }
}

/**
 * A text that is not one message but is made of them (a list of labels, a
 * date, a receiver's name with its agency), to give a component that
 * shows it: with the view on, made and shown in both languages.
 */
export const inEach = (make: (locale: string) => string): Msg => new Made(make);

/** The message `id`, to give a component that shows it. */
export const msg = (id: string, args?: Args) => new Msg(id, args);

/** A text to show: typed by the person (a string, shown once) or a message. */
export type Text = string | Msg;

/**
 * A text as one string: with the view on, a message in both languages,
 * each isolated (for an `<option>`, which holds no elements).
 */
export function both(text: Text, args?: Args): string {
  const m = typeof text === 'string' ? new Msg(text, args) : text;
  const second = secondLocale();
  return paired(m.in(current.locale), second ? m.in(second) : null);
}

/**
 * One text in the participant's language and, when the view gives one,
 * in the second language, as one string: each isolated, as `both` does
 * (for a text that is not a message, such as a month's name).
 */
export function paired(first: string, other: string | null | undefined): string {
  return other ? `${FSI}${first}${PDI} · ${FSI}${other}${PDI}` : first;
}
