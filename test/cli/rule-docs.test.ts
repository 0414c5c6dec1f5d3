import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { renderRuleDocs } from '../../src/report/rule-docs.js';
import { RULES } from '../../src/rules/index.js';

test('docs/rules.md is the reference generated from the rules (run `preflight rules --format markdown`)', () => {
  const committed = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
  assert.equal(committed, renderRuleDocs(RULES));
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
