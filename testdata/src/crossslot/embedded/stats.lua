redis.call('INCR', 'stats:calls')
return redis.call('GET', KEYS[1])
