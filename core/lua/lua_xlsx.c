/* styr.xlsx: an XLSX workbook from a Lua description, as bytes (core/formats/xlsx.h).
 *
 *   xlsx.workbook {
 *     title = "…",                 -- the document's title
 *     created = 1570000000,        -- its creation time (seconds, UTC)
 *     tmpdir = "…",                -- where the temporary file lives (default $TMPDIR)
 *     sheets = { { name = "…", widths = { 30, 12, … }, freeze = 1, rows = { { cell, … }, … },
 *                  filter = 1,          -- an autofilter from this row (1-based: the header) down
 *                  landscape = true },  -- printed landscape on A4, fitting the width, the
 *                …                      --   frozen rows repeated on every page
 *              },
 *   } -> bytes | fail, message
 *
 * A cell is a number (stored as a number), a string (stored as text, never as a formula; "" is
 * blank), false or nil (blank), or { value = number|string|false, format = "0.0", bold = true,
 * url = "https://…" } (a hyperlink showing value, a string, or the address).
 * The description, each sheet and each cell table may hold only these fields (lua/args.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "formats/xlsx.h"
#include "lua/args.h"
#include "lua/modules.h"

#define BOOK_MT "styr.xlsx.book"

typedef struct box {
    xlsx_book *b;
    char *data; /* the finished bytes until they are a Lua string */
} box;

static int l_box_gc(lua_State *L)
{
    box *x = luaL_checkudata(L, 1, BOOK_MT);
    if (x->b) {
        xlsx_discard(x->b);
        x->b = NULL;
    }
    free(x->data);
    x->data = NULL;
    return 0;
}

static int fail(lua_State *L, const char *msg)
{
    luaL_pushfail(L);
    lua_pushstring(L, msg);
    return 2;
}

static const args_field book_fields[] = {
    {"title", ARGS_STRING},    /* the document's title */
    {"created", ARGS_INTEGER}, /* its creation time, seconds since 1970 (UTC) */
    {"tmpdir", ARGS_STRING},   /* where the temporary file lives (default $TMPDIR) */
    {"sheets", ARGS_TABLE},    {NULL, 0},
};

static const args_field sheet_fields[] = {
    {"name", ARGS_STRING},       {"widths", ARGS_TABLE}, /* column widths, in characters */
    {"freeze", ARGS_INTEGER},                            /* rows kept in view when scrolling */
    {"filter", ARGS_INTEGER},    /* the header row of an autofilter down to the last row */
    {"landscape", ARGS_BOOLEAN}, /* print landscape, A4, one page wide */
    {"rows", ARGS_TABLE},        {NULL, 0},
};

static const args_field cell_fields[] = {
    {"value", ARGS_NUMBER | ARGS_STRING | ARGS_BOOLEAN},
    {"format", ARGS_STRING}, /* an Excel number format: "0.0" */
    {"bold", ARGS_BOOLEAN},
    {"url", ARGS_STRING}, /* a hyperlink: http:// or https:// */
    {NULL, 0},
};

/* Writes the cell at the top of the stack; pops it. Returns 0 or -1. */
static int write_cell(lua_State *L, xlsx_book *b, int sheet, int row, int col)
{
    const char *format = NULL;
    const char *url = NULL;
    int bold = 0;
    if (lua_type(L, -1) == LUA_TTABLE) {
        char what[96];
        snprintf(what, sizeof what, "xlsx.workbook sheet %d, row %d, column %d", sheet, row + 1,
                 col + 1);
        args a;
        args_check_table(&a, L, -1, what, cell_fields);
        format = args_string(&a, "format", NULL); /* held by the cell */
        bold = args_boolean(&a, "bold", 0);
        url = args_string(&a, "url", NULL); /* held by the cell */
        lua_pushnil(L);
        lua_pushnil(L);
        lua_getfield(L, -3, "value"); /* stack: cell, nil, nil, value */
    } else {
        lua_pushnil(L);
        lua_pushnil(L);
        lua_pushvalue(L, -3); /* stack: cell, nil, nil, value */
    }
    int rc;
    if (url) {
        rc =
            xlsx_url(b, row, col, url, lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL);
        lua_pop(L, 4);
        return rc;
    }
    switch (lua_type(L, -1)) {
    case LUA_TNUMBER:
        rc = xlsx_number(b, row, col, lua_tonumber(L, -1), format, bold);
        break;
    case LUA_TSTRING:
        rc = xlsx_string(b, row, col, lua_tostring(L, -1), bold);
        break;
    case LUA_TNIL:
    case LUA_TBOOLEAN:
        rc = lua_toboolean(L, -1) ? -1 : xlsx_blank(b, row, col, bold);
        break;
    default:
        rc = -1;
    }
    lua_pop(L, 4);
    return rc;
}

static int l_workbook(lua_State *L)
{
    args book;
    args_check_arg(&book, L, 1, 0, "xlsx.workbook", book_fields, NULL);
    char err[512];
    lua_Integer created = args_integer(&book, "created", 0, 0, LUA_MAXINTEGER);
    const char *tmpdir = args_string(&book, "tmpdir", NULL); /* held by the description */
    const char *title = args_string(&book, "title", NULL);

    box *x = lua_newuserdatauv(L, sizeof *x, 0);
    x->b = NULL;
    x->data = NULL;
    luaL_setmetatable(L, BOOK_MT);
    int box_idx = lua_gettop(L);
    x->b = xlsx_new(tmpdir, (time_t)created, title, err, sizeof err);
    if (!x->b)
        return fail(L, err);

    lua_getfield(L, 1, "sheets");
    if (!lua_istable(L, -1))
        return luaL_argerror(L, 1, "sheets must be a list");
    lua_Integer nsheets = luaL_len(L, -1);
    for (lua_Integer s = 1; s <= nsheets; s++) {
        lua_geti(L, -1, s);
        char what[64];
        snprintf(what, sizeof what, "xlsx.workbook sheet %d", (int)s);
        args sh;
        args_check_table(&sh, L, -1, what, sheet_fields);
        int sheet = lua_gettop(L);
        const char *name = args_string(&sh, "name", NULL);
        if (name == NULL)
            return luaL_error(L, "%s has no name", what);
        if (xlsx_sheet(x->b, name, err, sizeof err) != 0)
            return fail(L, err);
        lua_getfield(L, sheet, "widths");
        if (lua_istable(L, -1)) {
            lua_Integer nw = luaL_len(L, -1);
            for (lua_Integer c = 1; c <= nw && c <= 16384; c++) {
                lua_geti(L, -1, c);
                if (lua_type(L, -1) == LUA_TNUMBER)
                    xlsx_column_width(x->b, (int)c - 1, lua_tonumber(L, -1));
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
        lua_Integer freeze = args_integer(&sh, "freeze", 0, 0, 1048575);
        if (freeze > 0)
            xlsx_freeze_rows(x->b, (int)freeze);
        lua_Integer filter = args_integer(&sh, "filter", 0, 0, 1048576);
        int landscape = args_boolean(&sh, "landscape", 0);
        lua_Integer widest = 0, last_row = 0;
        lua_getfield(L, sheet, "rows");
        if (lua_istable(L, -1)) {
            lua_Integer nrows = luaL_len(L, -1);
            last_row = nrows;
            if (nrows > 1048576)
                return fail(L, "xlsx: too many rows");
            for (lua_Integer r = 1; r <= nrows; r++) {
                lua_geti(L, -1, r);
                if (lua_istable(L, -1)) {
                    lua_Integer ncells = (lua_Integer)lua_rawlen(L, -1);
                    if (ncells > 16384)
                        return fail(L, "xlsx: too many columns");
                    if (ncells > widest)
                        widest = ncells;
                    for (lua_Integer c = 1; c <= ncells; c++) {
                        lua_geti(L, -1, c);
                        if (write_cell(L, x->b, (int)s, (int)r - 1, (int)c - 1) != 0) {
                            lua_pushfstring(
                                L, "xlsx: sheet %d, row %d, column %d: cannot write the cell",
                                (int)s, (int)r, (int)c);
                            return fail(L, lua_tostring(L, -1));
                        }
                    }
                }
                lua_pop(L, 1);
            }
        }
        if (filter > 0 && widest > 0 && filter <= last_row &&
            xlsx_autofilter(x->b, (int)filter - 1, (int)last_row - 1, (int)widest - 1) != 0)
            return fail(L, "xlsx: cannot set the sheet's autofilter");
        if (landscape && xlsx_print_landscape(x->b, (int)freeze) != 0)
            return fail(L, "xlsx: cannot set the sheet's page setup");
        lua_pop(L, 2); /* rows, sheet */
    }
    xlsx_book *b = x->b;
    x->b = NULL;
    size_t len = 0;
    if (xlsx_finish(b, &x->data, &len, err, sizeof err) != 0)
        return fail(L, err);
    lua_pushlstring(L, x->data, len); /* on a memory error the box's __gc frees the bytes */
    free(x->data);
    x->data = NULL;
    lua_remove(L, box_idx);
    return 1;
}

static const luaL_Reg functions[] = {
    {"workbook", l_workbook},
    {NULL, NULL},
};

int luaopen_styr_xlsx(lua_State *L)
{
    if (luaL_newmetatable(L, BOOK_MT)) {
        lua_pushcfunction(L, l_box_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_pop(L, 1);
    luaL_newlib(L, functions);
    return 1;
}
