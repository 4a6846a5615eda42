module example.com/commons

go 1.26.0
