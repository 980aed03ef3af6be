"""The `racegraph` command: the API's twin in the terminal.

Sub-commands call the same service functions as the routes::

    racegraph serve --sample            # API on http://127.0.0.1:8000 with the bundled corpus
    racegraph ingest articles/          # extract and store .txt/.json files
    racegraph extract article.txt       # print the extraction JSON
    racegraph snapshot --format graphml --out snap/
    racegraph load-snapshot snap/
    racegraph bench extract
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from app.settings import build_store, get_settings
from extract import DocumentInput
from graph.errors import RacegraphError
from graph.store import GraphStore

__all__ = ["cli", "main"]

cli = typer.Typer(
    name="racegraph",
    help="A knowledge graph of the China-US AI race: extract, store, serve.",
    no_args_is_help=True,
    add_completion=False,
)
bench_cli = typer.Typer(help="Benchmarks.", no_args_is_help=True)
cli.add_typer(bench_cli, name="bench")

Paths = Annotated[list[Path], typer.Argument(help="files, or folders of .txt/.json files")]


def fail(message: str) -> typer.Exit:
    """Print `message` on stderr and return the exit to raise (code 1)."""
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    return typer.Exit(1)


@contextmanager
def opened_store() -> Iterator[GraphStore]:
    """The configured store, schema ensured, closed afterwards; racegraph errors exit 1."""
    try:
        store = build_store(get_settings())
    except RacegraphError as err:
        raise fail(str(err)) from None
    try:
        store.ensure_schema()
        yield store
    except RacegraphError as err:
        raise fail(str(err)) from None
    finally:
        store.close()


def _inputs(paths: list[Path]) -> list[DocumentInput]:
    from app.service import input_files, read_inputs

    try:
        return read_inputs(input_files(paths))
    except (RacegraphError, OSError) as err:
        raise fail(str(err)) from None


@cli.command()
def serve(
    host: Annotated[str | None, typer.Option(help="interface to bind")] = None,
    port: Annotated[int | None, typer.Option(help="port", min=1, max=65535)] = None,
    sample: Annotated[bool, typer.Option("--sample", help="load the bundled corpus")] = False,
) -> None:
    """Serve the REST API (docs at /docs)."""
    import uvicorn

    from app.main import create_app
    from app.service import load_sample_corpus

    settings = get_settings()
    store = build_store(settings)
    try:
        if sample:  # without it the app starts even while Neo4j is still coming up
            store.ensure_schema()
            summary = load_sample_corpus(store)
            typer.echo(f"sample corpus: {summary.line()}", err=True)
        uvicorn.run(
            create_app(settings, store), host=host or settings.host, port=port or settings.port
        )
    except RacegraphError as err:
        raise fail(str(err)) from None
    finally:
        store.close()


@cli.command()
def ingest(paths: Paths) -> None:
    """Extract files and add them to the store (documents already there are skipped)."""
    from app.service import ingest_texts

    inputs = _inputs(paths)
    bar = typer.progressbar(length=len(inputs), label="ingesting", file=sys.stderr)
    with opened_store() as store, bar:
        summary = ingest_texts(store, inputs, progress=bar.update)
    typer.echo(summary.line())


@cli.command("extract")
def extract_files(
    paths: Paths,
    format: Annotated[str, typer.Option("--format", help="output format (json)")] = "json",
) -> None:
    """Print the extraction JSON of the files (nothing is stored)."""
    from app.service import extract_texts

    if format != "json":
        raise fail(f"unknown format {format!r}; only json is supported")
    inputs = _inputs(paths)
    try:
        result = extract_texts(inputs)
    except RacegraphError as err:
        raise fail(str(err)) from None
    out = json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"
    sys.stdout.buffer.write(out.encode("utf-8"))
    sys.stdout.flush()


@cli.command()
def snapshot(
    out: Annotated[Path, typer.Option("--out", help="folder to write into")],
    format: Annotated[str, typer.Option("--format", help="json|graphml|gexf|csv|cypher")] = "json",
    as_of: Annotated[str | None, typer.Option("--as-of", help="YYYY[-MM[-DD]]")] = None,
) -> None:
    """Write the graph (as known by --as-of) as files plus manifest.json."""
    from app.main import app_version
    from graph import query_checks as qc
    from graph.snapshots import check_format, write_snapshot

    try:
        check_format(format)
        when = qc.check_as_of(as_of)
    except RacegraphError as err:
        raise fail(str(err)) from None
    with opened_store() as store:
        manifest = write_snapshot(store.snapshot(as_of=when), format, out, app_version())
    typer.echo(f"wrote {', '.join(sorted(manifest.get('files', {})))} and manifest.json to {out}")


@cli.command("load-snapshot")
def load_snapshot(
    folder: Annotated[Path, typer.Argument(help="a folder written by `snapshot --format json`")],
) -> None:
    """Load a json snapshot into the store."""
    from graph.snapshots import parse

    source = folder / "graph.json" if folder.is_dir() else folder
    try:
        snap = parse(source.read_bytes(), "json")
    except (OSError, RacegraphError) as err:
        raise fail(f"{source}: {err}") from None
    with opened_store() as store:
        store.load(snap)
    typer.echo(
        f"loaded {len(snap.documents)} documents, {len(snap.entities)} entities, "
        f"{len(snap.relations)} relations"
    )


@bench_cli.command("extract")
def bench_extract(
    paths: Annotated[list[Path] | None, typer.Argument(help="files (default: bundled)")] = None,
) -> None:
    """Time and score the extractor; prints one line per measure."""
    from extract.bench import run

    try:
        lines = run(list(paths) if paths else None)
    except (RacegraphError, OSError) as err:
        raise fail(str(err)) from None
    for line in lines:
        typer.echo(line)


def main() -> None:
    """Console-script entry point (``racegraph``)."""
    cli()


if __name__ == "__main__":
    main()
