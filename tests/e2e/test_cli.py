"""The `racegraph` command end to end, in a subprocess, on files written here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ENGLISH = (
    "Chinese start-up DeepSeek released the DeepSeek-R1 model in January 2025. "
    "Nvidia designs the H800 chip."
)
VIETNAMESE = "Công ty DeepSeek của Trung Quốc đã ra mắt mô hình DeepSeek-R1 vào tháng 1 năm 2025."


def racegraph(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """Run the console script on an embedded store in `data_dir` (never a shared Neo4j)."""
    script = Path(sys.executable).with_name("racegraph")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "app.cli"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "RACEGRAPH_"))}
    env["RACEGRAPH_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [*command, *args],
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "vi.json").write_text(
        json.dumps({"text": VIETNAMESE, "title": "Bài thử", "published": "2025-01-30"}),
        encoding="utf-8",
    )
    return folder


def test_extract_prints_the_extraction_json(articles: Path, tmp_path: Path) -> None:
    done = racegraph("extract", str(articles / "en.txt"), str(articles / "vi.json"),
                     data_dir=tmp_path / "store")  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert set(result) >= {"documents", "entities", "relations"}
    assert [d["language"] for d in result["documents"]] == ["en", "vi"]
    china = next(e for e in result["entities"] if e["id"] == "china")
    assert "Trung Quốc" in china["aliases"]  # printed as UTF-8, not \\u escapes
    assert "Trung Quốc" in done.stdout
    developed = next(r for r in result["relations"] if r["id"] == "deepseek:DEVELOPED:deepseek-r1")
    assert developed["date"] == "2025-01"
    texts = {
        document["id"]: text for document, text in zip(result["documents"], [ENGLISH, VIETNAMESE])
    }
    for ev in developed["evidence"]:
        span = texts[ev["document"]][ev["start"] : ev["end"]]
        assert "DeepSeek" in span and span in ev["sentence"]
    assert not (tmp_path / "store" / "graph.json").exists()  # extract stores nothing


def test_extract_fails_clearly_on_unreadable_input(tmp_path: Path) -> None:
    missing = racegraph("extract", str(tmp_path / "nope.txt"), data_dir=tmp_path)
    assert missing.returncode == 1
    assert "nope.txt" in missing.stderr and missing.stdout == ""
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\xff\xfe\x00 not text")
    bad = racegraph("extract", str(binary), data_dir=tmp_path)
    assert bad.returncode == 1 and "UTF-8" in bad.stderr


def test_ingest_twice_adds_nothing_the_second_time(articles: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = racegraph("ingest", str(articles), data_dir=store)
    assert first.returncode == 0, first.stderr
    assert "2 document(s) added, 0 already present" in first.stdout
    second = racegraph("ingest", str(articles), data_dir=store)
    assert "0 document(s) added, 2 already present" in second.stdout
    assert "0 new entities, 0 new relations" in second.stdout


def test_ingest_refuses_unreadable_input_and_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "b.json").write_text("{not json", encoding="utf-8")
    done = racegraph("ingest", str(folder), data_dir=tmp_path / "store")
    assert done.returncode == 1
    assert "b.json" in done.stderr and "JSON" in done.stderr
    assert not (tmp_path / "store" / "graph.json").exists()


def test_snapshot_then_load_snapshot_round_trips(articles: Path, tmp_path: Path) -> None:
    racegraph("ingest", str(articles), data_dir=tmp_path / "a")
    out = tmp_path / "snap"
    written = racegraph("snapshot", "--format", "json", "--out", str(out), data_dir=tmp_path / "a")
    assert written.returncode == 0, written.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format"] == "json" and "graph.json" in manifest["files"]
    loaded = racegraph("load-snapshot", str(out), data_dir=tmp_path / "b")
    assert loaded.returncode == 0, loaded.stderr
    assert "loaded 2 documents" in loaded.stdout
    a = json.loads((tmp_path / "a" / "graph.json").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "b" / "graph.json").read_text(encoding="utf-8"))
    assert a == b


def test_snapshot_refuses_unknown_format(tmp_path: Path) -> None:
    done = racegraph("snapshot", "--format", "pdf", "--out", str(tmp_path / "o"), data_dir=tmp_path)
    assert done.returncode == 1 and "pdf" in done.stderr
    assert not (tmp_path / "o").exists()
