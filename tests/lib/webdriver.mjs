// A minimal W3C WebDriver client (fetch over loopback) for tauri-driver:
// enough to find elements, click, type, read text and run a script. Kept
// small on purpose, so the e2e harness has no large dependency tree.
// Screenshots are taken from the X display (tests/e2e/app.mjs `shot`).
//
// A screen shows its marker (`main[data-screen]`) at once and its content
// once its data has come, so every helper that acts on or reads an element
// first waits until it is there. `exec` alone runs at once: it is for
// scripts that need no element of the screen; `until` and `act` wait for
// those that do.
import { COMMAND_TIMEOUT, WAIT } from './limits.mjs';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

export async function session({ port, application, args = [] }) {
  const base = `http://127.0.0.1:${port}`;
  async function cmd(method, path, body) {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(COMMAND_TIMEOUT),
    });
    const json = await res.json();
    if (!res.ok || json.value?.error) {
      throw new Error(`${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    }
    return json.value;
  }
  const created = await cmd('POST', '/session', {
    capabilities: {
      alwaysMatch: { 'tauri:options': { application, args } },
    },
  });
  const id = created.sessionId;
  const s = (p) => `/session/${id}${p}`;

  /**
   * Runs `use(element)` once an element matches `css`; again on a new
   * match if the screen replaced the element in between.
   */
  async function withElement(css, use, { timeout = WAIT } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const el = await api.find(css, { timeout: Math.max(0, end - Date.now()) });
      try {
        return await use(el);
      } catch (e) {
        if (!e.message.includes('stale element') || Date.now() > end) throw e;
      }
    }
  }

  const api = {
    async find(css, { timeout = WAIT } = {}) {
      const end = Date.now() + timeout;
      for (;;) {
        try {
          const el = await cmd('POST', s('/element'), { using: 'css selector', value: css });
          if (!el?.[ELEMENT]) throw new Error(JSON.stringify(el));
          return el[ELEMENT];
        } catch (e) {
          if (Date.now() > end) throw new Error(`not found: ${css} (${e.message})`);
          await pause(100);
        }
      }
    },
    async click(css) {
      await withElement(css, (el) => cmd('POST', s(`/element/${el}/click`), {}));
    },
    /**
     * Clicks the element from script once it is there: for inputs drawn by
     * their label and kept out of sight, which WebDriver will not click.
     */
    async press(css) {
      await api.act(`const e = document.querySelector(arguments[0]); if (!e) return false; e.click(); return true;`, {
        args: [css],
        what: `nothing to press: ${css}`,
      });
    },
    async type(css, text) {
      await withElement(css, (el) => cmd('POST', s(`/element/${el}/value`), { text }));
    },
    /** Clears a field and types `text` into it. */
    async fill(css, text) {
      await withElement(css, async (el) => {
        await cmd('POST', s(`/element/${el}/clear`), {});
        await cmd('POST', s(`/element/${el}/value`), { text });
      });
    },
    /** Clicks the button whose visible text is exactly `label`, once it is there and enabled. */
    async clickButton(label, { timeout = WAIT } = {}) {
      await api.act(
        `const b = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === arguments[0] && !b.disabled);
         if (b) { b.click(); return true; } return false;`,
        { args: [label], timeout, what: `no button: ${label}` },
      );
    },
    /**
     * Picks an option of a <select> by value, as a person would, once the
     * select and that option are there.
     */
    async select(css, value) {
      await api.act(
        `const s = document.querySelector(arguments[0]);
         if (![...(s?.options ?? [])].some((o) => o.value === arguments[1])) return false;
         s.value = arguments[1]; s.dispatchEvent(new Event('change', { bubbles: true })); return true;`,
        { args: [css, value], what: `no select ${css} with the option ${value}` },
      );
    },
    async text(css) {
      return withElement(css, (el) => cmd('GET', s(`/element/${el}/text`)));
    },
    /** An attribute of the element `css` (null when it has none). */
    async attribute(css, name) {
      return withElement(css, (el) => cmd('GET', s(`/element/${el}/attribute/${name}`)));
    },
    /** A DOM property of the element `css`: `value`, `textContent`, `innerText`… */
    async property(css, name) {
      return withElement(css, (el) => cmd('GET', s(`/element/${el}/property/${name}`)));
    },
    /** How many elements inside the element `within` match `css` (0 is an answer). */
    async count(within, css) {
      return withElement(within, async (el) => {
        const found = await cmd('POST', s(`/element/${el}/elements`), { using: 'css selector', value: css });
        return found.length;
      });
    },
    /** Runs `script` at once: only for scripts that need no element of the screen. */
    async exec(script, args = []) {
      return cmd('POST', s('/execute/sync'), { script, args });
    },
    /** Polls `script` until it returns a truthy value, and returns that. */
    async until(script, { timeout = WAIT, args = [], what = `timed out waiting for: ${script}` } = {}) {
      const end = Date.now() + timeout;
      for (;;) {
        const v = await api.exec(script, args);
        if (v) return v;
        if (Date.now() > end) throw new Error(what);
        await pause(100);
      }
    },
    /**
     * Runs `script`, which acts on elements of the screen, once they are
     * there: it returns false, having done nothing, while one is missing,
     * and true once it acted.
     */
    async act(script, options) {
      await api.until(script, options);
    },
    /** Ends the session, which closes the app; once closed, does nothing. */
    async close() {
      await cmd('DELETE', s('')).catch(() => {});
    },
  };
  return api;
}
