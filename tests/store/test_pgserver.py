"""The session's PostgreSQL server is a real one, run by an unprivileged user."""

from __future__ import annotations


def test_real_server_answers(pg_url):
    import psycopg

    with psycopg.connect(pg_url) as conn:
        version = conn.execute("SHOW server_version_num").fetchone()[0]
        superuser = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()[0]
    assert int(version) >= 150000
    assert superuser  # the cluster's own user, not root: initdb refuses root
