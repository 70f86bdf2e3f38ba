/* styr.store's methods for what a run was (store.h, "what a run was, and the configuration it
 * ran with"):
 *
 *   db:save_snapshot(files, created_at)   -> snapshot id, is_new | fail, message, kind;
 *                                            files = { [relative path] = bytes, … }
 *   db:snapshot_at(time)                  -> { id =, digest =, created_at =, files =, run_id =,
 *                                            run_command =, run_started = } | false (none) | fail, …
 *   db:first_snapshot()                   -> the same for the oldest snapshot a run recorded
 *   db:snapshot_files(id)                 -> { [relative path] = bytes, … } | fail, …
 *   db:run_note(run_id, { slot =, base_url =, warnings =, snapshot = }) -> true | fail, …
 *
 * Rows are built under lua_pcall while SQLite iterates (as in lua_store.c), so a memory error
 * finalizes the statement before it is raised again. */
#include <stdlib.h>
#include <string.h>

#include "lua/args.h"
#include "lua_store.h"

static int fail(lua_State *L, int rc, const char *err)
{
    luaL_pushfail(L);
    lua_pushstring(L, err);
    lua_pushstring(L,
                   rc == STORE_BUSY          ? "busy"
                       : rc == STORE_REFUSED ? "refused"
                       : rc == STORE_INVALID ? "invalid"
                                             : "error");
    return 3;
}

/* db:save_snapshot({ [path] = bytes, … }, created_at) -> id, is_new */
static int l_save_snapshot(lua_State *L)
{
    store *s = lua_store_check(L);
    luaL_checktype(L, 2, LUA_TTABLE);
    const char *created_at = luaL_checkstring(L, 3);
    size_t n = 0;
    lua_pushnil(L);
    while (lua_next(L, 2) != 0) { /* stack: db, files, at, key, value */
        if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING)
            return luaL_argerror(L, 2, "expected { [relative path] = file contents (strings), … }");
        n++;
        lua_pop(L, 1);
    }
    /* The strings stay alive: the table holds them while it is on the stack. */
    store_config_file *files = lua_newuserdatauv(L, (n ? n : 1) * sizeof *files, 0);
    size_t i = 0;
    lua_pushnil(L);
    while (lua_next(L, 2) != 0 && i < n) {
        files[i].path = lua_tostring(L, -2);
        files[i].body = lua_tolstring(L, -1, &files[i].len);
        i++;
        lua_pop(L, 1);
    }
    int64_t id = 0;
    int is_new = 0;
    char err[1024];
    int rc = store_snapshot_put(s, files, n, created_at, &id, &is_new, err, sizeof err);
    if (rc != STORE_OK)
        return fail(L, rc, err);
    lua_pushinteger(L, (lua_Integer)id);
    lua_pushboolean(L, is_new);
    return 2;
}

/* A protected push of one row: the callback's data and where the result goes. */
typedef struct reader {
    lua_State *L;
    lua_CFunction push;
    int target; /* absolute stack index of the table the pusher fills */
    int failed; /* the error object is on top of the stack */
} reader;

static int read_row(reader *r, const void *row)
{
    lua_State *L = r->L;
    lua_pushcfunction(L, r->push);
    lua_pushvalue(L, r->target);
    lua_pushlightuserdata(L, (void *)row);
    if (lua_pcall(L, 2, 0, 0) != LUA_OK) {
        r->failed = 1;
        return 1;
    }
    return 0;
}

static void reader_init(reader *r, lua_State *L, lua_CFunction push)
{
    luaL_checkstack(L, 8, "reading from the store");
    lua_newtable(L);
    r->L = L;
    r->push = push;
    r->target = lua_gettop(L);
    r->failed = 0;
}

/* stack: holder, snapshot: holder[1] = { … } */
static int push_snapshot(lua_State *L)
{
    const store_snapshot *sn = lua_touserdata(L, 2);
    lua_createtable(L, 0, 7);
    lua_pushinteger(L, (lua_Integer)sn->id);
    lua_setfield(L, -2, "id");
    lua_pushstring(L, sn->digest);
    lua_setfield(L, -2, "digest");
    lua_pushstring(L, sn->created_at);
    lua_setfield(L, -2, "created_at");
    lua_pushinteger(L, (lua_Integer)sn->files);
    lua_setfield(L, -2, "files");
    lua_pushinteger(L, (lua_Integer)sn->run_id);
    lua_setfield(L, -2, "run_id");
    lua_pushstring(L, sn->run_command);
    lua_setfield(L, -2, "run_command");
    lua_pushstring(L, sn->run_started);
    lua_setfield(L, -2, "run_started");
    lua_rawseti(L, 1, 1);
    return 0;
}

static int snapshot_cb(void *ud, const store_snapshot *sn)
{
    return read_row(ud, sn);
}

/* Returns the one snapshot collected into the holder on top, false when there was none, or the
 * failure. */
static int one_snapshot(reader *r, int rc, const char *err)
{
    if (r->failed)
        return lua_error(r->L);
    if (rc != STORE_OK)
        return fail(r->L, rc, err);
    if (lua_rawgeti(r->L, r->target, 1) == LUA_TNIL)
        lua_pushboolean(r->L, 0);
    return 1;
}

/* db:snapshot_at(time) -> snapshot | false */
static int l_snapshot_at(lua_State *L)
{
    store *s = lua_store_check(L);
    const char *as_of = luaL_checkstring(L, 2);
    reader r;
    reader_init(&r, L, push_snapshot);
    char err[1024];
    int rc = store_snapshot_at(s, as_of, snapshot_cb, &r, err, sizeof err);
    return one_snapshot(&r, rc, err);
}

/* db:first_snapshot() -> snapshot | false */
static int l_first_snapshot(lua_State *L)
{
    store *s = lua_store_check(L);
    reader r;
    reader_init(&r, L, push_snapshot);
    char err[1024];
    int rc = store_snapshot_first(s, snapshot_cb, &r, err, sizeof err);
    return one_snapshot(&r, rc, err);
}

/* stack: files, file: files[path] = bytes */
static int push_file(lua_State *L)
{
    const store_config_file *f = lua_touserdata(L, 2);
    lua_pushlstring(L, f->body, f->len);
    lua_setfield(L, 1, f->path);
    return 0;
}

static int file_cb(void *ud, const store_config_file *f)
{
    return read_row(ud, f);
}

/* db:snapshot_files(id) -> { [path] = bytes } */
static int l_snapshot_files(lua_State *L)
{
    store *s = lua_store_check(L);
    lua_Integer id = luaL_checkinteger(L, 2);
    reader r;
    reader_init(&r, L, push_file);
    char err[1024];
    int rc = store_snapshot_files_each(s, (int64_t)id, file_cb, &r, err, sizeof err);
    if (r.failed)
        return lua_error(L);
    if (rc != STORE_OK)
        return fail(L, rc, err);
    return 1;
}

static const args_field NOTE_FIELDS[] = {
    {"slot", ARGS_STRING},
    {"base_url", ARGS_STRING},
    {"warnings", ARGS_STRING},
    {"snapshot", ARGS_INTEGER},
    {NULL, 0},
};

/* db:run_note(run_id, { slot =, base_url =, warnings =, snapshot = }) -> true */
static int l_run_note(lua_State *L)
{
    store *s = lua_store_check(L);
    lua_Integer id = luaL_checkinteger(L, 2);
    args a;
    args_check_arg(&a, L, 3, 0, "db:run_note", NOTE_FIELDS,
                   "db:run_note(run_id, { slot = string, base_url = string, warnings = string, "
                   "snapshot = integer })");
    store_run_note n = {
        .slot = args_string(&a, "slot", NULL),
        .base_url = args_string(&a, "base_url", NULL),
        .warnings = args_string(&a, "warnings", NULL),
        .config_snapshot = args_integer(&a, "snapshot", 0, 0, LUA_MAXINTEGER),
    };
    char err[1024];
    int rc = store_run_note_put(s, (int64_t)id, &n, err, sizeof err);
    if (rc != STORE_OK)
        return fail(L, rc, err);
    lua_pushboolean(L, 1);
    return 1;
}

const luaL_Reg lua_store_snapshot_methods[] = {
    {"save_snapshot", l_save_snapshot},
    {"snapshot_at", l_snapshot_at},
    {"first_snapshot", l_first_snapshot},
    {"snapshot_files", l_snapshot_files},
    {"run_note", l_run_note},
    {NULL, NULL},
};
