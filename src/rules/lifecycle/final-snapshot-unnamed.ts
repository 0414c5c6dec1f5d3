/**
 * lifecycle/final-snapshot-unnamed: a database the AWS provider takes a final
 * snapshot of on destroy (`skip_final_snapshot` is false by default) with no
 * name for that snapshot, so destroying it fails.
 */
import type { Resource } from '../../model/types.js';
import { arg, boolValue } from '../../model/values.js';
import { literal } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
import { resourceShape } from '../../schema/aws-provider.js';
import { argumentName, describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

/** A DB instance that replicates another: AWS takes no final snapshot of a read replica, so only skipping it lets it go. */
const REPLICA_SOURCE = 'replicate_source_db';

export default defineRule({
  meta: {
    id: 'lifecycle/final-snapshot-unnamed',
    title: 'Database whose final snapshot has no name: destroy fails',
    severity: 'medium',
    frameworks: 'all',
    description:
      'A database with a final snapshot on deletion (`aws_db_instance`, `aws_rds_cluster`, `aws_docdb_cluster`, `aws_neptune_cluster`, `aws_redshift_cluster`: every type whose provider schema has both `skip_final_snapshot` and `final_snapshot_identifier`) that neither sets `skip_final_snapshot` to true nor names the snapshot with `final_snapshot_identifier`. A read replica, of which AWS takes no final snapshot, needs `skip_final_snapshot`.',
    rationale:
      '`skip_final_snapshot` defaults to false, and the AWS provider will not delete the database without the name of its final snapshot: `terraform destroy` / `pulumi destroy` fails with "DB Instance FinalSnapshotIdentifier is required when a final snapshot is required" and the database stays until someone changes the code or deletes it by hand.',
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#skip_final_snapshot-1',
    fixable: 'suggest',
  },
  check(program, context) {
    for (const resource of program.resources) {
      const attrs = resourceShape(resource.type)?.attrs;
      if (attrs?.skip_final_snapshot !== 'b' || !attrs.final_snapshot_identifier) continue;
      const skip = arg(resource, 'skip_final_snapshot');
      // True, or a value not known statically (a variable the deployment sets).
      if (skip && boolValue(skip) !== false) continue;
      const replica = attrs[REPLICA_SOURCE] !== undefined && arg(resource, REPLICA_SOURCE) !== undefined;
      if (!replica && arg(resource, 'final_snapshot_identifier')) continue;
      report(resource, replica);
    }

    function report(resource: Resource, replica: boolean): void {
      const skipName = argumentName(resource, 'skip_final_snapshot');
      const idName = argumentName(resource, 'final_snapshot_identifier');
      const skip = arg(resource, 'skip_final_snapshot');
      const idiom = idiomOf(resource.framework);
      const what = skip ? `sets ${skipName} to false` : `does not set ${skipName}`;
      const fix = replica
        ? `AWS takes no final snapshot of a read replica: set ${skipName} to true.`
        : `Set ${skipName} to true, or name the snapshot with ${idName}.`;
      context.report({
        message: `${describeResource(resource)} ${what}${replica ? '' : ` and has no ${idName}`}: destroying it fails ("FinalSnapshotIdentifier is required when a final snapshot is required"). ${fix}`,
        span: skip?.span ?? resource.headerSpan,
        resource,
        suggestion: idiom && {
          before: skip ? idiom.argument('skip_final_snapshot', literal(false), resource.type) : '',
          after: idiom.argument('skip_final_snapshot', literal(true), resource.type),
        },
      });
    }
  },
});
