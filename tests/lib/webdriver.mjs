// A minimal W3C WebDriver client (fetch over loopback) for tauri-driver:
// enough to find elements, click, type, read text and run a script. Kept
// small on purpose, so the e2e harness has no large dependency tree.
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export async function session({ port = 4444, application, args = [] }) {
  const base = `http://127.0.0.1:${port}`;
  async function cmd(method, path, body) {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
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

  const api = {
    async find(css, { timeout = 10000 } = {}) {
      const end = Date.now() + timeout;
      for (;;) {
        try {
          const el = await cmd('POST', s('/element'), { using: 'css selector', value: css });
          if (!el?.[ELEMENT]) throw new Error(JSON.stringify(el));
          return el[ELEMENT];
        } catch (e) {
          if (Date.now() > end) throw new Error(`not found: ${css} (${e.message})`);
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    },
    async click(css) {
      await cmd('POST', s(`/element/${await api.find(css)}/click`), {});
    },
    async type(css, text) {
      await cmd('POST', s(`/element/${await api.find(css)}/value`), { text });
    },
    /** Clears a field and types `text` into it. */
    async fill(css, text) {
      const el = await api.find(css);
      await cmd('POST', s(`/element/${el}/clear`), {});
      await cmd('POST', s(`/element/${el}/value`), { text });
    },
    /** Clicks the button whose visible text is exactly `label`. */
    async clickButton(label, { timeout = 10000 } = {}) {
      const end = Date.now() + timeout;
      for (;;) {
        const done = await api.exec(
          `const b = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === arguments[0] && !b.disabled);
           if (b) { b.click(); return true; } return false;`,
          [label],
        );
        if (done) return;
        if (Date.now() > end) throw new Error(`no button: ${label}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    /** Picks an option of a <select> by value, as a person would. */
    async select(css, value) {
      await api.exec(
        `const s = document.querySelector(arguments[0]); s.value = arguments[1]; s.dispatchEvent(new Event('change', { bubbles: true }));`,
        [css, value],
      );
    },
    async text(css) {
      return cmd('GET', s(`/element/${await api.find(css)}/text`));
    },
    async exec(script, args = []) {
      return cmd('POST', s('/execute/sync'), { script, args });
    },
    /** Polls `script` until it returns a truthy value. */
    async until(script, { timeout = 10000, args = [] } = {}) {
      const end = Date.now() + timeout;
      for (;;) {
        const v = await api.exec(script, args);
        if (v) return v;
        if (Date.now() > end) throw new Error(`timed out waiting for: ${script}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async screenshot() {
      return Buffer.from(await cmd('GET', s('/screenshot')), 'base64');
    },
    async close() {
      await cmd('DELETE', s('')).catch(() => {});
    },
  };
  return api;
}
