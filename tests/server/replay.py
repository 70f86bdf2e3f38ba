#!/usr/bin/python3
"""styr's local test HTTP server: replays recorded open-data responses and injects faults.

    /usr/bin/python3 tests/server/replay.py FIXTURES_ROOT [--lifetime S] [--tls-cert F --tls-key F]

Binds 127.0.0.1 on a free port and prints the port on the first line of stdout and its process
id on the second, then serves until SIGTERM, until its parent process goes away, or until the
lifetime (default 600 s) ends. Python 3 standard library only.

URL scheme (REST is again any URL path of this list, so faults can be chained):

  /PATH                           the file FIXTURES_ROOT/PATH (GET or POST), content type by
                                  extension, ETag and Last-Modified; If-None-Match or
                                  If-Modified-Since that match answer 304
  /echo                           the request body back, with the request's Content-Type;
                                  X-Echo-Method names the method
  /_headers                       the request headers as text, "Name: value" lines
                                  (Authorization's value is replaced by its length)
  /_log                           JSON {path: number of requests} (/_ paths are not counted)
  /_log?path=ENCODED              the number of requests for one path (with its query), as text
  /_active                        the largest number of requests handled at once since /_reset
  /_reset                         clears the log, the fault counters and /_active
  /auth/REST                      401 unless Authorization equals $REPLAY_AUTH, then REST
  /fault/delay/SECONDS/REST       waits SECONDS (a decimal number), then REST
  /fault/hang/ANY                 never answers; returns when the client hangs up
  /fault/slow/REST                REST at 1 byte per second
  /fault/status/CODE/TIMES/REST   CODE (with a short body) for the first TIMES requests of this
                                  URL, then REST
  /fault/retry/CODE/SPEC/TIMES/REST
                                  the same with Retry-After: SPEC is seconds:N (the header is N),
                                  date:N (an HTTP date N seconds from now, N may be negative) or
                                  raw:TEXT (TEXT as is, URL-decoded)
  /fault/close/TIMES/REST         closes the connection without an answer TIMES times, then REST
  /fault/truncate/REST            Content-Length of the whole body, half of it sent, then close
  /fault/invalid-json/ANY         200 application/json that is not JSON
  /fault/html-error/ANY           200 text/html with an error page
  /fault/content-type/TYPE/REST   REST with Content-Type TYPE (URL-decoded)
  /fault/redirect/N/REST          N redirects (302), then REST
  /fault/redirect-loop/ANY        302 to itself, forever
  /fault/redirect-to/ENCODED      302 to the URL-decoded target (file:///etc/passwd, gopher://…)
  /fault/reflect-auth/redirect/REST
                                  302 to /REST?q=<the request's Authorization, URL-encoded>
  /fault/reflect-auth/headers/ANY 200 with the request's Authorization in ETag, Last-Modified
                                  and Content-Type (a server that leaks a token back)
  /fault/big/N                    N bytes with Content-Length
  /fault/big-chunked/N            N bytes, chunked, no Content-Length
  /fault/gzip/N                   N zero bytes, gzip-compressed (Content-Encoding: gzip)

Connection refused is tested with a closed port; this server is not needed for it.
"""
import email.utils
import gzip
import hashlib
import http.server
import json
import mimetypes
import os
import select
import signal
import socket
import ssl
import sys
import threading
import time
import urllib.parse

TYPES = {
    ".json": "application/json",
    ".csv": "text/csv; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".xml": "application/xml",
}


class State:
    """Everything the handlers share, behind one lock."""

    def __init__(self, root):
        self.root = os.path.realpath(root)
        self.lock = threading.Lock()
        self.log = {}
        self.counters = {}
        self.active = 0
        self.max_active = 0
        self.stopping = threading.Event()

    def reset(self):
        with self.lock:
            self.log.clear()
            self.counters.clear()
            self.max_active = self.active

    def count(self, key):
        """Returns how many times this fault key was seen before, and counts this one."""
        with self.lock:
            n = self.counters.get(key, 0)
            self.counters[key] = n + 1
            return n


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "styr-replay/1"
    state = None  # set by main()
    verbose = False

    def log_message(self, fmt, *args):
        if self.verbose:
            sys.stderr.write("replay: " + (fmt % args) + "\n")

    def do_GET(self):
        self.handle_request(b"")

    def do_POST(self):
        try:
            n = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            n = 0
        self.handle_request(self.rfile.read(n) if n > 0 else b"")

    def handle_request(self, body):
        st = self.state
        url = urllib.parse.urlsplit(self.path)
        with st.lock:
            if not url.path.startswith("/_"):
                st.log[self.path] = st.log.get(self.path, 0) + 1
            st.active += 1
            st.max_active = max(st.max_active, st.active)
        try:
            self.dispatch(url.path, url.query, body)
        except (BrokenPipeError, ConnectionResetError, socket.timeout):
            self.close_connection = True
        except ValueError as e:  # a malformed fault URL
            self.close_connection = True
            self.text(400, "bad request: %s\n" % e)
        finally:
            with st.lock:
                st.active -= 1

    # ---- answers ------------------------------------------------------------------------------

    def answer(self, code, data, ctype="text/plain; charset=utf-8", headers=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def text(self, code, s, headers=()):
        self.answer(code, s.encode(), headers=headers)

    def serve_file(self, rel, body=b""):
        path = os.path.realpath(os.path.join(self.state.root, urllib.parse.unquote(rel)))
        # A recorded answer may carry its type as an extension the URL lacks (PATH.json), and a
        # POST's answer may depend on its body (PATH.SHA256-OF-BODY-12.json, else PATH[.json]).
        candidates = [path]
        if body:
            candidates.insert(0, "%s.%s.json" % (path, hashlib.sha256(body).hexdigest()[:12]))
            candidates.insert(1, "%s.%s.csv" % (path, hashlib.sha256(body).hexdigest()[:12]))
        candidates.append(path + ".json")
        path = next((c for c in candidates if os.path.isfile(c)), path)
        if not path.startswith(self.state.root + os.sep) or not os.path.isfile(path):
            return self.text(404, "not found: /%s\n" % rel)
        with open(path, "rb") as f:
            data = f.read()
        mtime = int(os.stat(path).st_mtime)
        etag = '"%s"' % hashlib.sha256(data).hexdigest()[:20]
        last_mod = email.utils.formatdate(mtime, usegmt=True)
        ctype = TYPES.get(os.path.splitext(path)[1]) or \
            mimetypes.guess_type(path)[0] or "application/octet-stream"
        validators = (("ETag", etag), ("Last-Modified", last_mod))
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        if inm is not None:
            tags = [t.strip() for t in inm.split(",")]
            if "*" in tags or etag in tags or ("W/" + etag) in tags:
                return self.not_modified(validators)
        elif ims is not None:
            try:
                since = email.utils.parsedate_to_datetime(ims).timestamp()
            except (TypeError, ValueError, IndexError):
                since = None
            if since is not None and mtime <= since:
                return self.not_modified(validators)
        return self.answer(200, data, ctype, validators)

    def not_modified(self, validators):
        self.send_response(304)
        for k, v in validators:
            self.send_header(k, v)
        self.end_headers()

    # ---- routing --------------------------------------------------------------------------------

    def dispatch(self, path, query, body):
        rel = path.lstrip("/")
        if rel == "echo":
            ctype = self.headers.get("Content-Type") or "application/octet-stream"
            return self.answer(200, body, ctype, (("X-Echo-Method", self.command),))
        if rel == "_headers":
            lines = []
            for k, v in self.headers.items():
                if k.lower() == "authorization":
                    v = "<%d bytes>" % len(v)
                lines.append("%s: %s\n" % (k, v))
            return self.text(200, "".join(lines))
        if rel == "_log":
            q = urllib.parse.parse_qs(query)
            with self.state.lock:
                if "path" in q:
                    return self.text(200, "%d\n" % self.state.log.get(q["path"][0], 0))
                return self.answer(200, json.dumps(self.state.log).encode(), "application/json")
        if rel == "_active":
            with self.state.lock:
                return self.text(200, "%d\n" % self.state.max_active)
        if rel == "_reset":
            self.state.reset()
            return self.text(200, "reset\n")
        if rel == "auth" or rel.startswith("auth/"):
            want = os.environ.get("REPLAY_AUTH")
            if not want or self.headers.get("Authorization") != want:
                return self.text(401, "unauthorized\n", (("WWW-Authenticate", "Bearer"),))
            return self.dispatch(rel[len("auth"):], query, body)
        if rel.startswith("fault/"):
            return self.fault(rel[len("fault/"):], query, body)
        return self.serve_file(rel, body)

    def fault(self, spec, query, body):
        name, _, rest = spec.partition("/")
        key = self.path
        if name == "delay":
            secs, _, rest = rest.partition("/")
            self.sleep(float(secs))
            return self.dispatch(rest, query, body)
        if name == "hang":
            return self.hang()
        if name == "slow":
            return self.slow(rest)
        if name == "status":
            code, _, rest = rest.partition("/")
            times, _, rest = rest.partition("/")
            if self.state.count(key) < int(times):
                return self.text(int(code), "fault: status %s\n" % code)
            return self.dispatch(rest, query, body)
        if name == "retry":
            code, _, rest = rest.partition("/")
            ra, _, rest = rest.partition("/")
            times, _, rest = rest.partition("/")
            if self.state.count(key) < int(times):
                kind, _, value = ra.partition(":")
                if kind == "seconds":
                    header = value
                elif kind == "date":
                    header = email.utils.formatdate(time.time() + float(value), usegmt=True)
                else:
                    header = urllib.parse.unquote(value)
                return self.text(int(code), "fault: retry later\n", (("Retry-After", header),))
            return self.dispatch(rest, query, body)
        if name == "close":
            times, _, rest = rest.partition("/")
            if self.state.count(key) < int(times):
                self.close_connection = True
                return None
            return self.dispatch(rest, query, body)
        if name == "truncate":
            return self.truncate(rest)
        if name == "invalid-json":
            return self.answer(200, b'{"values": [1, 2, ', "application/json")
        if name == "html-error":
            page = b"<!DOCTYPE html><html><head><title>Error</title></head>" \
                   b"<body><h1>Service temporarily unavailable</h1></body></html>\n"
            return self.answer(200, page, "text/html; charset=utf-8")
        if name == "content-type":
            ctype, _, rest = rest.partition("/")
            self.override_type = urllib.parse.unquote(ctype)
            return self.dispatch(rest, query, body)
        if name == "redirect":
            n, _, rest = rest.partition("/")
            if int(n) <= 0:
                return self.dispatch(rest, query, body)
            return self.redirect("/fault/redirect/%d/%s" % (int(n) - 1, rest))
        if name == "redirect-loop":
            return self.redirect(self.path)
        if name == "redirect-to":
            return self.redirect(urllib.parse.unquote(rest))
        if name == "reflect-auth":
            auth = self.headers.get("Authorization") or ""
            how, _, rest = rest.partition("/")
            if how == "redirect":
                return self.redirect("/%s?q=%s" % (rest, urllib.parse.quote(auth, safe="")))
            return self.answer(200, b"reflected\n", "text/plain; x=" + auth,
                               (("ETag", '"%s"' % auth), ("Last-Modified", auth)))
        if name == "big":
            n = int(rest.partition("/")[0])
            return self.answer(200, b"x" * n, "application/octet-stream")
        if name == "big-chunked":
            return self.chunked(int(rest.partition("/")[0]))
        if name == "gzip":
            data = gzip.compress(b"\0" * int(rest.partition("/")[0]))
            return self.answer(200, data, "application/json", (("Content-Encoding", "gzip"),))
        return self.text(404, "unknown fault: %s\n" % name)

    # ---- fault helpers --------------------------------------------------------------------------

    def sleep(self, secs):
        self.state.stopping.wait(secs)

    def redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def client_gone(self, wait):
        """Waits up to `wait` seconds; True when the client closed its end."""
        r, _, _ = select.select([self.connection], [], [], wait)
        if not r:
            return False
        try:
            return self.connection.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True

    def hang(self):
        self.close_connection = True
        while not self.state.stopping.is_set():
            if self.client_gone(0.2):
                return

    def slow(self, rest):
        path = os.path.realpath(os.path.join(self.state.root, urllib.parse.unquote(rest)))
        data = b"slow body\n" * 100
        if path.startswith(self.state.root + os.sep) and os.path.isfile(path):
            with open(path, "rb") as f:
                data = f.read()
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        for i in range(len(data)):
            self.wfile.write(data[i:i + 1])
            if self.client_gone(1.0) or self.state.stopping.is_set():
                return

    def truncate(self, rest):
        path = os.path.realpath(os.path.join(self.state.root, urllib.parse.unquote(rest)))
        data = b"truncated body\n" * 100
        if path.startswith(self.state.root + os.sep) and os.path.isfile(path):
            with open(path, "rb") as f:
                data = f.read()
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[: len(data) // 2])

    def chunked(self, n):
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        block = b"y" * 65536
        while n > 0:
            part = block[: min(n, len(block))]
            self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            n -= len(part)
        self.wfile.write(b"0\r\n\r\n")

    def send_header(self, keyword, value):
        # /fault/content-type/TYPE/REST replaces the content type of whatever REST answers.
        override = getattr(self, "override_type", None)
        if override is not None and keyword.lower() == "content-type":
            value = override
        super().send_header(keyword, value)


def main(argv):
    args = list(argv[1:])
    lifetime, cert, key = 600.0, None, None
    root = None
    while args:
        a = args.pop(0)
        if a == "--lifetime":
            lifetime = float(args.pop(0))
        elif a == "--tls-cert":
            cert = args.pop(0)
        elif a == "--tls-key":
            key = args.pop(0)
        elif a == "--verbose":
            Handler.verbose = True
        elif root is None:
            root = a
        else:
            sys.exit("usage: replay.py FIXTURES_ROOT [--lifetime S] [--tls-cert F --tls-key F]")
    if root is None or not os.path.isdir(root):
        sys.exit("replay.py: fixtures root %r is not a folder" % root)

    state = State(root)
    Handler.state = state
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    if cert:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert, key)
        server.socket = ctx.wrap_socket(server.socket, server_side=True)

    def stop(*_):
        if not state.stopping.is_set():
            state.stopping.set()
            threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    timer = threading.Timer(lifetime, stop)
    timer.daemon = True
    timer.start()

    parent = os.getppid()

    def watch_parent():
        # A test that crashed cannot send SIGTERM: stop when the parent is gone.
        while not state.stopping.wait(0.5):
            if os.getppid() != parent:
                stop()

    threading.Thread(target=watch_parent, daemon=True).start()

    sys.stdout.write("%d\n%d\n" % (server.server_address[1], os.getpid()))
    sys.stdout.flush()
    try:
        server.serve_forever(poll_interval=0.1)
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
