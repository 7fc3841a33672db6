#!/usr/bin/env python3
"""A tiny HTTP backend for sppctl's end-to-end tests: answers every request with its own id.

usage: scripts/echo-backend.py ADDRESS PORT ID
Serves until it is terminated; sets no cookie and no header of its own.
"""
import http.server
import sys

ADDRESS, PORT, IDENTITY = sys.argv[1], int(sys.argv[2]), sys.argv[3].encode()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(IDENTITY)))
        self.end_headers()
        self.wfile.write(IDENTITY)

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer((ADDRESS, PORT), Handler).serve_forever()
