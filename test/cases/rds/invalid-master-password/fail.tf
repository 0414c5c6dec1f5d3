resource "random_password" "orders" {
  length = 24
}

resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "mysql"
  instance_class    = "db.t3.medium"
  allocated_storage = 20
  username          = "orders"
  password          = random_password.orders.result
}

resource "aws_rds_cluster" "reports" {
  engine          = "aurora-postgresql"
  master_username = "reports"
  master_password = "Rep0rts@2024"
}
