"""A real PostgreSQL server for the test session: ``initdb`` and ``pg_ctl`` in a temporary folder, on a
free port, its unix socket in that folder, run as an unprivileged user when the tests run as root
(PostgreSQL refuses to run as root). No mock: the store tests talk to this server.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

_SEARCH = ("/usr/local/bin", "/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin")
_UNPRIVILEGED = "nobody"


def binaries() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, or None where PostgreSQL is not installed."""
    found = shutil.which("pg_ctl")
    candidates = [Path(found).parent] if found else []
    candidates += [Path(p) for p in _SEARCH]
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    folder: Path
    port: int
    bindir: Path
    user: str
    durable: bool = False

    @property
    def socket_dir(self) -> Path:
        return self.folder / "sock"

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{dbname}"

    def _as_owner(self, *args: str) -> list[str]:
        if os.geteuid() != 0:
            return list(args)
        return ["runuser", "-u", _UNPRIVILEGED, "--", *args]

    def run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(self._as_owner(*args), check=True, capture_output=True, text=True,
                              cwd=self.folder)

    def start(self) -> None:
        data = self.folder / "data"
        self.run(str(self.bindir / "initdb"), "-D", str(data), "-U", self.user, "-A", "trust",
                 "-E", "UTF8", "--locale=C", "--no-sync")
        # the tests need no durability; ``durable``: what SQLite's WAL with synchronous=NORMAL (the
        # store's setting) gives, for benchmarks that compare the two: a commit returns before its log
        # reaches the disk, the log is flushed in the background (PostgreSQL's WAL writer, SQLite's
        # checkpoints) and a crash leaves a consistent database (fsync and full-page writes on)
        safety = "-c fsync=on -c full_page_writes=on" if self.durable else "-c fsync=off -c full_page_writes=off"
        options = (f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 {safety}"
                   " -c synchronous_commit=off -c max_connections=50")
        self.run(str(self.bindir / "pg_ctl"), "-D", str(data), "-l", str(self.folder / "log"),
                 "-o", options, "-w", "-t", "60", "start")

    def stop(self) -> None:
        self.run(str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")

    def socket_url(self, dbname: str = "postgres") -> str:
        """The URL through the unix socket (what a client on the server's machine would use)."""
        return f"postgresql://{self.user}@/{dbname}?host={self.socket_dir}&port={self.port}"

    def create_database(self, name: str, *, socket: bool = False) -> str:
        """A fresh empty database; its URL (over TCP on 127.0.0.1, or ``socket=True``)."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.socket_url(name) if socket else self.url(name)


def start_server(*, durable: bool = False) -> PgServer:
    """Start a server in a new temporary folder (owned by the unprivileged user when root); ``durable``:
    see :meth:`PgServer.start`."""
    bindir = binaries()
    if bindir is None:
        raise FileNotFoundError("no PostgreSQL binaries (initdb, pg_ctl)")
    folder = Path(tempfile.mkdtemp(prefix="veille-pg-"))
    (folder / "sock").mkdir()
    if os.geteuid() == 0:
        entry = pwd.getpwnam(_UNPRIVILEGED)
        for path in (folder, folder / "sock"):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    server = PgServer(folder, _free_port(), bindir, "veille", durable)
    server.start()
    return server


def remove(server: PgServer) -> None:
    try:
        server.stop()
    finally:
        shutil.rmtree(server.folder, ignore_errors=True)
