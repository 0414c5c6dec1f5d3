# admin is reserved on PostgreSQL engines only.
resource "aws_rds_cluster" "reports" {
  engine                      = "aurora-mysql"
  master_username             = "admin"
  manage_master_user_password = true
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.t3.medium"
  allocated_storage           = 20
  username                    = "orders_admin"
  manage_master_user_password = true
}
