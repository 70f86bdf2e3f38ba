-- The version of the engine's Lua layer; the binary refuses scripts of another version.
return "0.1.0"
