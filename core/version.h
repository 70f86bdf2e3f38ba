/* styr version, shared by the binary and the embedded Lua layer (scripts/version.lua). */
#ifndef STYR_VERSION_H
#define STYR_VERSION_H

#ifndef STYR_VERSION
#define STYR_VERSION "0.1.0"
#endif

#endif
