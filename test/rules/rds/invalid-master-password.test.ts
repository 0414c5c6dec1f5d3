import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'rds/invalid-master-password';

function withGenerator(generator: string): Record<string, string> {
  return {
    'main.tf': [
      `resource "random_password" "db" {\n  length = 20\n${generator}\n}`,
      'resource "aws_db_instance" "db" {',
      '  engine   = "mysql"',
      '  username = "app"',
      '  password = random_password.db.result',
      '}',
    ].join('\n'),
  };
}

test('an override_special holding "/" or "@" is reported at medium, on the generator, naming both characters', () => {
  const findings = findingsOf(scanProject(withGenerator('  override_special = "!/@#"'), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].severity, 'medium');
  assert.equal(findings[0].line, 3);
  assert.match(findings[0].message, /"\/", "@"/);
});

test('a generator without special characters, or with only accepted ones, is not reported', () => {
  for (const generator of ['  special = false', '  override_special = "!#$%&*()-_=+[]{}<>:?"'])
    assert.deepEqual(findingsOf(scanProject(withGenerator(generator), { rules: [RULE] }), RULE), [], generator);
});

test('the password is never echoed in the message, only the refused character', () => {
  const project = {
    'main.tf': 'resource "aws_rds_cluster" "c" {\n  engine = "aurora-mysql"\n  master_password = "S3cret pass"\n}',
  };
  const [finding] = findingsOf(scanProject(project, { rules: [RULE] }), RULE);
  assert.equal(finding.severity, 'critical');
  assert.match(finding.message, /a space/);
  assert.ok(!finding.message.includes('S3cret'));
});

test('a template dynamic reference and an SSM parameter name are not the password', () => {
  const template = [
    "AWSTemplateFormatVersion: '2010-09-09'",
    'Parameters:',
    '  Password:',
    "    Type: 'AWS::SSM::Parameter::Value<String>'",
    '    Default: /app/db/password',
    'Resources:',
    '  One:',
    '    Type: AWS::RDS::DBInstance',
    '    Properties:',
    '      Engine: mysql',
    '      MasterUsername: app',
    '      MasterUserPassword: !Ref Password',
    '  Two:',
    '    Type: AWS::RDS::DBInstance',
    '    Properties:',
    '      Engine: mysql',
    '      MasterUsername: app',
    "      MasterUserPassword: '{{resolve:secretsmanager:app/db:SecretString:password}}'",
  ].join('\n');
  assert.deepEqual(findingsOf(scanProject({ 'template.yaml': template }, { rules: [RULE] }), RULE), []);
});
