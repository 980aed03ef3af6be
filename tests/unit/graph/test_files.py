import stat

from graph.files import write_atomic


def test_written_files_are_readable_by_others_and_replace_the_old(tmp_path):
    path = tmp_path / "sub" / "graph.json"
    write_atomic(path, b"first")
    write_atomic(path, b"second")
    assert path.read_bytes() == b"second"
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert [p.name for p in path.parent.iterdir()] == ["graph.json"]  # no temp file left
