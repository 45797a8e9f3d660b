// "Check my record" in the stand-in shell: the real shell reads every page
// of the encrypted record file, which takes a moment; here the answer comes
// after a short wait. A vault whose `damaged` is true (set it in the vault
// a test opens with, or later with `window.__ETAPP_MOCK__.needOpen().damaged
// = true`) answers as the shell does for a damaged file.
(() => {
  const { commands, userError, needOpen } = window.__ETAPP_MOCK__;
  const READING_MS = 300;

  commands.check_record = async () => {
    needOpen();
    await new Promise((r) => setTimeout(r, READING_MS));
    if (needOpen().damaged) throw userError('vault-error-database-damaged');
    return null;
  };
})();
