"""The static site server (`tabllm serve` without --api) over real HTTP on 127.0.0.1: it serves nothing
outside the site folder through symlinks, closes idle connections, and bounds its connection threads."""

import socket
import threading
import time
import urllib.error
import urllib.request

import pytest

from tabllm.site import make_server

SECRET = "a file outside the site"
WAIT_S = 30  # how long a client waits for the server; it acts within about a second (a loaded machine may be slow)


@pytest.fixture
def site(tmp_path):
    """A site folder (make_server needs only tabllm-site.json) with symlinks leading inside and out."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET)
    site = tmp_path / "site"
    (site / "sub").mkdir(parents=True)
    (site / "tabllm-site.json").write_text("{}")
    (site / "page.txt").write_text("inside")
    (site / "alias.txt").symlink_to(site / "page.txt")  # a symlink within the site is served
    (site / "leak.txt").symlink_to(outside / "secret.txt")
    (site / "outdir").symlink_to(outside, target_is_directory=True)
    (site / "sub" / "index.html").symlink_to(outside / "secret.txt")  # served for /sub/
    return site


def serving(site, **limits):
    server = make_server(site, port=0, **limits)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def stop(server):
    server.shutdown()
    server.server_close()


def get(server, path):
    """(status, body) of GET path."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{server.server_port}{path}", timeout=WAIT_S) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def idle_connection(server):
    """A connection that sends nothing."""
    return socket.create_connection(("127.0.0.1", server.server_port), timeout=WAIT_S)


def read_until_closed(sock) -> bytes:
    """Everything the server sends until it closes the connection (socket.timeout if it never does)."""
    data = b""
    while chunk := sock.recv(4096):
        data += chunk
    return data


def test_symlinks_leading_out_of_the_site_are_not_served(site):
    server = serving(site)
    try:
        assert get(server, "/page.txt") == (200, "inside")
        assert get(server, "/alias.txt") == (200, "inside")
        for path in ("/leak.txt", "/outdir/secret.txt", "/outdir/", "/sub/"):
            status, body = get(server, path)
            assert status == 404 and SECRET not in body, path
    finally:
        stop(server)


def test_an_idle_connection_is_closed_after_the_timeout(site):
    """Before, a connection that never sent a request held its thread forever."""
    server = serving(site, timeout=1)
    try:
        with idle_connection(server) as sock:
            assert read_until_closed(sock) == b""  # closed without a response (socket.timeout if never)
        assert get(server, "/page.txt") == (200, "inside")  # the server itself carries on
    finally:
        stop(server)


def test_connections_past_the_limit_get_503_and_freed_slots_serve_again(site):
    server = serving(site, max_connections=2)
    try:
        held = [idle_connection(server) for _ in range(2)]  # accepted in order: they take both slots
        with idle_connection(server) as third:
            assert read_until_closed(third).startswith(b"HTTP/1.0 503 ")
        for sock in held:
            sock.close()  # their threads end and give back the slots
        deadline = time.monotonic() + WAIT_S
        while (status := get(server, "/page.txt")[0]) == 503 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert status == 200
    finally:
        stop(server)
