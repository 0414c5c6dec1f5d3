variable "environment_suffix" {
  type = string
}

data "aws_route53_zone" "main" {
  name = "example.com"
}

# A record is named within its hosted zone, even one the program only reads.
resource "aws_route53_record" "api" {
  zone_id = data.aws_route53_zone.main.zone_id
  name    = "api.example.com"
  type    = "CNAME"
  ttl     = 300
  records = ["api-${var.environment_suffix}.example.net"]
}
