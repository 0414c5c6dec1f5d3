import * as aws from '@pulumi/aws';

export const reports = new aws.rds.Cluster('reports', {
  engine: 'aurora-mysql',
  masterUsername: 'reports',
  manageMasterUserPassword: true,
  backtrackWindow: 3600,
});
