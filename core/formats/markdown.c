/* Analysis texts through libcmark (core/formats/markdown.h): parse, clean the tree,
 * render.
 *
 * libcmark 0.30 already leaves raw HTML out of its HTML output and blanks
 * javascript:, vbscript:, file: and most data: URLs unless CMARK_OPT_UNSAFE is
 * given (we never give it). We still clean the tree ourselves, because the
 * CommonMark and text renderings have no safe mode, and so that the HTML does
 * not depend on a library default. */
#include "formats/markdown.h"

#include <cmark.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formats/utf8.h"

/* Deepest nesting of block quotes and lists. The CommonMark renderer repeats
 * every enclosing container's prefix ("> ", list indentation) on each line of a
 * lazy continuation, so a short deep prefix followed by many lines would
 * otherwise grow the output quadratically. No analysis text needs more. */
#define MAX_CONTAINER_DEPTH 16

static int fail(char *err, size_t errlen, const char *msg)
{
    if (errlen > 0)
        snprintf(err, errlen, "markdown: %s", msg);
    return -1;
}

/* 1 when a link or image may keep url: no scheme (a relative reference) or one
 * of a few that cannot run code. Browsers skip leading spaces and control
 * characters and drop tabs and line breaks anywhere, so "\tjava\nscript:" is
 * read as they would read it. */
static int url_allowed(const char *url)
{
    static const char *const allowed[] = {"http", "https", "mailto", "tel"};
    if (url == NULL)
        return 1;
    const unsigned char *p = (const unsigned char *)url;
    while (*p != '\0' && *p <= 0x20)
        p++;
    char scheme[16];
    size_t n = 0;
    for (; *p != '\0'; p++) {
        unsigned char c = *p;
        if (c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c == ':') {
            if (n == 0)
                return 1;
            if (n >= sizeof scheme)
                return 0;
            scheme[n] = '\0';
            for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++)
                if (strcmp(scheme, allowed[i]) == 0)
                    return 1;
            return 0;
        }
        int alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        int other = (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
        if (!alpha && !(other && n > 0))
            return 1; /* "/", "?", "#", … before any ":": a relative reference */
        if (n < sizeof scheme)
            scheme[n] = (char)(alpha && c <= 'Z' ? c + ('a' - 'A') : c);
        n++;
    }
    return 1;
}

/* Cleans the parsed tree in place (see markdown.h): removes raw HTML and
 * paragraphs left empty by that, blanks unsafe URLs, demotes headings, and
 * checks the container depth. Returns 0, or -1 with err filled.
 *
 * cmark_iter allows changing a node only after its EXIT event, or on ENTER for
 * a leaf. When cmark_iter_next returns a node it has already worked out the
 * following step from that node's links, so unlinking the node just returned is
 * safe; it is freed only after the next step, when the iterator no longer
 * refers to it. */
static int clean_tree(cmark_node *root, char *err, size_t errlen)
{
    cmark_iter *it = cmark_iter_new(root);
    if (it == NULL)
        return fail(err, errlen, "out of memory");
    cmark_node *doomed = NULL; /* unlinked, freed after the next step */
    int depth = 0, rc = 0;
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        if (doomed != NULL) {
            cmark_node_free(doomed);
            doomed = NULL;
        }
        cmark_node *node = cmark_iter_get_node(it);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE:
            cmark_node_unlink(node);
            doomed = node;
            break;
        case CMARK_NODE_PARAGRAPH:
            if (ev == CMARK_EVENT_EXIT && cmark_node_first_child(node) == NULL) {
                cmark_node_unlink(node);
                doomed = node;
            }
            break;
        case CMARK_NODE_HEADING:
            if (ev == CMARK_EVENT_EXIT) {
                int level = cmark_node_get_heading_level(node) + MARKDOWN_HEADING_SHIFT;
                cmark_node_set_heading_level(node, level > 6 ? 6 : level);
            }
            break;
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
            if (ev == CMARK_EVENT_EXIT && !url_allowed(cmark_node_get_url(node)))
                cmark_node_set_url(node, "");
            break;
        case CMARK_NODE_BLOCK_QUOTE:
        case CMARK_NODE_LIST:
            depth += ev == CMARK_EVENT_ENTER ? 1 : -1;
            if (depth > MAX_CONTAINER_DEPTH) {
                char msg[96];
                snprintf(msg, sizeof msg, "lists and block quotes nested more than %d deep",
                         MAX_CONTAINER_DEPTH);
                rc = fail(err, errlen, msg);
            }
            break;
        default:
            break;
        }
        if (rc != 0)
            break;
    }
    if (doomed != NULL)
        cmark_node_free(doomed);
    cmark_iter_free(it);
    return rc;
}

/* Checks the input and returns its cleaned tree (the caller frees it with
 * cmark_node_free), or NULL with err filled. */
static cmark_node *parse(const char *text, size_t len, char *err, size_t errlen)
{
    char msg[128];
    if (text == NULL && len > 0) {
        fail(err, errlen, "no text");
        return NULL;
    }
    if (len > MARKDOWN_MAX_BYTES) {
        snprintf(msg, sizeof msg, "the text is %zu bytes, more than the limit of %zu", len,
                 MARKDOWN_MAX_BYTES);
        fail(err, errlen, msg);
        return NULL;
    }
    if (len > 0 && memchr(text, '\0', len) != NULL) {
        snprintf(msg, sizeof msg, "NUL byte at byte %zu",
                 (size_t)((const char *)memchr(text, '\0', len) - text));
        fail(err, errlen, msg);
        return NULL;
    }
    if (len > 0 && !utf8_valid(text, len)) {
        fail(err, errlen, "the text is not valid UTF-8");
        return NULL;
    }
    /* No CMARK_OPT_SMART: quotes and dashes stay as the analyst wrote them. */
    cmark_node *doc = cmark_parse_document(len > 0 ? text : "", len, CMARK_OPT_DEFAULT);
    if (doc == NULL) {
        fail(err, errlen, "out of memory");
        return NULL;
    }
    if (clean_tree(doc, err, errlen) != 0) {
        cmark_node_free(doc);
        return NULL;
    }
    return doc;
}

/* Hands a string rendered by libcmark to the caller. cmark's default allocator
 * is the C library's calloc/realloc/free, so the caller's free() is the right
 * one. */
static int finish(char *s, char **out, size_t *outlen, char *err, size_t errlen)
{
    if (s == NULL)
        return fail(err, errlen, "out of memory");
    *out = s;
    if (outlen != NULL)
        *outlen = strlen(s);
    return 0;
}

int markdown_to_html(const char *text, size_t len, char **out, size_t *outlen, char *err,
                     size_t errlen)
{
    *out = NULL;
    cmark_node *doc = parse(text, len, err, errlen);
    if (doc == NULL)
        return -1;
    char *s = cmark_render_html(doc, CMARK_OPT_DEFAULT);
    cmark_node_free(doc);
    return finish(s, out, outlen, err, errlen);
}

int markdown_to_commonmark(const char *text, size_t len, char **out, size_t *outlen, char *err,
                           size_t errlen)
{
    *out = NULL;
    cmark_node *doc = parse(text, len, err, errlen);
    if (doc == NULL)
        return -1;
    char *s = cmark_render_commonmark(doc, CMARK_OPT_DEFAULT, 0);
    cmark_node_free(doc);
    return finish(s, out, outlen, err, errlen);
}

/* ------------------------------------------------------------------------------------ */
/* Plain text */

typedef struct text_out {
    char *data;
    size_t len, cap;
    int pending; /* newlines owed before the next content: 1 between items, 2
                  between blocks */
    int oom;
} text_out;

static void put(text_out *t, const char *s, size_t n)
{
    if (t->oom || n == 0)
        return;
    size_t sep = t->len > 0 ? (size_t)t->pending : 0;
    t->pending = 0;
    if (t->len + sep + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 256;
        while (cap < t->len + sep + n + 1) {
            if (cap > SIZE_MAX / 2) {
                t->oom = 1;
                return;
            }
            cap *= 2;
        }
        char *d = realloc(t->data, cap);
        if (d == NULL) {
            t->oom = 1;
            return;
        }
        t->data = d;
        t->cap = cap;
    }
    for (size_t i = 0; i < sep; i++)
        t->data[t->len++] = '\n';
    memcpy(t->data + t->len, s, n);
    t->len += n;
    t->data[t->len] = '\0';
}

static void put_str(text_out *t, const char *s)
{
    if (s != NULL)
        put(t, s, strlen(s));
}

static void owe(text_out *t, int newlines)
{
    if (t->pending < newlines)
        t->pending = newlines;
}

/* Walks the cleaned tree and writes its text. An ordered list's start number is
 * used as the running counter of its items (the tree is ours and thrown away
 * afterwards). Returns 0, or -1 when out of memory. */
static int render_text(cmark_node *root, text_out *t)
{
    cmark_iter *it = cmark_iter_new(root);
    if (it == NULL)
        return -1;
    int lists = 0;      /* lists enclosing the current node */
    int item_start = 0; /* an item's marker was just written: its first block follows it */
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(it);
        int enter = ev == CMARK_EVENT_ENTER;
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_LIST:
            lists += enter ? 1 : -1;
            if (enter && !item_start)
                owe(t, lists == 1 ? 2 : 1);
            break;
        case CMARK_NODE_ITEM:
            if (!enter) {
                item_start = 0;
            } else {
                /* "- - a" (an item opening with a list) stays on one line */
                int indent = item_start ? 0 : 2 * (lists - 1);
                if (!item_start)
                    owe(t, 1);
                char marker[48];
                cmark_node *list = cmark_node_parent(node);
                if (cmark_node_get_list_type(list) == CMARK_ORDERED_LIST) {
                    int number = cmark_node_get_list_start(list);
                    cmark_node_set_list_start(list, number + 1);
                    snprintf(marker, sizeof marker, "%*s%d. ", indent, "", number);
                } else {
                    snprintf(marker, sizeof marker, "%*s- ", indent, "");
                }
                put_str(t, marker);
                item_start = 1;
            }
            break;
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
        case CMARK_NODE_CODE_BLOCK:
        case CMARK_NODE_THEMATIC_BREAK:
            if (enter) {
                if (item_start)
                    item_start = 0;
                else
                    owe(t, 2);
            }
            if (cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK) {
                const char *code = cmark_node_get_literal(node);
                size_t n = code ? strlen(code) : 0;
                while (n > 0 && code[n - 1] == '\n')
                    n--;
                put(t, code, n);
            }
            break;
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            put_str(t, cmark_node_get_literal(node));
            break;
        case CMARK_NODE_SOFTBREAK:
            put_str(t, " ");
            break;
        case CMARK_NODE_LINEBREAK:
            put_str(t, "\n");
            break;
        default:
            break;
        }
    }
    cmark_iter_free(it);
    return t->oom ? -1 : 0;
}

int markdown_to_text(const char *text, size_t len, char **out, size_t *outlen, char *err,
                     size_t errlen)
{
    *out = NULL;
    cmark_node *doc = parse(text, len, err, errlen);
    if (doc == NULL)
        return -1;
    text_out t = {0};
    int rc = render_text(doc, &t);
    cmark_node_free(doc);
    if (rc != 0) {
        free(t.data);
        return fail(err, errlen, "out of memory");
    }
    if (t.data == NULL) {
        t.data = calloc(1, 1);
        if (t.data == NULL)
            return fail(err, errlen, "out of memory");
    }
    *out = t.data;
    if (outlen != NULL)
        *outlen = t.len;
    return 0;
}
