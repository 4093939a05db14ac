"""Serve a built site on 127.0.0.1 (a free port) for the length of a with-block."""

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
