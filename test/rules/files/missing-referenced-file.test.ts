import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'files/missing-referenced-file';
const fence = '```';

test('in a Markdown answer, a local module source the answer never shows is reported once per directory', () => {
  const result = scanProject(
    {
      'answer.md': [
        '### main.tf',
        `${fence}hcl`,
        'module "network_east" {',
        '  source = "./modules/network"',
        '}',
        'module "network_west" {',
        '  source = "./modules/network"',
        '}',
        'module "security" {',
        '  source = "./modules/security"',
        '}',
        fence,
        '### modules/security/main.tf',
        `${fence}hcl`,
        'resource "aws_security_group" "web" {',
        '  name = "web"',
        '}',
        fence,
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => [f.line, f.message.split('"')[1]]),
    [[4, 'network_east']],
  );
});
