/* Graph charts (organisation charts): DOT text laid out by Graphviz's dot engine and rendered by
 * Graphviz's C library (libgvc), never by a layout of our own. Each render runs in a child
 * process of its own (see graph.c for why), so Graphviz's leaks and crashes stay out of styr. */
#ifndef STYR_GRAPH_H
#define STYR_GRAPH_H

#include <stddef.h>

/* Lays out the DOT text dot (len bytes, no NUL inside, exactly one graph) with the dot engine
 * and renders it as format: "svg", or "dot" (the same graph with the computed layout in pos, bb,
 * width and height attributes). Labels are read as UTF-8 unless the graph sets another charset;
 * the output is UTF-8. Returns 0 and sets *out to a NUL-terminated buffer of *outlen bytes (the
 * NUL not counted) that the caller owns and releases with free(); or returns -1 with *out NULL,
 * *outlen 0 and err filled, Graphviz's own message included (a DOT syntax error) or how Graphviz
 * ended (a signal). Nothing is printed. The same text gives the same bytes on every call. Forks:
 * a host with SIGCHLD handlers must not reap children it did not start. */
int graph_render(const char *dot, size_t len, const char *format, char **out, size_t *outlen,
                 char *err, size_t errlen);

#endif
