resource "aws_sns_topic" "orders" {
  name_prefix = "orders-"
}
