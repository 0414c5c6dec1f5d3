/**
 * Every request of the shared corpus (lib/PROMPT.md of each task, read at run
 * time) is read without an error, and every requirement keeps a line of its file.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractRequirements } from '../../src/requirements/extract.js';
import { CORPUS } from '../helpers.js';

test('every PROMPT.md of the corpus is read without an error', () => {
  const tasks = join(CORPUS, 'tasks');
  let files = 0;
  let requirements = 0;
  for (const platform of readdirSync(tasks))
    for (const task of readdirSync(join(tasks, platform))) {
      const path = join(tasks, platform, task, 'lib', 'PROMPT.md');
      if (!existsSync(path)) continue;
      const text = readFileSync(path, 'utf8');
      const set = extractRequirements(text, path);
      const lines = text.split('\n').length;
      for (const r of set.requirements)
        assert.ok(r.source.line >= 1 && r.source.line <= lines, `${path}:${r.source.line}`);
      files++;
      requirements += set.requirements.length;
    }
  assert.ok(files > 2000, `only ${files} requests found`);
  assert.ok(requirements > files, 'most requests hold several requirements');
});
