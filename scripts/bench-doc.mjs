#!/usr/bin/env node
// Writes the goals of the last `make bench` into docs/PERFORMANCE.md, so
// that the figures the doc shows are those a run printed, with its machine
// and commit, not copies. scripts/bench.sh runs it after measuring.
//
// From artifacts/bench/results.md it takes the run's header (date,
// machine, software, commit, how busy the CPU was), each section's table
// of goals, the rows of its other tables that missed a goal, and its
// "Missed" notes; it replaces what stands between the two marker lines of
// docs/PERFORMANCE.md:
//
//   <!-- make bench writes from here (scripts/bench-doc.mjs) -->
//   <!-- make bench writes up to here -->
//
// The prose around them (what the figures mean, what changed) is a
// person's to write.
//
// Usage: node scripts/bench-doc.mjs [RESULTS] [DOC]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const resultsFile = process.argv[2] ?? join(repo, 'artifacts/bench/results.md');
const docFile = process.argv[3] ?? join(repo, 'docs/PERFORMANCE.md');
const BEGIN = '<!-- make bench writes from here (scripts/bench-doc.mjs) -->';
const END = '<!-- make bench writes up to here -->';

/** The run's results as its header lines and its sections, each a title with its tables and notes. */
export function parseResults(text) {
  const header = [];
  const sections = [];
  let table = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) {
      sections.push({ title: line.slice(3).trim(), tables: [], notes: [] });
      table = null;
    } else if (line.startsWith('|')) {
      const cells = line.split('|').slice(1, -1).map((c) => c.trim());
      if (!table) {
        table = { header: cells, rows: [] };
        sections.at(-1)?.tables.push(table);
      } else if (!cells.every((c) => /^-+$/.test(c))) table.rows.push(cells);
    } else {
      table = null;
      if (!line.startsWith('- ')) continue;
      if (!sections.length) header.push(line);
      else sections.at(-1).notes.push(line);
    }
  }
  return { header, sections };
}

const row = (cells) => `| ${cells.join(' | ')} |`;
const rule = (n) => `|${'---|'.repeat(n)}`;

/** The Markdown the doc gets between its markers. */
export function summary({ header, sections }) {
  const out = ['Written by the last `make bench`:', '', ...header, ''];
  for (const s of sections) {
    const goals = s.tables.filter((t) => t.header[0] === 'goal');
    const verdict = (t) => t.header.indexOf('verdict');
    const missed = s.tables
      .filter((t) => verdict(t) > 0)
      .map((t) => ({ header: t.header, rows: t.rows.filter((r) => !/^pass$/.test(r[verdict(t)])) }))
      .filter((t) => t.rows.length);
    const notes = s.notes.filter((n) => /^- (Missed|\*\*)/.test(n));
    if (!goals.length && !missed.length && !notes.length) continue;
    out.push(`**${s.title}**`, '');
    for (const t of [...goals, ...missed]) out.push(row(t.header), rule(t.header.length), ...t.rows.map(row), '');
    if (notes.length) out.push(...notes, '');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

/** `doc` with what stands between its markers replaced by `block`. */
export function replaceBlock(doc, block) {
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`no "${BEGIN}" … "${END}" in the doc`);
  return `${doc.slice(0, start + BEGIN.length)}\n\n${block}\n${doc.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = parseResults(readFileSync(resultsFile, 'utf8'));
  if (!results.header.some((l) => l.startsWith('- commit:'))) {
    console.error(`bench-doc: ${resultsFile} has no "- commit:" line; is it the results of make bench?`);
    process.exit(1);
  }
  writeFileSync(docFile, replaceBlock(readFileSync(docFile, 'utf8'), summary(results)));
  console.error(`bench-doc: the goals of this run are written to ${docFile}`);
}
