/* Analysts' analysis texts, written in CommonMark, rendered for reports through Debian's libcmark:
 * an HTML fragment, normalised CommonMark, or plain text for spreadsheet cells.
 *
 * Every rendering works on the same cleaned tree:
 *   - raw HTML (blocks and inlines) is removed: an analysis text never carries markup or script
 *     into a report, whatever the output format;
 *   - a link or image whose URL names a scheme other than http, https, mailto or tel
 *     (javascript:, vbscript:, data:, file:, ...) loses its URL; its text stays;
 *   - headings are demoted by MARKDOWN_HEADING_SHIFT levels, clamped at 6, so that "#" is an
 *     <h5> and stays below the report's own headings (h1 report, h2 section, h3 goal or block,
 *     h4 one analysis's title).
 * Quotes and dashes stay as written (no CMARK_OPT_SMART): the text is the analyst's.
 *
 * The input must be valid UTF-8 without NUL bytes, at most MARKDOWN_MAX_BYTES long, with lists
 * and block quotes nested at most 16 deep. Each function returns 0 and sets *out to a malloc'd,
 * NUL-terminated string of *outlen bytes (outlen may be NULL; the caller frees *out), or returns
 * -1 with a message in err ("markdown: ...") and *out NULL. libcmark aborts the process when
 * memory runs out; that is its design, not something we can catch. */
#ifndef STYR_MARKDOWN_H
#define STYR_MARKDOWN_H

#include <stddef.h>

#define MARKDOWN_MAX_BYTES ((size_t)1024 * 1024)
#define MARKDOWN_HEADING_SHIFT 4

/* An HTML fragment (no <html> or <body>), one element per block, ending in a newline; "" for an
 * empty text. */
int markdown_to_html(const char *text, size_t len, char **out, size_t *outlen, char *err,
                     size_t errlen);

/* The same document as CommonMark, normalised by libcmark (no line wrapping), for styr's Markdown
 * report. libcmark itself writes an HTML comment "<!-- end list -->" between two adjacent lists
 * so that they stay two lists; that is the only HTML the result can hold. */
int markdown_to_commonmark(const char *text, size_t len, char **out, size_t *outlen, char *err,
                           size_t errlen);

/* Plain text for a cell: the words and code of the document with no markup characters.
 * Paragraphs, headings, code blocks and lists are separated by a blank line, list items by a
 * newline and prefixed "- " (ordered lists "1. ", "2. ", ... from their start number; nested
 * lists indented two spaces a level). A soft line break (a line wrap in the source) is a space,
 * a hard one a newline. Link URLs are left out, an image is its description. No trailing
 * newline. */
int markdown_to_text(const char *text, size_t len, char **out, size_t *outlen, char *err,
                     size_t errlen);

#endif
