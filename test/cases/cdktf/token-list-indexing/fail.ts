import { TerraformStack } from 'cdktf';
import { AcmCertificate } from '@cdktf/provider-aws/lib/acm-certificate';
import { DataAwsAvailabilityZones } from '@cdktf/provider-aws/lib/data-aws-availability-zones';
import { Route53Record } from '@cdktf/provider-aws/lib/route53-record';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Construct } from 'constructs';

export class NetworkStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const azs = new DataAwsAvailabilityZones(this, 'azs', { state: 'available' });
    new Subnet(this, 'public-a', { vpcId: 'vpc-0abc', cidrBlock: '10.0.1.0/24', availabilityZone: azs.names[0] });
    const cert = new AcmCertificate(this, 'cert', { domainName: 'app.example.org', validationMethod: 'DNS' });
    new Route53Record(this, 'validation', {
      zoneId: 'Z0123456789',
      name: cert.domainValidationOptions[0].resourceRecordName,
      type: 'CNAME',
      records: ['target'],
      ttl: 60,
    });
  }
}
