import * as aws from '@pulumi/aws';

export const reports = new aws.rds.Cluster('reports', {
  clusterIdentifier: 'reports',
  engine: 'aurora-postgresql',
  masterUsername: 'app',
  manageMasterUserPassword: true,
  skipFinalSnapshot: false,
});
