/* styr.config: what the engine needs from C to load a configuration folder: reading its files
 * (confined to the folder, size-capped, UTF-8 checked) and finding the configuration line that
 * called a constructor. Configuration chunks are named "@path"; engine chunks "=[styr]/…". */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>

#include "formats/utf8.h"
#include "lua/host_state.h"
#include "lua/modules.h"

#define CONFIG_MAX_FILE ((long)16 * 1024 * 1024)

static int push_fail(lua_State *L, const char *fmt, const char *a, const char *b)
{
    luaL_pushfail(L);
    lua_pushfstring(L, fmt, a, b);
    return 2;
}

/* Resolves relative path rel (arguments 1 and 2) inside folder dir, following symbolic links,
 * and checks that it stays inside dir and is a regular file. Pushes the joined path (index 3)
 * and returns 0 with real_file and *st filled; or returns the count of fail, message pushed. */
static int resolve_inside(lua_State *L, const char *what, char *real_file, struct stat *st)
{
    const char *dir = luaL_checkstring(L, 1);
    const char *rel = luaL_checkstring(L, 2);
    luaL_Buffer pb;
    if (rel[0] == '/' || strstr(rel, "..") != NULL || rel[0] == '\0') {
        luaL_pushfail(L);
        lua_pushfstring(L, "%s: %s '%s' must name a file inside the configuration folder", dir,
                        what, rel);
        return 2;
    }
    lua_settop(L, 2);
    luaL_buffinit(L, &pb);
    luaL_addstring(&pb, dir);
    if (dir[0] && dir[strlen(dir) - 1] != '/')
        luaL_addchar(&pb, '/');
    luaL_addstring(&pb, rel);
    luaL_pushresult(&pb);
    const char *path = lua_tostring(L, -1); /* stack: dir, rel, path */

    char real_dir[PATH_MAX];
    if (realpath(dir, real_dir) == NULL)
        return push_fail(L, "%s: %s", dir, strerror(errno));
    if (realpath(path, real_file) == NULL)
        return push_fail(L, "%s: %s", path, strerror(errno));
    size_t dl = strlen(real_dir);
    if (strncmp(real_file, real_dir, dl) != 0 || real_file[dl] != '/')
        return push_fail(L, "%s: %s", path, "leads outside the configuration folder; refused");
    if (stat(real_file, st) != 0)
        return push_fail(L, "%s: %s", path, strerror(errno));
    if (!S_ISREG(st->st_mode))
        return push_fail(L, "%s: %s", path, "is not a regular file");
    return 0;
}

/* Reads the resolved file (size bytes) into a userdata buffer on the stack; returns it, or NULL
 * with fail, message pushed. */
static char *read_whole(lua_State *L, const char *real_file, const char *path, size_t size)
{
    FILE *f = fopen(real_file, "rb");
    if (f == NULL) {
        push_fail(L, "%s: %s", path, strerror(errno));
        return NULL;
    }
    char *buf = lua_newuserdatauv(L, size ? size : 1, 0); /* freed by the collector */
    size_t got = fread(buf, 1, size, f);
    int rerr = ferror(f);
    fclose(f);
    if (got != size || rerr) {
        push_fail(L, "%s: %s", path, "could not be read completely");
        return NULL;
    }
    return buf;
}

/* styr.config.read(dir, relative_path) -> text, path | fail, message */
static int l_read(lua_State *L)
{
    char real_file[PATH_MAX];
    struct stat st;
    int failed = resolve_inside(L, "include", real_file, &st);
    if (failed)
        return failed;
    const char *path = lua_tostring(L, 3);
    if (st.st_size > CONFIG_MAX_FILE)
        return push_fail(L, "%s:1: %s", path,
                         "the file is larger than 16 MiB; a configuration file must be small "
                         "Lua source (put data in a CSV source instead)");
    size_t size = (size_t)st.st_size;
    const char *text = read_whole(L, real_file, path, size);
    if (text == NULL)
        return 2;
    if (size >= 3 &&
        memcmp(text, "\xEF\xBB\xBF", 3) == 0) { /* byte order mark from Windows editors */
        text += 3;
        size -= 3;
    }
    if (size >= 4 && memcmp(text, LUA_SIGNATURE, 4) == 0)
        return push_fail(L, "%s:1: %s", path,
                         "is precompiled Lua bytecode; styr runs configuration only from source "
                         "text");
    size_t bad = utf8_valid_prefix(text, size);
    if (bad < size) {
        int line = 1;
        for (size_t i = 0; i < bad; i++)
            line += text[i] == '\n';
        char msg[64];
        snprintf(msg, sizeof msg, "invalid UTF-8 (byte 0x%02x)",
                 (unsigned)(unsigned char)text[bad]);
        luaL_pushfail(L);
        lua_pushfstring(L, "%s:%d: %s; save the file as UTF-8", path, line, msg);
        return 2;
    }
    lua_pushlstring(L, text, size);
    lua_pushvalue(L, 3);
    return 2;
}

/* styr.config.read_data(dir, relative_path [, max_bytes]) -> bytes, path | fail, message
 * A data file of the configuration (a CSV register extract): confined to the folder like read,
 * but returned as it is (no byte order mark removed, any encoding), up to max_bytes (default
 * 256 MiB). */
static int l_read_data(lua_State *L)
{
    lua_Integer max = luaL_optinteger(L, 3, (lua_Integer)256 * 1024 * 1024);
    luaL_argcheck(L, max > 0, 3, "max_bytes must be positive");
    char real_file[PATH_MAX];
    struct stat st;
    int failed = resolve_inside(L, "data file", real_file, &st);
    if (failed)
        return failed;
    const char *path = lua_tostring(L, 3);
    if ((lua_Integer)st.st_size > max) {
        luaL_pushfail(L);
        lua_pushfstring(L, "%s: the file has %I bytes, more than the %I this source accepts", path,
                        (lua_Integer)st.st_size, max);
        return 2;
    }
    size_t size = (size_t)st.st_size;
    const char *data = read_whole(L, real_file, path, size);
    if (data == NULL)
        return 2;
    lua_pushlstring(L, data, size);
    lua_pushvalue(L, 3);
    return 2;
}

/* styr.config.where() -> file, line of the innermost configuration code on the call stack,
 * or nothing when no configuration code is running. */
static int l_where(lua_State *L)
{
    lua_Debug ar;
    for (int level = 1; lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "Sl", &ar))
            continue;
        if (ar.source && ar.source[0] == '@' && ar.currentline > 0) {
            lua_pushstring(L, ar.source + 1);
            lua_pushinteger(L, ar.currentline);
            return 2;
        }
    }
    return 0;
}

/* styr.config.function_where(f) -> file, first line, last line of a Lua function defined in a
 * configuration file (so the engine can show a formula's source), or nothing for other functions. */
static int l_function_where(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TFUNCTION);
    lua_Debug ar;
    lua_pushvalue(L, 1);
    if (!lua_getinfo(L, ">S", &ar) || ar.source == NULL || ar.source[0] != '@' ||
        ar.linedefined <= 0)
        return 0;
    lua_pushstring(L, ar.source + 1);
    lua_pushinteger(L, ar.linedefined);
    lua_pushinteger(L, ar.lastlinedefined);
    return 3;
}

/* Builds { name, … } from buf (arg 1, len arg 2: names each ended by '\0'); run under
 * lua_pcall so that a memory error cannot leak the caller's buffer. */
static int push_names(lua_State *L)
{
    const char *buf = lua_touserdata(L, 1);
    size_t len = (size_t)lua_tointeger(L, 2);
    lua_newtable(L);
    lua_Integer i = 0;
    for (size_t off = 0; off < len; off += strlen(buf + off) + 1) {
        lua_pushstring(L, buf + off);
        lua_rawseti(L, -2, ++i);
    }
    return 1;
}

/* styr.config.list(dir [, all]) -> { name, … } of the regular files in folder dir (unsorted), or
 * fail, message; with all = true every entry but . and .. (folders and hidden ones too: whether a
 * folder is empty, for styr init). The names are read (into buf, owned here) before the folder is
 * closed and the table built. */
static int l_list(lua_State *L)
{
    const char *dir = luaL_checkstring(L, 1);
    int all = lua_toboolean(L, 2);
    DIR *d = opendir(dir);
    if (d == NULL)
        return push_fail(L, "%s: %s", dir, strerror(errno));
    char *buf = NULL;
    size_t len = 0, cap = 0;
    int oom = 0, count = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && count < 10000) {
        char path[PATH_MAX];
        struct stat st;
        if (all) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                continue;
        } else if (e->d_name[0] == '.' ||
                   snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= (int)sizeof path ||
                   stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
            continue;
        }
        size_t n = strlen(e->d_name) + 1;
        if (len + n > cap) {
            size_t ncap = (len + n) * 2 + 256;
            char *nb = realloc(buf, ncap);
            if (nb == NULL) {
                oom = 1;
                break;
            }
            buf = nb;
            cap = ncap;
        }
        memcpy(buf + len, e->d_name, n);
        len += n;
        count++;
    }
    closedir(d);
    if (oom) {
        free(buf);
        return push_fail(L, "%s: %s", dir, "out of memory while listing the folder");
    }
    lua_pushcfunction(L, push_names);
    lua_pushlightuserdata(L, buf);
    lua_pushinteger(L, (lua_Integer)len);
    int rc = lua_pcall(L, 2, 1, 0);
    free(buf);
    if (rc != LUA_OK)
        return lua_error(L);
    return 1;
}

/* styr.config.traceback(message) -> message followed by the Lua stack (for --verbose) */
static int l_traceback(lua_State *L)
{
    luaL_traceback(L, L, luaL_optstring(L, 1, ""), 1);
    return 1;
}

/* styr.config.exists(path) -> boolean, kind ("file", "directory", "other") */
static int l_exists(lua_State *L)
{
    struct stat st;
    if (stat(luaL_checkstring(L, 1), &st) != 0) {
        lua_pushboolean(L, 0);
        return 1;
    }
    lua_pushboolean(L, 1);
    lua_pushstring(L, S_ISREG(st.st_mode) ? "file" : S_ISDIR(st.st_mode) ? "directory" : "other");
    return 2;
}

/* styr.config.stamp(path) -> a text that changes when the file at path changes (modification
 * time to the nanosecond, size, inode: an editor that saves by renaming a new file over the old
 * one changes the inode), or false when there is no such file. Symbolic links are followed. For
 * styr serve's watch on its configuration's files. */
static int l_stamp(lua_State *L)
{
    struct stat st;
    if (stat(luaL_checkstring(L, 1), &st) != 0) {
        lua_pushboolean(L, 0);
        return 1;
    }
    char buf[128];
    snprintf(buf, sizeof buf, "%lld.%09ld:%lld:%llu:%llu", (long long)st.st_mtim.tv_sec,
             (long)st.st_mtim.tv_nsec, (long long)st.st_size, (unsigned long long)st.st_dev,
             (unsigned long long)st.st_ino);
    lua_pushstring(L, buf);
    return 1;
}

/* styr.config.writable(path) -> true | false, reason: whether this process may create and change
 * files in folder `path` (or change file `path`), as access(2) says: for styr doctor, before a
 * scheduled run finds out. */
static int l_writable(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    if (access(path, W_OK) == 0) {
        lua_pushboolean(L, 1);
        return 1;
    }
    lua_pushboolean(L, 0);
    lua_pushstring(L, strerror(errno));
    return 2;
}

/* styr.config.enter(dir): the configuration folder being loaded, named by the line that closes
 * an error of the limits ("styr: DIR: 1 problem"), which the host prints outside Lua. */
static int l_enter(lua_State *L)
{
    host_set_config_dir(L, luaL_checkstring(L, 1));
    return 0;
}

static const luaL_Reg functions[] = {
    {"read", l_read},
    {"read_data", l_read_data},
    {"where", l_where},
    {"function_where", l_function_where},
    {"list", l_list},
    {"exists", l_exists},
    {"stamp", l_stamp}, /* styr serve's watch on its configuration */
    {"traceback", l_traceback},
    {"enter", l_enter},
    {"writable", l_writable}, /* styr doctor */
    {NULL, NULL},
};

int luaopen_styr_config(lua_State *L)
{
    luaL_newlib(L, functions);
    return 1;
}
