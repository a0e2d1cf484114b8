"""Command line: model references in a codebase, and those a manifest lacks (discover)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from auditor.cli.options import DebugOption, TextOrJson, TextOrJsonOption
from auditor.cli.output import EXIT_BLOCKED, EXIT_OK, echo_text, errors, stderr


def discover(
    path: Annotated[
        Path | None,
        typer.Argument(help="A codebase to search for model references."),
    ] = None,
    manifest: Annotated[
        Path | None,
        typer.Option("--manifest", "-m", help="Report references missing from this manifest."),
    ] = None,
    write_manifest: Annotated[
        Path | None,
        typer.Option("--write-manifest", help="Write a starter manifest of what was found."),
    ] = None,
    installed: Annotated[
        bool,
        typer.Option(
            "--installed",
            help="List the models installed on this machine (Hugging Face cache, Ollama "
            "store, LM Studio folder) instead of searching a codebase.",
        ),
    ] = False,
    hf_cache: Annotated[
        Path | None,
        typer.Option(
            "--hf-cache",
            help="With --installed: the Hugging Face cache (default: HF_HUB_CACHE, else "
            "~/.cache/huggingface/hub).",
            show_default=False,
        ),
    ] = None,
    ollama_dir: Annotated[
        Path | None,
        typer.Option(
            "--ollama-dir",
            help="With --installed: Ollama's models folder (default: OLLAMA_MODELS, else "
            "~/.ollama/models).",
            show_default=False,
        ),
    ] = None,
    lmstudio_dir: Annotated[
        Path | None,
        typer.Option(
            "--lmstudio-dir",
            help="With --installed: LM Studio's models folder (default: ~/.lmstudio/models).",
            show_default=False,
        ),
    ] = None,
    fmt: TextOrJsonOption = TextOrJson.TEXT,
    debug: DebugOption = False,
) -> None:
    """Find model references in code and configs; exit 1 if some are missing from --manifest.

    With --installed, list the models already on this machine with their revisions instead
    (and write a starter manifest of them with --write-manifest).
    """
    from auditor import api
    from auditor.discover.scan import render_discovery_json, render_discovery_text
    from auditor.errors import UsageError

    with errors(debug):
        if installed:
            if path is not None or manifest is not None:
                raise UsageError(
                    "--installed lists this machine's models: give no PATH or --manifest"
                )
            _installed(hf_cache, ollama_dir, lmstudio_dir, write_manifest, fmt)
        if path is None:
            raise UsageError("name a codebase to search (PATH), or use --installed")
        found = api.discover(path, manifest=manifest)
        if write_manifest is not None:
            api.write_starter_manifest(found.result, write_manifest)
            stderr(f"starter manifest written to {write_manifest}")
        render_fn = render_discovery_json if fmt is TextOrJson.JSON else render_discovery_text
        echo_text(render_fn(found.result, found.missing), is_json=fmt is TextOrJson.JSON)
        raise typer.Exit(EXIT_BLOCKED if found.missing else EXIT_OK)


def _installed(
    hf_cache: Path | None,
    ollama_dir: Path | None,
    lmstudio_dir: Path | None,
    write_manifest: Path | None,
    fmt: TextOrJson,
) -> None:
    """`discover --installed`: list the stores' models; exit 0."""
    from auditor.discover.installed import (
        find_installed,
        render_installed_json,
        render_installed_text,
        write_installed_manifest,
    )

    found = find_installed(hf_cache=hf_cache, ollama_dir=ollama_dir, lmstudio_dir=lmstudio_dir)
    if write_manifest is not None:
        write_installed_manifest(found, write_manifest)
        stderr(f"starter manifest written to {write_manifest}")
    is_json = fmt is TextOrJson.JSON
    render_fn = render_installed_json if is_json else render_installed_text
    echo_text(render_fn(found), is_json=is_json)
    raise typer.Exit(EXIT_OK)
