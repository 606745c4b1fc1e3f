"""`veille serve` through the real CLI: what it refuses before starting, and a real server answering."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.serve.conftest import free_port, start_serving


def veille(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "veille", *args], capture_output=True, text=True, timeout=60,
                          env=env)


def test_missing_database_is_one_error_line(tmp_path):
    result = veille("serve", "--db", str(tmp_path / "none.db"), "--port", str(free_port()))
    assert result.returncode == 2
    assert "no veille database at" in result.stderr and "none.db" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_allow_write_needs_a_write_token(tmp_path):
    import os

    from veille.store import Store

    db = tmp_path / "empty.db"
    Store.open(db).close()
    env = {k: v for k, v in os.environ.items() if k != "VEILLE_WRITE_TOKEN"}
    result = veille("serve", "--db", str(db), "--allow-write", "--port", str(free_port()), env=env)
    assert result.returncode == 2 and "write token" in result.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text("[serve\n", encoding="utf-8")
    result = veille("serve", "--db", str(db), "--config", str(bad), "--port", str(free_port()), env=env)
    assert result.returncode == 2 and "bad.toml" in result.stderr


@pytest.mark.model
def test_server_binds_loopback_and_limits_bodies(demo_db):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "veille", "serve", "--db", str(demo_db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(150):
            try:
                urllib.request.urlopen(base + "/api/v1/summary", timeout=2).close()
                break
            except OSError:
                time.sleep(0.2)
        listening = subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True).stdout
        local = [line.split()[3] for line in listening.splitlines()]
        assert local == [f"127.0.0.1:{port}"]
        with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:  # a body announced, not sent
            conn.sendall(b"POST /api/v1/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 3000000\r\n\r\n")
            assert conn.recv(200).startswith(b"HTTP/1.1 413 ")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.model
def test_serve_a_postgresql_database(demo_db, demo_pg):
    """`veille serve --db postgresql://...` answers what the SQLite file answers (same data, copied)."""
    import json

    answers = []
    for db in (str(demo_db), demo_pg):
        proc, base = start_serving(db)
        try:
            got = {}
            for path in ("/api/v1/summary", "/api/v1/events?limit=500&q=grain", "/api/v1/quotes?limit=500"):
                with urllib.request.urlopen(base + path, timeout=30) as response:
                    got[path] = json.loads(response.read())
            with urllib.request.urlopen(base + "/events?type=AGREE", timeout=30) as response:
                assert response.status == 200 and b"AGREE" in response.read()
            answers.append(got)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    assert answers[0] == answers[1] and answers[0]["/api/v1/events?limit=500&q=grain"]["count"] > 0


def test_unreachable_postgresql_is_one_error_line():
    result = veille("serve", "--db", "postgresql://nobody@127.0.0.1:1/none", "--port", str(free_port()))
    assert result.returncode == 2, result.stderr
    assert "cannot connect to PostgreSQL" in result.stderr and "Traceback" not in result.stderr
