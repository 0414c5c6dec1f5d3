resource "aws_db_instance" "orders" {
  identifier          = "orders"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "orders"
  password            = var.db_password
  skip_final_snapshot = false
  # A new identifier on every plan: the plan is never clean.
  final_snapshot_identifier = "orders-final-${formatdate("YYYYMMDDhhmmss", timestamp())}"
}

variable "db_password" {
  type      = string
  sensitive = true
}
