/**
 * Acceptance on the Pulumi TypeScript seed tasks: the answer's defects are
 * found at the evidence lines, the corrected code raises nothing critical.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../../src/config/config.js';
import { scan } from '../../../src/engine/scan.js';
import { RULES } from '../../../src/rules/index.js';
import { CORPUS, CORPUS_SCAN_DATE } from '../../helpers.js';

interface Label {
  task: string;
  kind: string;
  rules: string[];
  evidence: string;
}

const labels: Label[] = existsSync(join(CORPUS, 'labels', 'seeds.jsonl'))
  ? readFileSync(join(CORPUS, 'labels', 'seeds.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Label)
  : [];

for (const task of ['pulumi-ts/Pr7209', 'pulumi-ts/Pr7690']) {
  const dir = join(CORPUS, 'tasks', task);
  test(`${task}: every catalog item of the answer is reported at its evidence`, { skip: !existsSync(dir) }, () => {
    const answer = join(dir, 'lib', 'MODEL_RESPONSE.md');
    const text = readFileSync(answer, 'utf8').split('\n');
    const result = scan([answer], { config: DEFAULT_CONFIG, cwd: dir, date: CORPUS_SCAN_DATE });
    const registered = new Set(RULES.map((r) => r.meta.id));
    for (const label of labels.filter((l) => l.task === task && l.kind === 'catalog'))
      for (const rule of label.rules.filter((r) => registered.has(r))) {
        const findings = result.findings.filter((f) => f.ruleId === rule);
        assert.ok(findings.length > 0, `${rule} not reported (${label.evidence})`);
        const evidenceLines = text.flatMap((line, i) => (line.includes(label.evidence.trim()) ? [i + 1] : []));
        const near = findings.some((f) => evidenceLines.some((l) => Math.abs(l - f.line) <= 1));
        assert.ok(
          near,
          `${rule} at ${findings.map((f) => f.line)} but evidence "${label.evidence}" at ${evidenceLines}`,
        );
      }
  });

  test(`${task}: the corrected code raises no critical finding`, { skip: !existsSync(dir) }, () => {
    const paths = ['lib', 'bin'].map((d) => join(dir, d));
    const result = scan(paths, {
      config: DEFAULT_CONFIG,
      cwd: dir,
      markdownInDirectories: false,
      date: CORPUS_SCAN_DATE,
    });
    // The corrected code deployed when it was written; a runtime AWS has deprecated since (nodejs18.x,
    // read from `aws.lambda.Runtime.NodeJS18dX`) is the one critical finding the corpus README expects there.
    const critical = result.findings.filter(
      (f) =>
        f.severity === 'critical' &&
        !(f.ruleId === 'schema/invalid-value' && /which AWS has deprecated/.test(f.message)),
    );
    assert.deepEqual(critical, []);
    assert.ok(result.programs > 0);
  });
}
