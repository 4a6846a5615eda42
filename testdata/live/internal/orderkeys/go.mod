module example.com/orderkeys

go 1.26.0
