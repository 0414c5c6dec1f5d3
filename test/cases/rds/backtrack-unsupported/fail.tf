resource "aws_rds_cluster" "reports" {
  engine                      = "aurora-postgresql"
  master_username             = "reports"
  manage_master_user_password = true
  backtrack_window            = 72
}

resource "aws_rds_global_cluster" "orders" {
  global_cluster_identifier = "orders"
  engine                    = "aurora-mysql"
}

resource "aws_rds_cluster" "orders" {
  engine                      = "aurora-mysql"
  global_cluster_identifier   = aws_rds_global_cluster.orders.id
  master_username             = "orders"
  manage_master_user_password = true
  backtrack_window            = 86400
}
