/* libFuzzer harness: core/formats/markdown.c, analysis texts rendered through libcmark as an HTML fragment,
 * normalised CommonMark and plain text.
 *
 * Checks, beyond "no crash, no leak, no undefined behaviour":
 *   - the three renderings accept and refuse the same texts, refusals with a "markdown: " message;
 *   - every rendering is valid UTF-8 without NUL, of the length it reports;
 *   - the HTML holds no "<script" (in any case), no raw HTML cmark had to omit (styr removed it
 *     first), and no href or src naming a scheme other than http, https, mailto or tel;
 *   - the CommonMark, read again by libcmark, holds no raw HTML but the "<!-- end list -->" comment
 *     libcmark writes between adjacent lists, and no link or image URL with another scheme.
 * Run: make fuzz (libFuzzer), or the replay of tests/fuzz/corpus/markdown under make test. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmark.h>

#include "formats/utf8.h"
#include "formats/markdown.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* 1 when url (len bytes) starts with a scheme that is not http, https, mailto or tel, read as a
 * browser does: leading blanks and controls skipped, tabs and line breaks ignored. */
static int bad_scheme(const char *url, size_t len)
{
    char scheme[32];
    size_t n = 0, i = 0;
    while (i < len && (unsigned char)url[i] <= 0x20)
        i++;
    for (; i < len; i++) {
        unsigned char c = (unsigned char)url[i];
        if (c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c == ':') {
            if (n == 0)
                return 0;
            if (n >= sizeof scheme)
                return 1;
            scheme[n] = '\0';
            return strcmp(scheme, "http") != 0 && strcmp(scheme, "https") != 0 &&
                strcmp(scheme, "mailto") != 0 && strcmp(scheme, "tel") != 0;
        }
        if (!(isalpha(c) || (n > 0 && (isdigit(c) || c == '+' || c == '-' || c == '.'))))
            return 0;
        if (n < sizeof scheme)
            scheme[n] = (char)tolower(c);
        n++;
    }
    return 0;
}

static void check_text(const char *s, size_t len)
{
    CHECK(s != NULL && strlen(s) == len);
    CHECK(utf8_valid(s, len));
}

static const char *find_nocase(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (const char *p = hay; *p; p++)
        if (strncasecmp(p, needle, n) == 0)
            return p;
    return NULL;
}

/* Every href and src attribute in the HTML has an allowed scheme. The renderer escapes "<" in text
 * and '"' in attribute values, so each "<" opens a tag and quotes delimit attribute values. */
static void check_urls(const char *html)
{
    for (const char *p = strchr(html, '<'); p != NULL; p = strchr(p, '<')) {
        const char *tag = p;
        for (p++; *p != '\0' && *p != '>'; p++) {
            if (*p != '"')
                continue;
            const char *v = p + 1, *end = strchr(v, '"');
            CHECK(end != NULL);
            int url = (p - tag >= 6 && strncmp(p - 6, " href=", 6) == 0) ||
                (p - tag >= 5 && strncmp(p - 5, " src=", 5) == 0);
            if (url && bad_scheme(v, (size_t)(end - v))) {
                fprintf(stderr, "fuzz_markdown: unsafe URL in %s\n", html);
                CHECK(0);
            }
            p = end;
        }
        CHECK(*p == '>');
    }
}

/* The CommonMark output read again: only the end-list comment, only allowed URLs. */
static void check_reparsed(const char *md, size_t len)
{
    cmark_node *doc = cmark_parse_document(md, len, CMARK_OPT_DEFAULT);
    CHECK(doc != NULL);
    cmark_iter *it = cmark_iter_new(doc);
    CHECK(it != NULL);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(it);
        const char *lit = cmark_node_get_literal(node);
        const char *url;
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HTML_BLOCK:
            if (lit == NULL || strncmp(lit, "<!-- end list -->", 17) != 0) {
                fprintf(stderr, "fuzz_markdown: raw HTML block in the CommonMark: [%s]\n",
                        lit ? lit : "(null)");
                CHECK(0);
            }
            break;
        case CMARK_NODE_HTML_INLINE:
            fprintf(stderr, "fuzz_markdown: raw inline HTML in the CommonMark: [%s]\n",
                    lit ? lit : "(null)");
            CHECK(0);
            break;
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
            url = cmark_node_get_url(node);
            if (url != NULL && bad_scheme(url, strlen(url))) {
                fprintf(stderr, "fuzz_markdown: unsafe URL [%s] in the CommonMark\n", url);
                CHECK(0);
            }
            break;
        default:
            break;
        }
    }
    cmark_iter_free(it);
    cmark_node_free(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    char e1[256] = "", e2[256] = "", e3[256] = "";
    char *html = NULL, *md = NULL, *plain = NULL;
    size_t hl = 0, ml = 0, pl = 0;
    int r1 = markdown_to_html(text, size, &html, &hl, e1, sizeof e1);
    int r2 = markdown_to_commonmark(text, size, &md, &ml, e2, sizeof e2);
    int r3 = markdown_to_text(text, size, &plain, &pl, e3, sizeof e3);
    CHECK(r1 == r2 && r2 == r3);
    if (r1 != 0) {
        CHECK(r1 == -1 && html == NULL && md == NULL && plain == NULL);
        CHECK(strncmp(e1, "markdown: ", 10) == 0 && strcmp(e1, e2) == 0 && strcmp(e2, e3) == 0);
        return 0;
    }
    check_text(html, hl);
    check_text(md, ml);
    check_text(plain, pl);

    if (find_nocase(html, "<script") != NULL || strstr(html, "<!-- raw HTML omitted -->") != NULL) {
        fprintf(stderr, "fuzz_markdown: HTML holds markup from the text:\n%s\n", html);
        CHECK(0);
    }
    check_urls(html);
    check_reparsed(md, ml);

    /* outlen may be NULL */
    char *again = NULL;
    CHECK(markdown_to_text(text, size, &again, NULL, e3, sizeof e3) == 0);
    CHECK(strcmp(again, plain) == 0);
    free(again);
    free(html);
    free(md);
    free(plain);
    return 0;
}
