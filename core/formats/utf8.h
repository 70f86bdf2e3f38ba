/* UTF-8 validation, the one validator styr has: strict UTF-8 as RFC 3629 defines it (no overlong
 * forms, no surrogates U+D800-U+DFFF, nothing past U+10FFFF, no truncated sequence). Used by the
 * JSON reader and writer, the Markdown renderer and the configuration loader. */
#ifndef STYR_UTF8_H
#define STYR_UTF8_H

#include <stddef.h>

/* The length of the longest valid UTF-8 prefix of s[0..len): len when all of s is valid, else the
 * offset of the first byte of the first invalid sequence. */
size_t utf8_valid_prefix(const char *s, size_t len);

/* 1 when s[0..len) is valid UTF-8, else 0. */
int utf8_valid(const char *s, size_t len);

/* The longest prefix of s[0..len) of at most max bytes that does not cut a UTF-8 sequence, for
 * quoting a key or code in a message. */
size_t utf8_prefix(const char *s, size_t len, size_t max);

#endif
