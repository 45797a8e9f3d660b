/**
 * The state of a list screen (notes, obstacles, check-ins) whose items are
 * added and changed in a form that takes the whole screen and deleted
 * after a question in place (InlineDelete): what the form edits and the
 * button that opened it, which item the question is about, what was just
 * done (`message`, for the screen's role="status" line), and the errors.
 * Focus follows the way every such screen moves it: back to the opening
 * button on cancel, to the item's title after saving, to its delete
 * button on "No, keep it". Item elements have the ids
 * `<prefix>-<id>-title` and `<prefix>-<id>-delete`.
 */
import { asUserError } from './ipc';
import { focusLater } from './focus';
import type { UserError } from './generated/UserError';
import type { Text } from './interpreter.svelte';

export class ListEdit<E> {
  /** What the form edits (null: the list shows), and the button that opened it. */
  editing: { what: E; opener: string } | null = $state(null);
  /** The id of the item the delete question is about. */
  confirming: number | null = $state(null);
  message: Text = $state('');
  /** For the whole screen: reading the list failed. */
  error: UserError | null = $state(null);
  /** Deleting failed: shown in the question. */
  deleteError: UserError | null = $state(null);

  readonly #prefix: string;
  readonly #reload: () => Promise<void>;

  /** `reload` reads the list again. */
  constructor(prefix: string, reload: () => Promise<void>) {
    this.#prefix = prefix;
    this.#reload = reload;
  }

  /** Reads the list again; a failure is shown for the whole screen. */
  async refresh(): Promise<void> {
    try {
      await this.#reload();
    } catch (e) {
      this.error = asUserError(e);
    }
  }

  /** Opens the form on `what` (a new item or one to change). */
  start(what: E, opener: string): void {
    this.message = '';
    this.confirming = null;
    this.deleteError = null;
    this.editing = { what, opener };
  }

  cancel(): void {
    const opener = this.editing?.opener;
    this.editing = null;
    if (opener) focusLater(opener);
  }

  /** The form saved item `id`: back to the list, read again, at that item. */
  async saved(id: number, message: Text): Promise<void> {
    this.editing = null;
    await this.refresh();
    this.message = message;
    focusLater(`#${this.#prefix}-${id}-title`);
  }

  /** Asks before item `id` is deleted. */
  ask(id: number): void {
    this.message = '';
    this.error = null;
    this.deleteError = null;
    this.confirming = id;
  }

  /** "No, keep it": back to the item's delete button. */
  keep(): void {
    const id = this.confirming;
    this.confirming = null;
    focusLater(`#${this.#prefix}-${id}-delete`);
  }

  /**
   * "Yes, delete": deletes the item asked about with `del`. Once it is gone,
   * `done` takes it out of the list and says what to tell and where focus
   * goes. True if it was deleted.
   */
  async remove(
    del: (id: number) => Promise<unknown>,
    done: (id: number) => { message: Text; focus: string },
  ): Promise<boolean> {
    const id = this.confirming;
    if (id === null) return false;
    try {
      await del(id);
    } catch (e) {
      this.deleteError = asUserError(e);
      return false;
    }
    this.confirming = null;
    const after = done(id);
    this.message = after.message;
    focusLater(after.focus);
    return true;
  }
}
