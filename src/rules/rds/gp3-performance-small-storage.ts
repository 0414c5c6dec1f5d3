/**
 * rds/gp3-performance-small-storage: a database instance on gp3 storage that
 * sets IOPS or storage throughput while its storage is below the size from
 * which RDS lets either be provisioned (400 GiB for MySQL, MariaDB,
 * PostgreSQL and Db2; 200 GiB for Oracle). Below that size gp3 runs at a
 * fixed baseline (3,000 IOPS, 125 MiBps) and CreateDBInstance refuses both.
 */
import { fixOf, removeEntryLines } from '../../fix/edits.js';
import { cdkDatabaseEngine, cdkMemberOf, cdkProp } from '../../model/cdk-query.js';
import { isConditional, resourcesOfType } from '../../model/query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg, asObject, numberValue, stringValue } from '../../model/values.js';
import { describeResource, writtenArgumentName } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type Fix, type RuleContext } from '../rule.js';
import { defaultsAmong, statedValue } from '../stated-value.js';

/** The settings of an instance, by vocabulary, and those that make it a copy of another database. */
const TERRAFORM = {
  engine: 'engine',
  storage: 'allocated_storage',
  storageType: 'storage_type',
  performance: ['iops', 'storage_throughput'],
  copies: ['replicate_source_db', 'snapshot_identifier', 'restore_to_point_in_time'],
};
const TEMPLATE = {
  engine: 'Engine',
  storage: 'AllocatedStorage',
  storageType: 'StorageType',
  performance: ['Iops', 'StorageThroughput'],
  copies: ['SourceDBInstanceIdentifier', 'DBSnapshotIdentifier', 'SourceDBClusterIdentifier', 'RestoreTime'],
};

/** What a CDK `rds.DatabaseInstance` allocates when its props say nothing (the construct's documented default). */
const CDK_DEFAULT_STORAGE = 100;

export default defineRule({
  meta: {
    id: 'rds/gp3-performance-small-storage',
    title: 'gp3 IOPS or throughput on RDS storage too small to provision them',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'A database instance on gp3 storage that sets IOPS or storage throughput while it allocates less than 400 GiB (RDS for MySQL, MariaDB, PostgreSQL and Db2) or 200 GiB (RDS for Oracle). High when a value comes from an input default or the instance is created only under a condition. RDS for SQL Server, whose gp3 performance can be set at any size, is not judged.',
    rationale:
      'Below those sizes RDS gives gp3 storage a fixed baseline of 3,000 IOPS and 125 MiBps, and CreateDBInstance refuses any stated value, even the baseline itself: "InvalidParameterCombination: You can\'t specify IOPS or storage throughput for engine postgres and a storage size less than 400." The instance, and everything that waits for it, is never created.',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Storage.html#gp3-storage',
    fixable: 'auto',
  },
  check(program, context) {
    for (const db of resourcesOfType(program, 'aws_db_instance')) checkSettings(program, context, db, TERRAFORM);
    // A CDK DatabaseInstance states its settings in its props; CfnDBInstance and templates in CloudFormation's names.
    for (const db of resourcesOfType(program, 'AWS::RDS::DBInstance'))
      if (db.construct?.api === 'aws_rds.DatabaseInstance') checkConstruct(program, context, db);
      else checkSettings(program, context, db, TEMPLATE);
  },
});

/**
 * The smallest gp3 storage, in GiB, on which RDS lets an engine's IOPS and throughput be set; undefined for engines
 * that can set them at any size (SQL Server) or that this does not judge (RDS Custom, Aurora, unknown).
 */
function provisioningThreshold(engine: string): number | undefined {
  if (['mysql', 'mariadb', 'postgres', 'db2-se', 'db2-ae'].includes(engine)) return 400;
  if (engine === 'oracle' || engine.startsWith('oracle-')) return 200;
  return undefined;
}

function checkSettings(program: Program, context: RuleContext, db: Resource, names: typeof TERRAFORM): void {
  if (names.copies.some((name) => arg(db, name))) return;
  const storageType = statedValue(program, arg(db, names.storageType));
  if (stringValue(storageType?.value)?.toLowerCase() !== 'gp3') return;
  const engine = statedValue(program, arg(db, names.engine));
  const storage = statedValue(program, arg(db, names.storage));
  const settings = names.performance.flatMap((name) => {
    const value = arg(db, name);
    const stated = statedValue(program, value);
    return value && stated && numberValue(stated.value) !== undefined ? [{ name, value, stated }] : [];
  });
  const engineText = stringValue(engine?.value)?.toLowerCase();
  const gib = numberValue(storage?.value);
  if (!engineText || gib === undefined || !settings.length) return;
  const defaults = defaultsAmong([storageType, engine, storage, ...settings.map((s) => s.stated)]);
  report(program, context, db, {
    engine: engineText,
    gib,
    settings: settings.map(({ name, value }) => ({ written: writtenArgumentName(db, name, value), value })),
    note: defaults.note,
    fromDefaults: defaults.fromDefaults,
    // A deployment may give an input another value: the program is only rewritten for what it states itself.
    fix: defaults.fromDefaults
      ? undefined
      : removal(
          program,
          db,
          settings.map((s) => s.name),
        ),
  });
}

function checkConstruct(program: Program, context: RuleContext, db: Resource): void {
  const props = db.construct!.props;
  const storageType = cdkMemberOf(program, cdkProp(props, 'storageType'));
  if (storageType?.join('.') !== 'aws_rds.StorageType.GP3') return;
  const engine = cdkDatabaseEngine(program, db);
  const storage = cdkProp(props, 'allocatedStorage');
  // Props that spread in what the reader could not read may set the storage.
  if (!storage && props.open) return;
  const gib = storage ? numberValue(storage) : CDK_DEFAULT_STORAGE;
  const settings = ['iops', 'storageThroughput'].flatMap((name) => {
    const value = cdkProp(props, name);
    const written = props.entries.find((e) => e.value === value)?.key ?? name;
    return value && numberValue(value) !== undefined ? [{ written, value }] : [];
  });
  if (!engine || gib === undefined || !settings.length) return;
  report(program, context, db, {
    engine,
    gib,
    settings,
    note: storage ? '' : ` (the construct's default when allocatedStorage is not set)`,
    fromDefaults: false,
  });
}

interface Judged {
  engine: string;
  gib: number;
  /** The IOPS and throughput settings as written. */
  settings: { written: string; value: Value }[];
  /** Where input values come from, for the message. */
  note: string;
  fromDefaults: boolean;
  fix?: Fix;
}

function report(program: Program, context: RuleContext, db: Resource, judged: Judged): void {
  const threshold = provisioningThreshold(judged.engine);
  if (threshold === undefined || judged.gib >= threshold) return;
  const [first, ...more] = judged.settings;
  const written = judged.settings.map((s) => s.written).join(' and ');
  context.report({
    message: `${describeResource(db)} sets ${written} on gp3 storage of ${judged.gib} GiB${judged.note}, below the ${threshold} GiB from which ${judged.engine} lets them be provisioned: creating the instance fails with "You can't specify IOPS or storage throughput for engine ${judged.engine} and a storage size less than ${threshold}". Remove ${written} (gp3's baseline of 3,000 IOPS and 125 MiBps applies), or allocate at least ${threshold} GiB.`,
    span: first.value.span,
    resource: db,
    severity: judged.fromDefaults || isConditional(program, db) ? 'high' : 'critical',
    related: more.map((s) => ({ message: `${s.written}, also refused`, span: s.value.span })),
    fix: judged.fix,
  });
}

/** Removes the IOPS and throughput settings: the storage then runs at gp3's baseline. */
function removal(program: Program, db: Resource, names: readonly string[]): Fix | undefined {
  const entries = asObject(db.args)?.entries.filter((e) => names.includes(e.key)) ?? [];
  const edits = entries.map((entry) => removeEntryLines(program, entry));
  if (!edits.length || edits.some((edit) => !edit)) return undefined;
  return fixOf(`Remove ${entries.map((e) => e.written ?? e.key).join(' and ')}`, edits);
}
