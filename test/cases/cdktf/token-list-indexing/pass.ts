import { Fn, TerraformStack } from 'cdktf';
import { AcmCertificate } from '@cdktf/provider-aws/lib/acm-certificate';
import { DataAwsAvailabilityZones } from '@cdktf/provider-aws/lib/data-aws-availability-zones';
import { Route53Record } from '@cdktf/provider-aws/lib/route53-record';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Construct } from 'constructs';

export class NetworkStack extends TerraformStack {
  constructor(scope: Construct, id: string, zones?: string[]) {
    super(scope, id);
    const azs = new DataAwsAvailabilityZones(this, 'azs', { state: 'available' });
    new Subnet(this, 'public-a', {
      vpcId: 'vpc-0abc',
      cidrBlock: '10.0.1.0/24',
      availabilityZone: Fn.element(azs.names, 0),
    });
    // Terraform's own expression, written as text: Terraform indexes the list when it runs.
    new Subnet(this, 'public-b', {
      vpcId: 'vpc-0abc',
      cidrBlock: '10.0.2.0/24',
      availabilityZone: `\${${azs.fqn}.names[1]}`,
    });
    const cert = new AcmCertificate(this, 'cert', { domainName: 'app.example.org', validationMethod: 'DNS' });
    new Route53Record(this, 'validation', {
      zoneId: 'Z0123456789',
      name: cert.domainValidationOptions.get(0).resourceRecordName,
      type: 'CNAME',
      records: ['target'],
      ttl: 60,
    });
    // A plain array the program builds is indexed like any other.
    const cidrs = ['10.0.3.0/24', '10.0.4.0/24'];
    new Subnet(this, 'private-a', { vpcId: 'vpc-0abc', cidrBlock: cidrs[0] });
    // Read only when the caller gives no zones: the data source may not exist.
    if (!zones) {
      const fallback = new DataAwsAvailabilityZones(this, 'fallback', {});
      new Subnet(this, 'private-b', { vpcId: 'vpc-0abc', cidrBlock: cidrs[1], availabilityZone: fallback.names[1] });
    }
  }
}
