// The catalogs, as the real core lists them (tests/ui/fixtures/catalogs.json
// is written from Rust by `make types`, and checked by `cargo test`).
(() => {
  const { commands } = window.__ETAPP_MOCK__;
  commands.get_catalogs = () => window.__ETAPP_MOCK_CATALOGS__;
})();
