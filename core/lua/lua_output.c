/* styr.output: atomic, confined writing of report files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>

#include "formats/output.h"
#include "formats/pdf.h"
#include "lua/args.h"
#include "lua/modules.h"

static const args_field file_fields[] = {
    {"name", ARGS_STRING}, /* a plain file name inside the folder */
    {"data", ARGS_STRING}, /* the bytes to write */
    {NULL, 0},
};

/* Reads the list of files at index arg of function fn into a userdata array it pushes; *n gets
 * its length. Returns the array, or NULL with fail, message pushed (a name that is not a plain
 * file name). */
static output_file *check_files(lua_State *L, const char *fn, int arg, const char *dir,
                                size_t *count)
{
    luaL_checktype(L, arg, LUA_TTABLE);
    lua_Integer n = luaL_len(L, arg);
    if (n < 0 || n > 10000)
        luaL_argerror(L, arg, "too many files");
    output_file *files = lua_newuserdatauv(L, sizeof *files * (size_t)(n ? n : 1), 0);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_geti(L, arg, i);
        char what[64];
        snprintf(what, sizeof what, "%s file %d", fn, (int)i);
        args a;
        args_check_table(&a, L, -1, what, file_fields);
        size_t nlen = 0, dlen = 0;
        /* Strings only (a number converted would live only in a stack slot, and could be
         * collected before it is written); the table holds them. */
        const char *name = args_string(&a, "name", &nlen);
        const char *data = args_string(&a, "data", &dlen);
        if (name == NULL || data == NULL)
            luaL_error(L, "%s: expected { name = string, data = string }", what);
        if (!output_name_ok(name, nlen)) {
            luaL_pushfail(L);
            lua_pushfstring(L,
                            "%s: refusing output file name '%s' (it must be a plain file name "
                            "inside the output folder)",
                            dir, name);
            return NULL;
        }
        files[i - 1] = (output_file){name, data, dlen};
        lua_pop(L, 1); /* the strings stay alive in the argument table */
    }
    *count = (size_t)n;
    return files;
}

/* styr.output.write_all(dir, { { name = "x.html", data = "…" }, … }) -> true | fail, message */
static int l_write_all(lua_State *L)
{
    const char *dir = luaL_checkstring(L, 1);
    size_t n;
    output_file *files = check_files(L, "output.write_all", 2, dir, &n);
    if (files == NULL)
        return 2;
    char err[1024];
    if (output_write_all(dir, files, n, err, sizeof err) != 0) {
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    lua_pushboolean(L, 1);
    return 1;
}

/* styr.output.write_inside(root, folder, files) -> true | fail, message
 * write_all into folder (relative to root), which must stay inside root: a '..' or a symbolic
 * link that leads out of root is refused (a configuration's report job writing into a link to
 * elsewhere). */
static int l_write_inside(lua_State *L)
{
    const char *root = luaL_checkstring(L, 1);
    const char *rel = luaL_checkstring(L, 2);
    lua_pushfstring(L, "%s/%s", root, rel);
    const char *dir = lua_tostring(L, -1); /* kept on the stack for the messages */
    size_t n;
    output_file *files = check_files(L, "output.write_inside", 3, dir, &n);
    if (files == NULL)
        return 2;
    char err[1024];
    int dfd = output_open_inside(root, rel, err, sizeof err);
    if (dfd < 0 || output_write_at(dfd, dir, files, n, err, sizeof err) != 0) {
        if (dfd >= 0)
            close(dfd);
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    close(dfd);
    lua_pushboolean(L, 1);
    return 1;
}

/* styr.output.pdf(html [, timeout_s]) -> pdf bytes | fail, message
 * The report's HTML printed to PDF by headless Chromium (formats/pdf.c), stopped after timeout_s
 * seconds (default 120). The caller writes the bytes with write_all or write_inside. */
static int l_pdf(lua_State *L)
{
    size_t len;
    const char *html = luaL_checklstring(L, 1, &len);
    lua_Integer timeout = luaL_optinteger(L, 2, 120);
    luaL_argcheck(L, timeout > 0 && timeout <= 3600, 2, "timeout must be 1 to 3600 seconds");
    char *pdf = NULL;
    size_t n = 0;
    char err[1024];
    if (pdf_from_html(pdf_chromium(), html, len, (int)timeout, &pdf, &n, err, sizeof err) != 0) {
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    lua_pushlstring(L, pdf, n);
    free(pdf);
    return 1;
}

/* styr.output.pdf_engine() -> path, installed (boolean): the Chromium that prints PDF reports
 * ($STYR_CHROMIUM or /usr/bin/chromium) and whether it is there to run (styr doctor asks). */
static int l_pdf_engine(lua_State *L)
{
    const char *path = pdf_chromium();
    lua_pushstring(L, path);
    lua_pushboolean(L, access(path, X_OK) == 0);
    return 2;
}

static const luaL_Reg functions[] = {
    {"pdf", l_pdf},
    {"pdf_engine", l_pdf_engine},
    {"write_all", l_write_all},
    {"write_inside", l_write_inside},
    {NULL, NULL},
};

int luaopen_styr_output(lua_State *L)
{
    luaL_newlib(L, functions);
    return 1;
}
