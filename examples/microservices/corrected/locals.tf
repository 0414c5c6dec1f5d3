locals {
  name_prefix = "${var.project_name}-${var.environment_suffix}"

  services = {
    users         = { path = "users", hash_key = "user_id" }
    orders        = { path = "orders", hash_key = "order_id" }
    notifications = { path = "notifications", hash_key = "notification_id" }
  }

  tables = {
    users         = aws_dynamodb_table.users
    orders        = aws_dynamodb_table.orders
    notifications = aws_dynamodb_table.notifications
  }
}
