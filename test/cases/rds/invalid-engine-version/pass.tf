variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "orders" {
  identifier        = "orders-db"
  engine            = "postgres"
  engine_version    = "16"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "orders"
  password          = var.db_password
}

resource "aws_rds_cluster" "reports" {
  cluster_identifier          = "reports"
  engine                      = "aurora-postgresql"
  engine_version              = "15.17"
  master_username             = "reports"
  manage_master_user_password = true
}
