/* XLSX workbooks through libxlsxwriter: see xlsx.h. */
#include "formats/xlsx.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <xlsxwriter.h>

#define XLSX_MAX_FORMATS 64

struct xlsx_book {
    lxw_workbook *wb;
    lxw_worksheet *ws;
    char path[4096];
    char *title;
    struct {
        char *num_format;
        int bold;
        lxw_format *format;
    } formats[XLSX_MAX_FORMATS];
    int nformats;
};

static void set_err(char *err, size_t errlen, const char *msg, const char *detail)
{
    if (err && errlen)
        snprintf(err, errlen, "xlsx: %s%s%s", msg, detail ? ": " : "", detail ? detail : "");
}

xlsx_book *xlsx_new(const char *tmpdir, time_t created, const char *title, char *err, size_t errlen)
{
    if (!tmpdir || !*tmpdir)
        tmpdir = getenv("TMPDIR");
    if (!tmpdir || !*tmpdir)
        tmpdir = "/tmp";
    xlsx_book *b = calloc(1, sizeof *b);
    if (!b) {
        set_err(err, errlen, "out of memory", NULL);
        return NULL;
    }
    int n = snprintf(b->path, sizeof b->path, "%s/.styr-xlsx-XXXXXX", tmpdir);
    if (n < 0 || (size_t)n >= sizeof b->path) {
        set_err(err, errlen, "temporary folder name too long", tmpdir);
        free(b);
        return NULL;
    }
    int fd = mkstemp(b->path);
    if (fd < 0) {
        set_err(err, errlen, "cannot create a temporary file", strerror(errno));
        free(b);
        return NULL;
    }
    close(fd);
    lxw_workbook_options opt = {.constant_memory = 0, .tmpdir = (char *)tmpdir, .use_zip64 = 0};
    b->wb = workbook_new_opt(b->path, &opt);
    if (!b->wb) {
        set_err(err, errlen, "cannot start a workbook", b->path);
        unlink(b->path);
        free(b);
        return NULL;
    }
    b->title = title ? strdup(title) : NULL;
    lxw_doc_properties props = {0};
    props.title = b->title;
    props.author = "styr";
    props.created = created;
    workbook_set_properties(b->wb, &props);
    return b;
}

int xlsx_sheet(xlsx_book *b, const char *name, char *err, size_t errlen)
{
    lxw_error e = workbook_validate_sheet_name(b->wb, name);
    if (e != LXW_NO_ERROR) {
        set_err(err, errlen, lxw_strerror(e), name);
        return -1;
    }
    b->ws = workbook_add_worksheet(b->wb, name);
    if (!b->ws) {
        set_err(err, errlen, "cannot add worksheet", name);
        return -1;
    }
    return 0;
}

static lxw_format *format_for(xlsx_book *b, const char *num_format, int bold)
{
    if (!num_format && !bold)
        return NULL;
    for (int i = 0; i < b->nformats; i++) {
        const char *f = b->formats[i].num_format;
        if (b->formats[i].bold == bold &&
            ((!f && !num_format) || (f && num_format && !strcmp(f, num_format))))
            return b->formats[i].format;
    }
    lxw_format *fmt = workbook_add_format(b->wb);
    if (!fmt)
        return NULL;
    if (num_format)
        format_set_num_format(fmt, num_format);
    if (bold)
        format_set_bold(fmt);
    if (b->nformats < XLSX_MAX_FORMATS) {
        char *copy = num_format ? strdup(num_format) : NULL;
        if (!num_format || copy) {
            b->formats[b->nformats].num_format = copy;
            b->formats[b->nformats].bold = bold;
            b->formats[b->nformats].format = fmt;
            b->nformats++;
        }
    }
    return fmt;
}

int xlsx_column_width(xlsx_book *b, int col, double width)
{
    if (!b->ws || col < 0 || col > 16383)
        return -1;
    return worksheet_set_column(b->ws, (lxw_col_t)col, (lxw_col_t)col, width, NULL) == LXW_NO_ERROR
        ? 0
        : -1;
}

int xlsx_freeze_rows(xlsx_book *b, int rows)
{
    if (!b->ws || rows < 0)
        return -1;
    worksheet_freeze_panes(b->ws, (lxw_row_t)rows, 0);
    return 0;
}

static int cell_ok(const xlsx_book *b, int row, int col)
{
    return b->ws && row >= 0 && row < 1048576 && col >= 0 && col < 16384;
}

int xlsx_number(xlsx_book *b, int row, int col, double v, const char *num_format, int bold)
{
    if (!cell_ok(b, row, col))
        return -1;
    return worksheet_write_number(b->ws, (lxw_row_t)row, (lxw_col_t)col, v,
                                  format_for(b, num_format, bold)) == LXW_NO_ERROR
        ? 0
        : -1;
}

int xlsx_string(xlsx_book *b, int row, int col, const char *s, int bold)
{
    if (!cell_ok(b, row, col))
        return -1;
    if (!*s)
        return xlsx_blank(b, row, col, bold);
    /* worksheet_write_string stores a shared string: never a formula, whatever it
     * starts with. */
    return worksheet_write_string(b->ws, (lxw_row_t)row, (lxw_col_t)col, s,
                                  format_for(b, NULL, bold)) == LXW_NO_ERROR
        ? 0
        : -1;
}

int xlsx_blank(xlsx_book *b, int row, int col, int bold)
{
    if (!cell_ok(b, row, col))
        return -1;
    lxw_format *f = format_for(b, NULL, bold);
    if (!f)
        return 0; /* a blank cell without format is no cell at all */
    return worksheet_write_blank(b->ws, (lxw_row_t)row, (lxw_col_t)col, f) == LXW_NO_ERROR ? 0 : -1;
}

int xlsx_autofilter(xlsx_book *b, int first_row, int last_row, int last_col)
{
    if (!cell_ok(b, first_row, 0) || !cell_ok(b, last_row, last_col) || last_row < first_row)
        return -1;
    return worksheet_autofilter(b->ws, (lxw_row_t)first_row, 0, (lxw_row_t)last_row,
                                (lxw_col_t)last_col) == LXW_NO_ERROR
        ? 0
        : -1;
}

int xlsx_print_landscape(xlsx_book *b, int repeat_rows)
{
    if (!b->ws || repeat_rows < 0 || repeat_rows > 1048576)
        return -1;
    worksheet_set_landscape(b->ws);
    worksheet_set_paper(b->ws, 9); /* A4 */
    worksheet_fit_to_pages(b->ws, 1, 0);
    if (repeat_rows > 0 &&
        worksheet_repeat_rows(b->ws, 0, (lxw_row_t)(repeat_rows - 1)) != LXW_NO_ERROR)
        return -1;
    return 0;
}

int xlsx_url(xlsx_book *b, int row, int col, const char *url, const char *text)
{
    if (!cell_ok(b, row, col) || !url ||
        (strncmp(url, "http://", 7) != 0 && strncmp(url, "https://", 8) != 0))
        return -1;
    return worksheet_write_url_opt(b->ws, (lxw_row_t)row, (lxw_col_t)col, url, NULL, text, NULL) ==
            LXW_NO_ERROR
        ? 0
        : -1;
}

static void free_book(xlsx_book *b)
{
    for (int i = 0; i < b->nformats; i++)
        free(b->formats[i].num_format);
    free(b->title);
    unlink(b->path);
    free(b);
}

int xlsx_finish(xlsx_book *b, char **data, size_t *len, char *err, size_t errlen)
{
    *data = NULL;
    *len = 0;
    if (!b->ws)
        workbook_add_worksheet(b->wb, NULL); /* a workbook needs one sheet */
    lxw_error e = workbook_close(b->wb);
    b->wb = NULL;
    if (e != LXW_NO_ERROR) {
        set_err(err, errlen, "cannot write the workbook", lxw_strerror(e));
        free_book(b);
        return -1;
    }
    FILE *f = fopen(b->path, "rb");
    if (!f) {
        set_err(err, errlen, "cannot read the workbook back", strerror(errno));
        free_book(b);
        return -1;
    }
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    int rc = 0;
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap) {
            if (ferror(f))
                rc = -1;
            break;
        }
        char *grown = realloc(buf, cap * 2);
        if (!grown) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = grown;
        cap *= 2;
    }
    fclose(f);
    if (!buf || rc != 0) {
        set_err(err, errlen, buf ? "cannot read the workbook back" : "out of memory", NULL);
        free(buf);
        free_book(b);
        return -1;
    }
    *data = buf;
    *len = n;
    free_book(b);
    return 0;
}

void xlsx_discard(xlsx_book *b)
{
    if (!b)
        return;
    if (b->wb)
        workbook_close(b->wb); /* writes the file, removed by free_book */
    free_book(b);
}
