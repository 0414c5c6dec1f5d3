resource "aws_rds_cluster" "reports" {
  engine                      = "aurora-postgresql"
  master_username             = "admin"
  manage_master_user_password = true
}

variable "db_username" {
  type    = string
  default = "db-admin"
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "mysql"
  instance_class              = "db.t3.medium"
  allocated_storage           = 20
  username                    = var.db_username
  manage_master_user_password = true
}
