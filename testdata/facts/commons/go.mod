module example.com/commons

go 1.26.0

require example.com/plain v0.0.0
