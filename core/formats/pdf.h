/* PDF reports: the report's HTML printed by Debian's headless Chromium (print-to-PDF) in a private
 * temporary folder, under a deadline. The caller writes the PDF's bytes like any other report file
 * (styr.output), so the PDF is confined to the output folder and written atomically. */
#ifndef STYR_PDF_H
#define STYR_PDF_H

#include <stddef.h>

/* The Chromium styr runs: $STYR_CHROMIUM when set, else /usr/bin/chromium. */
const char *pdf_chromium(void);

/* Prints html (len bytes) to PDF with the Chromium at path chromium, killing it (and every process
 * it started) after timeout_s seconds. Returns 0 with *out (malloc'd, free it) and *outlen set, or
 * -1 with err filled: Chromium missing (naming the Debian package), timed out, or no PDF written. */
int pdf_from_html(const char *chromium, const char *html, size_t len, int timeout_s, char **out,
                  size_t *outlen, char *err, size_t errlen);

#endif
