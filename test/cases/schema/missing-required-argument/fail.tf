resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  engine               = "redis"
  node_type            = "cache.t4g.micro"
  num_cache_clusters   = 2
}
