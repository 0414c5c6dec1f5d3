/**
 * Writes the rule reference (docs/rules/) from the rules' metadata and their
 * test cases (test/cases/). Run with `npm run docs:rules`; a test fails when
 * the committed pages differ from what this writes.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderRuleDocs } from '../src/report/rule-docs.js';
import { RULES } from '../src/rules/index.js';
import { casesOf } from '../test/rule-cases.js';

const out = new URL('../../docs/rules/', import.meta.url).pathname;
rmSync(out, { recursive: true, force: true });
const pages = renderRuleDocs(RULES, casesOf);
for (const [path, content] of pages) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), content);
}
process.stdout.write(`wrote ${pages.size} pages to docs/rules/\n`);
