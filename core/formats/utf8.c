/* UTF-8 validation (utf8.h). Each lead byte allows a range for the byte after it, which rules out
 * overlong forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4) without decoding. */
#include "formats/utf8.h"

size_t utf8_valid_prefix(const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str, *start = s, *end = s + len;
    while (s < end) {
        unsigned c = *s;
        if (c < 0x80) {
            s++;
            continue;
        }
        size_t n;
        unsigned lo = 0x80, hi = 0xbf; /* allowed range of the second byte */
        if (c >= 0xc2 && c <= 0xdf) {
            n = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            n = 2;
            if (c == 0xe0)
                lo = 0xa0; /* overlong */
            else if (c == 0xed)
                hi = 0x9f; /* surrogates */
        } else if (c >= 0xf0 && c <= 0xf4) {
            n = 3;
            if (c == 0xf0)
                lo = 0x90; /* overlong */
            else if (c == 0xf4)
                hi = 0x8f; /* past U+10FFFF */
        } else {
            break; /* a continuation byte, C0, C1 or F5-FF */
        }
        if ((size_t)(end - s) <= n || s[1] < lo || s[1] > hi)
            break;
        size_t i = 2;
        while (i <= n && (s[i] & 0xc0) == 0x80)
            i++;
        if (i <= n)
            break;
        s += n + 1;
    }
    return (size_t)(s - start);
}

int utf8_valid(const char *s, size_t len)
{
    return utf8_valid_prefix(s, len) == len;
}

size_t utf8_prefix(const char *s, size_t len, size_t max)
{
    if (len <= max)
        return len;
    size_t n = max;
    while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
        n--; /* s[n] continues a sequence: cut before its lead byte */
    return n;
}
