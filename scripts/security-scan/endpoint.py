#!/usr/bin/env python3
"""A local stand-in for wapiti's public SSRF endpoint (wapiti3.ovh), for scripts/security-scan.sh.

Wapiti's ssrf module puts URLs of the form {endpoint}ssrf/{session}/{path_id}/{hex_param}/ into every parameter, then
asks {endpoint}get_ssrf.php?id={session} which of them the target fetched. Pointing both at this server keeps the
scan on the machine (no payload leaves it, and it works offline) and still tells whether the site made a request to
an address an attacker chose. Every request it receives is also written to the log file given as second argument:
any line there means the site fetched something it was told to.

usage: endpoint.py PORT LOGFILE
"""
import json
import sys
import threading
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

HITS = {}  # session -> path_id -> hex_param -> [hit]
LOCK = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.handle_any()

    def do_POST(self):
        self.handle_any()

    def do_HEAD(self):
        self.handle_any()

    def handle_any(self):
        url = urlparse(self.path)
        if url.path.endswith("/get_ssrf.php"):
            session = parse_qs(url.query).get("id", [""])[0]
            with LOCK:
                body = json.dumps(HITS.get(session, {})).encode()
            self.answer(200, "application/json", body)
            return
        # Anything else is the target (or someone) fetching a URL: record it.
        with open(LOG, "a", encoding="utf-8") as log:
            log.write(f"{self.client_address[0]} {self.command} {self.path}\n")
        parts = [p for p in url.path.split("/") if p]
        if len(parts) >= 4 and parts[0] == "ssrf":
            session, path_id, hex_param = parts[1], parts[2], parts[3]
            hit = {
                "url": self.path,
                "date": datetime.now(timezone.utc).isoformat(),
                "ip": self.client_address[0],
                "method": self.command,
                "size": int(self.headers.get("Content-Length") or 0),
            }
            with LOCK:
                HITS.setdefault(session, {}).setdefault(path_id, {}).setdefault(hex_param, []).append(hit)
        self.answer(200, "text/plain", b"ok\n")

    def answer(self, status, content_type, body):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args):  # quiet: hits go to LOG
        pass


if __name__ == "__main__":
    port, LOG = int(sys.argv[1]), sys.argv[2]
    open(LOG, "w").close()
    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
