// Unit tests of scripts/bench-doc.mjs (run by `make test`, script-test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseResults, summary, replaceBlock } from './bench-doc.mjs';

const RESULTS = `# Etapp benchmarks

- date: 2026-12-07 06:49 UTC
- commit: abc1234
- stripped binary: 17388520 bytes, within its budget of 17910000 bytes

## Window: start, memory, binary

Method.

| later start: median (min–max) | empty | welcome |
| --- | --- | --- |
| first pixels, ms | 447 | 572 |

| goal | first start | later start | at most | met |
| --- | --- | --- | --- | --- |
| start to first paint, welcome | 0.71× | 1.19× | 1.30× | yes |

- Ratios are medians.

## The record

| operation | ms | goal (median) | verdict |
| --- | --- | --- | --- |
| read: \`profile()\` | 0.01 | < 10 ms | pass |
| read: \`steps()\` | 11.21 | < 10 ms | **miss** |

- Missed: \`steps()\`.

## Backups

| backup | ms |
| --- | --- |
| make | 12 |
`;

test('the summary has the header, each goal table, and only the misses of other tables', () => {
  const text = summary(parseResults(RESULTS));
  assert.match(text, /- commit: abc1234/);
  assert.match(text, /- stripped binary: 17388520 bytes, within/);
  assert.match(text, /\*\*Window: start, memory, binary\*\*\n\n\| goal \| first start/);
  assert.match(text, /\| start to first paint, welcome \| 0\.71× \| 1\.19× \| 1\.30× \| yes \|/);
  assert.doesNotMatch(text, /first pixels/, 'no measurement tables');
  assert.doesNotMatch(text, /Ratios are medians/, 'no method notes');
  assert.match(text, /\| read: `steps\(\)` \| 11\.21 \| < 10 ms \| \*\*miss\*\* \|/);
  assert.doesNotMatch(text, /profile\(\)/, 'passes are left out');
  assert.match(text, /- Missed: `steps\(\)`\./);
  assert.doesNotMatch(text, /Backups/, 'a section with no goal is left out');
});

test('only what stands between the markers is replaced, again and again', () => {
  const doc = 'before\n<!-- make bench writes from here (scripts/bench-doc.mjs) -->\nold\n<!-- make bench writes up to here -->\nafter\n';
  const once = replaceBlock(doc, 'new one\n');
  assert.equal(once, 'before\n<!-- make bench writes from here (scripts/bench-doc.mjs) -->\n\nnew one\n\n<!-- make bench writes up to here -->\nafter\n');
  assert.equal(replaceBlock(once, 'new one\n'), once);
  assert.throws(() => replaceBlock('no markers', 'x'));
});

test('docs/PERFORMANCE.md has the markers make bench writes between', () => {
  const doc = readFileSync(new URL('../docs/PERFORMANCE.md', import.meta.url), 'utf8');
  assert.doesNotThrow(() => replaceBlock(doc, 'x\n'));
});
