import PolicyModel
print("x")
