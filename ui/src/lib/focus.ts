/**
 * Moving focus after the page has changed: once Svelte has drawn what the
 * last change asked for, focus the first element `selector` finds (a
 * heading with tabindex="-1", the button that opened a form, …), so a
 * keyboard or screen-reader user carries on where the change happened.
 */
import { tick } from 'svelte';

export function focusLater(selector: string): void {
  tick().then(() => document.querySelector<HTMLElement>(selector)?.focus());
}
