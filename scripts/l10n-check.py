#!/usr/bin/env python3
"""Mozilla's compare-locales over every shipped locale, against English.

`make l10n-check` runs it (the set-up installs compare-locales into a
virtual environment under the tools folder). The locales come from
locales/locales.json, the one list of them. It fails on any error
(a message that does not parse, a broken reference), any missing or
obsolete message or attribute, and any warning: compare-locales warns
when a plural selector lacks a category the language has (Arabic's
`zero`, Ukrainian's `few`), which would make a count read wrongly.
The Rust test `every_message_formats_without_fallback_and_uses_the_same_variables`
checks the variables of each message; this checks the rest.
"""
import json
import os
import subprocess
import sys
import tempfile

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tools = os.environ.get("ETAPP_TOOLS", os.path.expanduser("~/.cache/etapp/tools"))
tool = os.path.join(tools, "venv", "bin", "compare-locales")

with open(os.path.join(repo, "locales", "locales.json"), encoding="utf-8") as f:
    codes = [l["code"] for l in json.load(f)["locales"] if l["code"] != "en"]

with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as config:
    config.write(f"basepath = {json.dumps(repo)}\n")
    config.write(f"locales = {json.dumps(codes)}\n")
    config.write('[[paths]]\n  reference = "locales/en/*.ftl"\n  l10n = "locales/{locale}/*.ftl"\n')
try:
    run = subprocess.run([tool, "--json", "-", config.name, repo, *codes], capture_output=True, text=True)
finally:
    os.unlink(config.name)
if run.returncode not in (0, 1) or not run.stdout.strip():
    sys.exit(f"compare-locales did not run: {run.stderr.strip()}")
result = json.loads(run.stdout)[0]

failed = False
for code in codes:
    s = result["summary"].get(code)
    if s is None:
        print(f"{code}: compare-locales found no files")
        failed = True
        continue
    bad = {k: s.get(k, 0) for k in ("errors", "missing", "obsolete", "warnings")}
    print(f"{code}: {s.get('changed', 0)} messages translated, " + ", ".join(f"{v} {k}" for k, v in bad.items()))
    if any(bad.values()):
        failed = True
        for file, entries in result["details"].get(f"locales/{code}", {}).items():
            for entry in entries:
                for kind, text in entry.items():
                    print(f"  {code}/{file}: {kind}: {text}")
if failed:
    sys.exit("compare-locales: fix the messages above (locales/<lang>/*.ftl)")
