import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'ec2/open-ingress';

test('reports SSH, all ports and database ports open to the internet (Terraform)', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_security_group" "web" {',
        '  ingress {',
        '    from_port   = 22',
        '    to_port     = 22',
        '    protocol    = "tcp"',
        '    cidr_blocks = ["0.0.0.0/0"]',
        '  }',
        '  ingress {',
        '    from_port   = 443',
        '    to_port     = 443',
        '    protocol    = "tcp"',
        '    cidr_blocks = ["0.0.0.0/0"]',
        '  }',
        '}',
        'resource "aws_security_group_rule" "all" {',
        '  type             = "ingress"',
        '  from_port        = 0',
        '  to_port          = 0',
        '  protocol         = "-1"',
        '  ipv6_cidr_blocks = ["::/0"]',
        '}',
        'resource "aws_vpc_security_group_ingress_rule" "db" {',
        '  from_port   = 5432',
        '  to_port     = 5432',
        '  ip_protocol = "tcp"',
        '  cidr_ipv4   = "0.0.0.0/0"',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.deepEqual(
    findings.map((f) => f.line),
    [6, 20, 26],
  );
  assert.match(findings[0].message, /port 22/);
  assert.match(findings[1].message, /all ports/);
});

test('reports the same in Pulumi TypeScript, and accepts web ports and private sources', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': 'name: x\nruntime: nodejs\n',
      'index.ts': [
        "import * as aws from '@pulumi/aws';",
        "new aws.ec2.SecurityGroup('sg', {",
        '  ingress: [',
        "    { protocol: 'tcp', fromPort: 3389, toPort: 3389, cidrBlocks: ['0.0.0.0/0'] },",
        "    { protocol: 'tcp', fromPort: 80, toPort: 80, cidrBlocks: ['0.0.0.0/0'] },",
        "    { protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['10.0.0.0/8'] },",
        '  ],',
        '});',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, 4);
  assert.match(findings[0].message, /port 3389/);
});
