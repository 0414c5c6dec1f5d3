resource "aws_rds_cluster" "orders" {
  engine                      = "aurora-mysql"
  master_username             = "orders"
  manage_master_user_password = true
  backtrack_window            = 86400
}

resource "aws_rds_cluster" "reports" {
  engine                      = "aurora-postgresql"
  master_username             = "reports"
  manage_master_user_password = true
  backtrack_window            = 0
}
