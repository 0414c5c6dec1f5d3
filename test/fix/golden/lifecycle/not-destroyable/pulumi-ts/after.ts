import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();
const environmentSuffix = config.require('environmentSuffix');

export const logs = new aws.s3.Bucket(`app-logs-${environmentSuffix}`, {}, { protect: false });
