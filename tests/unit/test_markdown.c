/* core/formats/markdown.c: analysis texts to HTML, CommonMark and plain text; raw HTML
 * and unsafe URLs dropped, headings demoted, bad input refused with a message.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmark.h>
#include <cmocka.h>

#include "formats/markdown.h"

typedef int (*render_fn)(const char *, size_t, char **, size_t *, char *, size_t);

/* Renders s with fn, which must succeed; the caller frees the result. */
static char *render(render_fn fn, const char *s)
{
    char err[256] = "";
    char *out = NULL;
    size_t len = 0;
    int rc = fn(s, strlen(s), &out, &len, err, sizeof err);
    if (rc != 0)
        fail_msg("render failed: %s", err);
    assert_non_null(out);
    assert_int_equal(strlen(out), len);
    return out;
}

static void assert_renders(render_fn fn, const char *s, const char *expected)
{
    char *out = render(fn, s);
    assert_string_equal(expected, out);
    free(out);
}

/* 1 when the CommonMark text parses back with a raw HTML node other than a
 * comment (cmark's own renderer writes "<!-- end list -->" between two adjacent
 * lists). */
static int has_raw_html(const char *commonmark)
{
    cmark_node *doc = cmark_parse_document(commonmark, strlen(commonmark), CMARK_OPT_DEFAULT);
    assert_non_null(doc);
    cmark_iter *it = cmark_iter_new(doc);
    int found = 0;
    while (cmark_iter_next(it) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        cmark_node_type t = cmark_node_get_type(n);
        if ((t == CMARK_NODE_HTML_BLOCK || t == CMARK_NODE_HTML_INLINE) &&
            strncmp(cmark_node_get_literal(n), "<!--", 4) != 0)
            found = 1;
    }
    cmark_iter_free(it);
    cmark_node_free(doc);
    return found;
}

static void test_html_basics(void **state)
{
    (void)state;
    assert_renders(markdown_to_html, "Kostnaden *ökade* med **3 %** \"i år\".\n\n- skola\n- vård\n",
                   "<p>Kostnaden <em>ökade</em> med <strong>3 %</strong> &quot;i "
                   "år&quot;.</p>\n"
                   "<ul>\n<li>skola</li>\n<li>vård</li>\n</ul>\n");
    /* no smart punctuation: quotes and dashes as written */
    assert_renders(markdown_to_commonmark, "\"i år\" -- 'ok'\n", "\"i år\" -- 'ok'\n");
}

static void test_raw_html_dropped(void **state)
{
    (void)state;
    const char *s = "<script>alert(1)</script>\n\nText <b "
                    "onclick=\"steal()\">fet</b> slut.\n\n"
                    "<div>\n*i blocket*\n</div>\n";
    char *html = render(markdown_to_html, s);
    assert_null(strstr(html, "<script"));
    assert_null(strstr(html, "alert"));
    assert_null(strstr(html, "onclick"));
    assert_null(strstr(html, "<b"));
    assert_null(strstr(html, "<div"));
    assert_string_equal("<p>Text fet slut.</p>\n", html);
    free(html);

    char *md = render(markdown_to_commonmark, s);
    assert_null(strstr(md, "script"));
    assert_null(strstr(md, "onclick"));
    assert_null(strstr(md, "<b"));
    assert_string_equal("Text fet slut.\n", md);
    assert_false(has_raw_html(md));
    free(md);

    char *text = render(markdown_to_text, s);
    assert_string_equal("Text fet slut.", text);
    free(text);

    /* text that only looks like HTML once neighbours are joined stays text */
    md = render(markdown_to_commonmark, "a <<i>script>x</script> & \\<b>\n");
    assert_false(has_raw_html(md));
    free(md);
}

static void test_unsafe_urls_dropped(void **state)
{
    (void)state;
    const char *s = "[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) <javascript:alert(2)> "
                    "![i](data:text/html;base64,PHNjcmlwdD4=) [v](vbscript:x) "
                    "[f](file:///etc/passwd) "
                    "[ok](https://kolada.se/?a=1) [m](mailto:a@b.se) "
                    "[rel](../rapport.html#x)\n";
    char *html = render(markdown_to_html, s);
    /* the autolink's text stays visible as text; no href or src keeps a dangerous scheme */
    assert_null(strstr(html, "href=\"j"));
    assert_null(strstr(html, "href=\"J"));
    assert_null(strstr(html, "vbscript"));
    assert_null(strstr(html, "file:"));
    assert_null(strstr(html, "data:"));
    assert_non_null(strstr(html, "<a href=\"\">x</a>"));
    assert_non_null(strstr(html, "<a href=\"https://kolada.se/?a=1\">ok</a>"));
    assert_non_null(strstr(html, "<a href=\"mailto:a@b.se\">m</a>"));
    assert_non_null(strstr(html, "<a href=\"../rapport.html#x\">rel</a>"));
    free(html);

    char *md = render(markdown_to_commonmark, s);
    assert_null(strstr(md, "](javascript"));
    assert_null(strstr(md, "(JaVaScRiPt"));
    assert_null(strstr(md, "vbscript"));
    assert_null(strstr(md, "data:"));
    assert_non_null(strstr(md, "[x]()"));
    assert_non_null(strstr(md, "[ok](https://kolada.se/?a=1)"));
    free(md);

    /* an entity-encoded colon is decoded by the parser before the check */
    html = render(markdown_to_html, "[x](javascript&colon;alert(1))\n");
    assert_null(strstr(html, "javascript"));
    free(html);
}

static void test_headings_demoted(void **state)
{
    (void)state;
    assert_renders(markdown_to_html,
                   "# Ett\n\n## Två\n\n### Tre\n\n##### Fem\n\n###### Sex\n\nSetext\n===\n",
                   "<h5>Ett</h5>\n<h6>Två</h6>\n<h6>Tre</h6>\n<h6>Fem</h6>\n<h6>Sex</h6>\n"
                   "<h5>Setext</h5>\n");
    assert_renders(markdown_to_commonmark, "# Ett\n\n##### Fem\n", "##### Ett\n\n###### Fem\n");
}

static void test_text(void **state)
{
    (void)state;
    assert_renders(markdown_to_text,
                   "## Analys\n\nKostnaden *ökade*\nkraftigt, se "
                   "[Kolada](https://kolada.se).\n\n"
                   "- skola `N15`\n- vård\n  1. hemtjänst\n  2. särskilt boende\n\n"
                   "3. tredje\n4. fjärde\n\nAndra stycket  \nny rad.\n",
                   "Analys\n\nKostnaden ökade kraftigt, se Kolada.\n\n"
                   "- skola N15\n- vård\n  1. hemtjänst\n  2. särskilt boende\n\n"
                   "3. tredje\n4. fjärde\n\nAndra stycket\nny rad.");
    assert_renders(markdown_to_text, "Ett &amp; två\n\n    kod\n    rad\n\n> citat\n\n---\n\nslut",
                   "Ett & två\n\nkod\nrad\n\ncitat\n\nslut");
}

static void expect_refusal(const char *s, size_t len, const char *part)
{
    render_fn fns[] = {markdown_to_html, markdown_to_commonmark, markdown_to_text};
    for (size_t i = 0; i < 3; i++) {
        char err[256] = "";
        char *out = (char *)"untouched";
        assert_int_equal(-1, fns[i](s, len, &out, NULL, err, sizeof err));
        assert_null(out);
        assert_non_null(strstr(err, part));
        assert_memory_equal("markdown: ", err, 10);
    }
}

static void test_bad_input(void **state)
{
    (void)state;
    expect_refusal("ok \xff\xfe", 5, "not valid UTF-8");
    expect_refusal("overlong \xc0\xaf", 11, "not valid UTF-8");
    expect_refusal("surrogate \xed\xa0\x80", 13, "not valid UTF-8");
    expect_refusal("cut \xc3", 5, "not valid UTF-8");
    expect_refusal("nul\0byte", 8, "NUL byte at byte 3");

    size_t big = MARKDOWN_MAX_BYTES + 1;
    char *s = malloc(big);
    assert_non_null(s);
    memset(s, 'a', big);
    expect_refusal(s, big, "more than the limit");
    /* exactly the limit is fine */
    char err[256];
    char *out = NULL;
    assert_int_equal(0, markdown_to_text(s, MARKDOWN_MAX_BYTES, &out, NULL, err, sizeof err));
    free(out);
    free(s);

    /* deep nesting would make the CommonMark output grow quadratically */
    char deep[200] = "";
    for (int i = 0; i < 40; i++)
        strcat(deep, "> ");
    strcat(deep, "x\n");
    expect_refusal(deep, strlen(deep), "nested more than");
}

static void test_empty(void **state)
{
    (void)state;
    assert_renders(markdown_to_html, "", "");
    assert_renders(markdown_to_text, "", "");
    char *md = render(markdown_to_commonmark, "");
    assert_true(strspn(md, "\n") == strlen(md));
    free(md);
    char err[64];
    char *out = NULL;
    size_t len = 99;
    assert_int_equal(0, markdown_to_text(NULL, 0, &out, &len, err, sizeof err));
    assert_int_equal(0, len);
    free(out);
    /* only raw HTML: nothing left */
    assert_renders(markdown_to_html, "<!-- note -->\n\n<b>\n", "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_html_basics),
        cmocka_unit_test(test_raw_html_dropped),
        cmocka_unit_test(test_unsafe_urls_dropped),
        cmocka_unit_test(test_headings_demoted),
        cmocka_unit_test(test_text),
        cmocka_unit_test(test_bad_input),
        cmocka_unit_test(test_empty),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
