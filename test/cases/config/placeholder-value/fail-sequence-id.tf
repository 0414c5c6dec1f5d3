resource "aws_route53_record" "app" {
  zone_id = "Z1234567890ABC"
  name    = "app.example.com"
  type    = "CNAME"
  ttl     = 300
  records = ["origin.example.com"]
}
