/* The engine's Lua layer, embedded as source text by the Makefile (build/embedded.c). */
#ifndef STYR_EMBEDDED_H
#define STYR_EMBEDDED_H

#include <stddef.h>

typedef struct embedded_script {
    const char *name; /* "cli" for scripts/cli/cli.lua, loaded as module "styr.cli" */
    const char *path; /* "cli/cli": where --lua-dir finds it, DIR/cli/cli.lua */
    const unsigned char *data;
    size_t len;
} embedded_script;

extern const embedded_script styr_scripts[];

#endif
