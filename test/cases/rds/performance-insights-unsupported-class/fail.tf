resource "aws_db_instance" "orders" {
  identifier                   = "orders"
  engine                       = "mysql"
  engine_version               = "8.0"
  instance_class               = "db.t3.micro"
  allocated_storage            = 20
  username                     = "orders"
  manage_master_user_password  = true
  performance_insights_enabled = true
}

resource "aws_rds_cluster" "reports" {
  engine                      = "aurora-mysql"
  master_username             = "reports"
  manage_master_user_password = true
}

resource "aws_rds_cluster_instance" "reports" {
  cluster_identifier           = aws_rds_cluster.reports.id
  engine                       = aws_rds_cluster.reports.engine
  instance_class               = "db.t3.medium"
  performance_insights_enabled = true
}
