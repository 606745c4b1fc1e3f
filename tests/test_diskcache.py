"""The on-disk index cache: reused while its files are unchanged, rebuilt when one changes."""

from pathlib import Path

from veille import diskcache


def test_cache_is_reused_until_a_file_changes(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("VEILLE_CACHE_DIR", str(tmp_path / "cache"))
    data = tmp_path / "words.tsv"
    data.write_text("a\tb\n", encoding="utf-8")
    builds = []

    def build():
        builds.append(1)
        return {"words": data.read_text(encoding="utf-8").split()}

    first = diskcache.cached("words", [data], build)
    second = diskcache.cached("words", [data], build)
    assert first == second == {"words": ["a", "b"]}
    assert len(builds) == 1
    data.write_text("a\tc\n", encoding="utf-8")
    assert diskcache.cached("words", [data], build) == {"words": ["a", "c"]}
    assert len(builds) == 2


def test_unwritable_cache_still_builds(tmp_path: Path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("VEILLE_CACHE_DIR", str(blocker / "sub"))  # a folder under a file: not creatable
    data = tmp_path / "d.txt"
    data.write_text("x", encoding="utf-8")
    assert diskcache.cached("d", [data], lambda: 42) == 42
    assert diskcache.cached("d", [data], lambda: 43) == 43  # nothing cached, built again


def test_a_cached_load_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path, monkeypatch):
    """The collector is paused while a cache file is read (its passes over the growing heap were most of a
    large index's load time), then left as it was."""
    import gc

    monkeypatch.setenv("VEILLE_CACHE_DIR", str(tmp_path / "cache"))
    data = tmp_path / "rows.tsv"
    data.write_text("x\n", encoding="utf-8")
    seen = []

    def build():
        return [[i, str(i)] for i in range(1000)]

    diskcache.cached("rows", [data], build)  # written
    real_load = diskcache.pickle.load

    def spying_load(handle):
        seen.append(gc.isenabled())
        return real_load(handle)

    monkeypatch.setattr(diskcache.pickle, "load", spying_load)
    was = gc.isenabled()
    try:
        for state in (True, False):
            (gc.enable if state else gc.disable)()
            assert diskcache.cached("rows", [data], build) == build()
            assert gc.isenabled() is state
    finally:
        (gc.enable if was else gc.disable)()
    assert seen == [False, False]
