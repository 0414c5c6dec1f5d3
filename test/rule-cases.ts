/**
 * Rule cases: small programs under `test/cases/<rule id>/` that show what a
 * rule reports (`fail.<ext>`, `fail-<what>.<ext>`) and what it accepts
 * (`pass.<ext>`, `pass-<what>.<ext>`). Every file is scanned as a program of
 * its own. The case test checks them and the rule reference shows them as
 * examples, so the documentation is made of code that is tested.
 *
 * A case is scanned with its rule alone (and `parse-error`), the way a user
 * runs it: a rule of a profile with that profile selected, and a rule that
 * judges the other rules' findings (`afterOtherRules`, i.e.
 * `preflight/unused-suppression`) with every rule the default configuration
 * runs, since a suppression is judged only for rules that ran. A
 * `requirements.md` beside the cases is the request they are checked against
 * (the `requirements/*` rules judge a program against one).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname as dirname_, extname, join } from 'node:path';
import { makeConfig } from '../src/config/config.js';
import type { ScanOptions } from '../src/engine/scan.js';
import type { Framework } from '../src/model/types.js';
import { frameworkOfExtension } from '../src/readers/frameworks.js';
import { READERS } from '../src/readers/index.js';
import { SourceFile } from '../src/model/source.js';
import type { RuleExample } from '../src/report/rule-docs.js';
import type { Rule } from '../src/rules/rule.js';
import { TEST_SCAN_DATE } from './helpers.js';

const TEMPLATE_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

export const CASES_DIR = join(dirname(), '..', '..', 'test', 'cases');

function dirname(): string {
  return new URL('.', import.meta.url).pathname;
}

export interface RuleCase extends RuleExample {
  ruleId: string;
  path: string;
}

/** Every case file of one rule (empty when the rule has none). */
export function casesOf(ruleId: string): RuleCase[] {
  const dir = join(CASES_DIR, ruleId);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const cases: RuleCase[] = [];
  for (const name of names) {
    if (name === REQUEST_FILE) continue;
    const expect = name.startsWith('fail') ? 'fail' : name.startsWith('pass') ? 'pass' : undefined;
    const extension = extname(name);
    // Templates are read by content, not extension: a case in YAML or JSON is a CloudFormation template.
    const byExtension: Framework | undefined = TEMPLATE_EXTENSIONS.has(extension)
      ? 'cloudformation'
      : frameworkOfExtension(extension);
    if (!expect || !byExtension) throw new Error(`test/cases/${ruleId}/${name}: expected fail*.<ext> or pass*.<ext>`);
    const path = join(dir, name);
    const code = readFileSync(path, 'utf8');
    cases.push({ ruleId, path, name, expect, framework: frameworkOfCase(byExtension, path, code), code });
  }
  return cases;
}

/**
 * A TypeScript or Python case is a Pulumi, CDK or CDKTF program by its imports:
 * the framework its reader finds, as a scan would.
 */
function frameworkOfCase(byExtension: Framework, path: string, code: string): Framework {
  if (byExtension === 'terraform' || byExtension === 'cloudformation') return byExtension;
  const file = new SourceFile(path, code);
  return READERS[byExtension]({
    framework: byExtension,
    root: dirname_(path),
    files: [file],
    readFile: () => undefined,
  }).framework;
}

/** The request a rule's cases are checked against, when the rule has one. */
const REQUEST_FILE = 'requirements.md';

/** How the case test scans a rule's cases (see the top of this file). */
export function caseScanOptions(rule: Rule): Pick<ScanOptions, 'config' | 'ruleIds' | 'requirements' | 'date'> {
  const { id, profiles, afterOtherRules } = rule.meta;
  const request = join(CASES_DIR, id, REQUEST_FILE);
  return {
    config: makeConfig({ profile: profiles?.[0] }),
    ruleIds: afterOtherRules ? undefined : [id, 'parse-error'],
    // Cases judge dates (Lambda runtime block dates) on one fixed day, not by the clock.
    date: TEST_SCAN_DATE,
    ...(existsSync(request) ? { requirements: request } : {}),
  };
}
