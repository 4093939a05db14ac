"""Serve a built site on 127.0.0.1 (a free port) for the length of a with-block; and a server of endless
bodies, for the page's size checks."""

import http.server
import threading
from contextlib import contextmanager


@contextmanager
def serve(site_dir):
    from tabllm.site import make_server

    server = make_server(site_dir, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def serve_oversized(total_bytes, chunk_bytes=1 << 16):
    """A server answering every GET with a body of total_bytes, written chunk_bytes at a time: the first
    request's body with a Content-Length, later ones chunked (no length announced). Yields (url, sent):
    sent["bytes"] counts the body bytes written, sent["cut"] the answers the client hung up on; final once
    the with-block is left (it waits for the answers under way to end)."""
    sent = {"bytes": 0, "requests": 0, "cut": 0, "answering": 0}
    lock = threading.Condition()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            with lock:
                sent["requests"] += 1
                sent["answering"] += 1
                chunked = sent["requests"] > 1
            try:
                self._answer(chunked)
            finally:
                with lock:
                    sent["answering"] -= 1
                    lock.notify_all()

        def _answer(self, chunked):
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Connection", "close")
            if chunked:
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Content-Length", str(total_bytes))
            self.end_headers()
            block = b"\x5a" * chunk_bytes
            try:
                for _ in range(total_bytes // chunk_bytes):
                    self.wfile.write(b"%x\r\n%s\r\n" % (chunk_bytes, block) if chunked else block)
                    with lock:
                        sent["bytes"] += chunk_bytes
                if chunked:
                    self.wfile.write(b"0\r\n\r\n")
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                with lock:
                    sent["cut"] += 1

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/", sent
    finally:
        server.shutdown()
        with lock:  # (bounded: a client that neither reads nor hangs up must not hang the test)
            lock.wait_for(lambda: sent["answering"] == 0, timeout=120)
        server.server_close()
