local count = redis.call('INCR', KEYS[1] .. ':count:' .. ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return count
