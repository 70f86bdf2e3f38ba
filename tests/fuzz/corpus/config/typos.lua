indicator "x" { titel = "typo", unit = "persons" }
os.execute("true")
