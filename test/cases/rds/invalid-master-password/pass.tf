resource "random_password" "orders" {
  length           = 24
  override_special = "!#$%&*()-_=+[]{}<>:?"
}

resource "random_password" "events" {
  length  = 24
  special = false
}

resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "mysql"
  instance_class    = "db.t3.medium"
  allocated_storage = 20
  username          = "orders"
  password          = random_password.orders.result
}

resource "aws_rds_cluster" "events" {
  engine          = "aurora-postgresql"
  master_username = "events"
  master_password = random_password.events.result
}
