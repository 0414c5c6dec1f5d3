import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { renderRuleDocs } from '../../src/report/rule-docs.js';
import { RULES } from '../../src/rules/index.js';
import { casesOf } from '../rule-cases.js';

test('docs/rules/ is the reference generated from the rules and their cases (`npm run docs:rules`)', () => {
  const pages = renderRuleDocs(RULES, casesOf);
  assert.equal(pages.size, RULES.length + 1);
  for (const [path, content] of pages) {
    const committed = readFileSync(new URL(`../../../docs/rules/${path}`, import.meta.url), 'utf8');
    assert.equal(committed, content, `docs/rules/${path} is out of date: run npm run docs:rules`);
  }
});

test('every rule has complete metadata and a unique catalog-style id', () => {
  const ids = new Set<string>();
  for (const rule of RULES) {
    const { id, title, description, rationale, docs } = rule.meta;
    assert.match(id, /^[a-z0-9]+\/[a-z0-9-]+$/);
    assert.ok(!ids.has(id), `duplicate ${id}`);
    ids.add(id);
    for (const text of [title, description, rationale]) assert.ok(text.length > 10, `${id} metadata`);
    assert.match(docs, /^https:\/\//, `${id} docs link`);
  }
});
