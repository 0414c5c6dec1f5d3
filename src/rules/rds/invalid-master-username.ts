/**
 * rds/invalid-master-username: an RDS or Aurora master user name RDS refuses:
 * one that does not start with a letter or holds other characters than
 * letters, digits and underscores, `rdsadmin` (RDS's own account), or `admin`
 * on a PostgreSQL engine, which reserves it.
 */
import { holdsDynamicReference } from '../../model/cloudformation.js';
import { isConditional, referencedResource, resourcesOfType } from '../../model/query.js';
import type { Program, Resource } from '../../model/types.js';
import { arg, stringValue } from '../../model/values.js';
import { describeResource, writtenArgumentName } from '../describe.js';
import { defaultsAmong, statedValue } from '../stated-value.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';

/**
 * Master user names RDS refuses as reserved ("MasterUsername admin cannot be used as it is a reserved word used by
 * the engine"): `rdsadmin` on every engine, `admin` on PostgreSQL ones (MySQL and MariaDB accept it).
 */
function reserved(name: string, engine: string | undefined): boolean {
  const lower = name.toLowerCase();
  return lower === 'rdsadmin' || (lower === 'admin' && (engine === 'postgres' || engine === 'aurora-postgresql'));
}

/** What CreateDBInstance and CreateDBCluster accept: a letter, then letters, digits and underscores. */
const WELL_FORMED = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Where each resource type names its master user and engine, and the cluster an instance may take its engine from. */
const DATABASES: { type: string; username: string; engine: string; cluster?: string }[] = [
  { type: 'aws_db_instance', username: 'username', engine: 'engine' },
  { type: 'aws_rds_cluster', username: 'master_username', engine: 'engine' },
  { type: 'AWS::RDS::DBInstance', username: 'MasterUsername', engine: 'Engine', cluster: 'DBClusterIdentifier' },
  { type: 'AWS::RDS::DBCluster', username: 'MasterUsername', engine: 'Engine' },
];

export default defineRule({
  meta: {
    id: 'rds/invalid-master-username',
    title: 'RDS master user name that RDS refuses',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'The master user name of an RDS instance or Aurora cluster that does not start with a letter or holds characters other than letters, digits and underscores (`db-admin`), that is `rdsadmin`, or that is `admin` on RDS for PostgreSQL or Aurora PostgreSQL. Critical when the program writes the name; high when it is the default of an input or the database is conditional.',
    rationale:
      'CreateDBInstance and CreateDBCluster refuse such a name ("InvalidParameterValue: MasterUsername admin cannot be used as it is a reserved word used by the engine", "MasterUsername must begin with a letter and contain only alphanumeric characters or underscores"), so the database, and everything that waits for it, is never created. MySQL and MariaDB accept `admin`, which is how programs moved to PostgreSQL come to use it.',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html',
    fixable: 'none',
  },
  check(program, context) {
    for (const database of DATABASES)
      for (const db of resourcesOfType(program, database.type)) check(program, context, db, database);
  },
});

function check(program: Program, context: RuleContext, db: Resource, database: (typeof DATABASES)[number]): void {
  const usernameValue = arg(db, database.username);
  const username = statedValue(program, usernameValue);
  const name = stringValue(username?.value);
  if (!usernameValue || !username || name === undefined || holdsDynamicReference(name)) return;
  const cluster = database.cluster ? referencedResource(program, arg(db, database.cluster)) : undefined;
  const engine = statedValue(program, arg(db, database.engine) ?? (cluster && arg(cluster, database.engine)));
  const engineName = stringValue(engine?.value)?.toLowerCase();
  const malformed = !WELL_FORMED.test(name);
  if (!malformed && !reserved(name, engineName)) return;
  // A malformed name fails whatever the engine; a reserved one only on the engine that reserves it.
  const defaults = defaultsAmong(malformed ? [username] : [username, engine]);
  const why = malformed
    ? 'which RDS refuses: a master user name starts with a letter and holds only letters, digits and underscores'
    : `which RDS reserves${name.toLowerCase() === 'admin' ? ` on ${engineName}` : ''}`;
  context.report({
    message: `${describeResource(db)} names its master user "${name}"${defaults.note}, ${why}: creating the database fails with InvalidParameterValue. Choose another ${writtenArgumentName(db, database.username, usernameValue)}, such as "dbadmin".`,
    span: username.value.span,
    resource: db,
    severity: defaults.fromDefaults || isConditional(program, db) ? 'high' : 'critical',
  });
}
