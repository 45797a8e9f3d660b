// How long a test, a before/after hook, or one WebDriver command may take
// before it counts as hung and fails. Not a check of speed — a test here
// takes seconds, a command less — only a bound, so that a hang ends as a
// failure and a run never stands still.
export const TEST_TIMEOUT = 5 * 60_000;
export const HOOK_TIMEOUT = 2 * 60_000;
export const COMMAND_TIMEOUT = 2 * 60_000;
/** How long a helper waits for an element or a state before it fails. */
export const WAIT = 30_000;
