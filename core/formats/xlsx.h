/* XLSX workbooks through libxlsxwriter, built cell by cell and returned as
 * bytes in memory, so that the caller writes them with the other files of a
 * rendering (core/formats/output.h: atomic). Strings are always stored as text, never
 * as formulas ("=cmd" stays the text "=cmd"). The workbook's creation date is
 * given, not read from the clock, so the same input gives the same bytes. */
#ifndef STYR_XLSX_H
#define STYR_XLSX_H

#include <stddef.h>
#include <time.h>

typedef struct xlsx_book xlsx_book;

/* A new workbook; its temporary file lives in tmpdir (NULL: $TMPDIR or /tmp).
 * created is the document's creation time (UTC). Returns NULL with err filled.
 */
xlsx_book *xlsx_new(const char *tmpdir, time_t created, const char *title, char *err,
                    size_t errlen);

/* Adds a worksheet and makes it current. Returns 0, or -1 with err filled (bad
 * or duplicate name: at most 31 characters, none of []:*?/\). */
int xlsx_sheet(xlsx_book *b, const char *name, char *err, size_t errlen);

/* Column width (in characters) and frozen top rows of the current sheet. */
int xlsx_column_width(xlsx_book *b, int col, double width);
int xlsx_freeze_rows(xlsx_book *b, int rows);

/* For print and reading: an autofilter over rows first_row..last_row and columns 0..last_col of
 * the current sheet (the first row is the header with the filter buttons). Returns 0 or -1. */
int xlsx_autofilter(xlsx_book *b, int first_row, int last_row, int last_col);

/* Prints the current sheet landscape on A4, all columns on one page's width (as many pages
 * down as it takes), repeating rows 0..repeat_rows-1 on every page (0: none). */
int xlsx_print_landscape(xlsx_book *b, int repeat_rows);

/* A hyperlink to url (http:// or https://) shown as text (NULL: the url). Returns 0 or -1. */
int xlsx_url(xlsx_book *b, int row, int col, const char *url, const char *text);

/* Cells of the current sheet (row and col from 0). num_format may be NULL. */
int xlsx_number(xlsx_book *b, int row, int col, double v, const char *num_format, int bold);
int xlsx_string(xlsx_book *b, int row, int col, const char *s, int bold);
int xlsx_blank(xlsx_book *b, int row, int col, int bold);

/* Closes the workbook and returns its bytes (malloc'd, *data to free) and frees
 * b. Returns 0, or -1 with err filled; b is freed either way. */
int xlsx_finish(xlsx_book *b, char **data, size_t *len, char *err, size_t errlen);

/* Frees a workbook without producing it (its temporary file is removed). */
void xlsx_discard(xlsx_book *b);

#endif
