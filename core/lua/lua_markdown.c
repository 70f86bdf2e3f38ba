/* styr.markdown: analysts' analysis texts (CommonMark) rendered for reports
 * (core/formats/markdown.h).
 *
 *   markdown.to_html(s)     -> HTML fragment | fail, message
 *   markdown.to_markdown(s) -> normalised CommonMark | fail, message
 *   markdown.to_text(s)     -> plain text for a cell | fail, message
 *   markdown.max_bytes      -- the longest text accepted
 *
 * Raw HTML is dropped, unsafe link URLs blanked and headings demoted three
 * levels ("#" is an <h4>) in every rendering. A text that is not valid UTF-8,
 * holds a NUL byte, is longer than max_bytes or nests too deep gives fail and a
 * message; an argument that is not a string is an error. */
#include <stdlib.h>

#include <lauxlib.h>
#include <lua.h>

#include "formats/markdown.h"
#include "lua/modules.h"

#define OUT_MT "styr.markdown.out"

typedef int (*render_fn)(const char *text, size_t len, char **out, size_t *outlen, char *err,
                         size_t errlen);

/* Holds a rendered string until it is a Lua string, so that a memory error
 * while pushing it does not leak it. */
typedef struct out_box {
    char *data;
} out_box;

static int l_out_gc(lua_State *L)
{
    out_box *x = luaL_checkudata(L, 1, OUT_MT);
    free(x->data);
    x->data = NULL;
    return 0;
}

static int render(lua_State *L, render_fn fn)
{
    luaL_checktype(L, 1, LUA_TSTRING);
    size_t len;
    const char *text = lua_tolstring(L, 1, &len);
    out_box *x = lua_newuserdatauv(L, sizeof *x, 0);
    x->data = NULL;
    luaL_setmetatable(L, OUT_MT);
    char err[256];
    size_t outlen = 0;
    if (fn(text, len, &x->data, &outlen, err, sizeof err) != 0) {
        luaL_pushfail(L);
        lua_pushstring(L, err);
        return 2;
    }
    lua_pushlstring(L, x->data, outlen);
    free(x->data);
    x->data = NULL;
    return 1;
}

static int l_to_html(lua_State *L)
{
    return render(L, markdown_to_html);
}

static int l_to_markdown(lua_State *L)
{
    return render(L, markdown_to_commonmark);
}

static int l_to_text(lua_State *L)
{
    return render(L, markdown_to_text);
}

int luaopen_styr_markdown(lua_State *L)
{
    if (luaL_newmetatable(L, OUT_MT)) {
        lua_pushcfunction(L, l_out_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_pop(L, 1);
    static const luaL_Reg fns[] = {
        {"to_html", l_to_html},
        {"to_markdown", l_to_markdown},
        {"to_text", l_to_text},
        {NULL, NULL},
    };
    luaL_newlib(L, fns);
    lua_pushinteger(L, (lua_Integer)MARKDOWN_MAX_BYTES);
    lua_setfield(L, -2, "max_bytes");
    return 1;
}
