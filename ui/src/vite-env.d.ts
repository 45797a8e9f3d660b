/// <reference types="svelte" />
/// <reference types="vite/client" />

// The app's messages (ui/vite.config.ts).
declare module 'virtual:language-names' {
  /** Each shipped locale's `language-name` message, by code. */
  const names: Record<string, string>;
  export default names;
}
declare module 'virtual:locale-messages' {
  /** Each shipped locale's `.ftl` sources, by path, fetched on demand. */
  const loaders: Record<string, () => Promise<{ default: Record<string, string> }>>;
  export default loaders;
}
