import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'cdk/deprecated-api';

test('deprecated static members, enum members and construct methods are reported with the replacement', () => {
  const result = scanProject(
    {
      'cdk.json': '{}',
      'lib/stack.ts': [
        "import * as cdk from 'aws-cdk-lib';",
        "import * as ec2 from 'aws-cdk-lib/aws-ec2';",
        "import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';",
        "import { Construct } from 'constructs';",
        'export class S extends cdk.Stack {',
        '  constructor(scope: Construct, id: string) {',
        '    super(scope, id);',
        "    const vpc = new ec2.Vpc(this, 'Vpc', { subnetConfiguration: [{ name: 'p', subnetType: ec2.SubnetType.PRIVATE_WITH_NAT }] });",
        "    const group = new elbv2.ApplicationTargetGroup(this, 'Tg', { vpc, port: 80 });",
        '    group.metricTargetResponseTime();',
        '    group.metrics.targetResponseTime();',
        '    ec2.MachineImage.latestAmazonLinux2023();',
        '  }',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.deepEqual(
    findings.map((f) => f.line),
    [8, 10],
  );
  assert.match(findings[0].message, /^SubnetType.PRIVATE_WITH_NAT is deprecated: /);
  assert.match(
    findings[1].message,
    /metricTargetResponseTime of .* is deprecated: Use `ApplicationTargetGroup.metrics.targetResponseTime`/,
  );
});
