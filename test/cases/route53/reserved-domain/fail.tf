resource "aws_route53_zone" "main" {
  name = "app.example.com"
}
