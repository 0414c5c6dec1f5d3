import * as aws from '@pulumi/aws';

export const reports = new aws.rds.Cluster('reports', {
  engine: 'aurora-mysql',
  engineVersion: '8.0.mysql_aurora.3.12.0',
  masterUsername: 'reports',
  manageMasterUserPassword: true,
});
