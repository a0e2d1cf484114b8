"""Command line: exit codes, the table mapping errors to them, and writing what commands print."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import NoReturn

import typer

from auditor.errors import AuditorError, InputFileError, UsageError
from auditor.model import AuditResult, Finding, ModelResult, Severity, Verdict
from auditor.report.formats import ReportFormat

EXIT_OK = 0
EXIT_BLOCKED = 1
EXIT_USAGE = 2
EXIT_INCOMPLETE = 3
EXIT_NEEDS_INPUT = 4

# A run's code is its worst verdict's: error > fail > needs-input > warn = pass.
EXIT_CODES = {
    Verdict.PASS: EXIT_OK,
    Verdict.WARN: EXIT_OK,
    Verdict.NEEDS_INPUT: EXIT_NEEDS_INPUT,
    Verdict.FAIL: EXIT_BLOCKED,
    Verdict.ERROR: EXIT_INCOMPLETE,
}


@contextmanager
def errors(debug: bool) -> Iterator[None]:
    """Map our errors to one clear line and an exit code; tracebacks only with --debug."""
    from auditor.cli.progress import silence_client_bars
    from auditor.sources.redact import install_log_redaction

    silence_client_bars()
    install_log_redaction()
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, stream=sys.stderr)
    try:
        yield
    except InputFileError as err:
        for line in err.lines():
            stderr(f"error: {line}")
        raise typer.Exit(EXIT_USAGE) from None
    except UsageError as err:
        stderr(f"error: {err}")
        raise typer.Exit(EXIT_USAGE) from None
    except AuditorError as err:
        if debug:
            _traceback()
        stderr(f"error: {err}")
        raise typer.Exit(EXIT_INCOMPLETE) from None
    except (typer.Exit, KeyboardInterrupt):
        raise
    except Exception as err:
        if debug:
            _traceback()
        stderr(f"error: unexpected {type(err).__name__}: {err}")
        if not debug:
            stderr("tip: run again with --debug for the traceback, and report it as a bug")
        raise typer.Exit(EXIT_INCOMPLETE) from None


def _traceback() -> None:
    """The current traceback on stderr (--debug), with credentials and controls made inert:
    chained HTTP errors may quote a URL with its userinfo."""
    import traceback

    from auditor.report.sanitize import sanitize_text
    from auditor.sources.redact import redact

    typer.echo(sanitize_text(redact(traceback.format_exc())), err=True, nl=False)


def emit(
    result: AuditResult, fmt: ReportFormat, output: Path | None, inputs: Iterable[Path] = ()
) -> NoReturn:
    """Write the report (the file only after the audit succeeded); exit with the verdict's code.

    `inputs` are the files the run read: the output may not replace one of them. The
    verdicts are recomputed from the findings (a saved or recorded result may have been
    edited): the exit code is never better than what the findings say.
    """
    from auditor.cli.summary import final_line

    result = rejudged(result)
    if output is not None:
        from auditor.fileio.atomic import write_text_atomic

        write_text_atomic(output, _render(result, fmt), inputs=inputs)
        stderr(final_line(result, output))  # the last line: the verdict, and where it went
    elif fmt is ReportFormat.TEXT:
        from auditor.report.render import render_text

        terminal = sys.stdout.isatty()
        typer.echo(render_text(result, color=terminal), nl=False)
        if terminal:
            stderr(final_line(result, None))
    else:  # a machine format on stdout: nothing added (`2>&1 | jq` must still parse)
        typer.echo(_render(result, fmt), nl=False)
    raise typer.Exit(EXIT_CODES[result.verdict])


_WORST_FIRST = (Verdict.ERROR, Verdict.FAIL, Verdict.NEEDS_INPUT, Verdict.WARN, Verdict.PASS)


def findings_verdict(findings: Iterable[Finding]) -> Verdict:
    """fail on any unwaived decided block, needs-input when every unwaived block waits for a
    deployment fact, warn on any unwaived warn, else pass.

    The rule of `policy.judge.model_verdict` (a test holds them equal), restated here: the
    judge imports the knowledge base, which rendering a saved result never loads.
    """
    active = [f for f in findings if not f.waived]
    blocks = [f for f in active if f.severity is Severity.BLOCK]
    if any(not f.needs_input for f in blocks):
        return Verdict.FAIL
    if blocks:
        return Verdict.NEEDS_INPUT
    return Verdict.WARN if any(f.severity is Severity.WARN for f in active) else Verdict.PASS


def _worst(verdicts: Iterable[Verdict]) -> Verdict:
    seen = set(verdicts)
    return next((v for v in _WORST_FIRST if v in seen), Verdict.PASS)


def rejudged(result: AuditResult) -> AuditResult:
    """`result` with each model's verdict, and the overall one, no better than its findings.

    A model that could not be audited stays `error`; otherwise the worse of the verdict
    stated and the one its unwaived findings give.
    """
    from dataclasses import replace

    models = [rejudged_model(model) for model in result.models]
    verdicts = [result.verdict, *(m.verdict for m in models)]
    if result.findings:
        verdicts.append(findings_verdict(result.findings))
    verdict = _worst(verdicts)
    unchanged = all(a is b for a, b in zip(models, result.models, strict=True))
    if verdict is result.verdict and unchanged:
        return result
    return replace(result, models=tuple(models), verdict=verdict)


def rejudged_model(model: ModelResult) -> ModelResult:
    """`model` with a verdict no better than its unwaived findings (`error` stays)."""
    from dataclasses import replace

    verdict = _worst([model.verdict, findings_verdict(model.findings)])
    return model if verdict is model.verdict else replace(model, verdict=verdict)


Sink = Callable[[ModelResult], None]


def emit_streamed(
    run: Callable[[Sink], AuditResult],
    output: Path | None,
    inputs: Iterable[Path] = (),
    fmt: ReportFormat = ReportFormat.JSONL,
) -> NoReturn:
    """A report written as the run goes (STREAMED_FORMATS): `run` hands each model over as it
    is judged. JSON lines: the model's line is written then, the run's line last; on stdout
    each line shows at once. SARIF and JSON: the models (SARIF: their results) are spooled to
    a temporary file and the document is written when the run ends (its rules, or its
    verdict and findings, come first), so memory never holds every result. A file takes its
    name only when the run has ended (nothing the user had is replaced by half a report).
    The last line on stderr and the exit code are `emit`'s."""
    from collections import Counter
    from dataclasses import replace

    from auditor.cli.summary import final_line

    counts: Counter[Verdict] = Counter()

    def report(write: Callable[[str], None]) -> AuditResult:
        if fmt is ReportFormat.SARIF:
            from auditor.report.sanitize import sanitize_json
            from auditor.report.sarif_stream import SarifStream

            with SarifStream() as stream:
                result = finished(stream.add)
                # what `render` does to the whole log, a piece at a time (a character at a
                # time: the same text)
                stream.write(result, lambda piece: write(sanitize_json(piece)))
            return result
        if fmt is ReportFormat.JSON:
            from auditor.report.json_stream import JsonStream
            from auditor.report.sanitize import sanitize_json

            with JsonStream() as document:
                result = finished(document.add)
                document.write(result, lambda piece: write(sanitize_json(piece)))
            return result
        from auditor.report.jsonl import model_line, run_line

        result = finished(lambda model: write(model_line(model)))
        write(run_line(result, counts))
        return result

    def finished(take: Callable[[ModelResult], None]) -> AuditResult:
        def sink(model: ModelResult) -> None:
            model = rejudged_model(model)
            counts[model.verdict] += 1
            take(model)

        result = run(sink)
        verdicts = [result.verdict, *(v for v, n in counts.items() if n)]
        if result.findings:
            verdicts.append(findings_verdict(result.findings))
        return replace(result, verdict=_worst(verdicts))

    if output is None:
        result = report(partial(typer.echo, nl=False))
    else:
        from auditor.fileio.atomic import atomic_text_file

        with atomic_text_file(output, inputs=inputs) as write:
            result = report(write)
        stderr(final_line(result, output, counts=counts))
    raise typer.Exit(EXIT_CODES[result.verdict])


def _render(result: AuditResult, fmt: ReportFormat) -> str:
    from auditor.report.render import render

    return render(result, fmt)


def write_pieces(
    pieces: Iterable[str], output: Path | None, inputs: Iterable[Path] = (), *, is_json: bool
) -> None:
    """`write` for output made a piece at a time: each piece printed as it comes, or the file
    written through a temporary renamed at the end (an error on the way leaves what was at
    `output` as it was)."""
    from auditor.report.sanitize import sanitize_json, sanitize_text

    inert = sanitize_json if is_json else sanitize_text
    if output is None:
        for piece in pieces:
            typer.echo(inert(piece), nl=False)
        return
    from auditor.fileio.atomic import atomic_text_file

    with atomic_text_file(output, inputs=inputs) as put:
        for piece in pieces:
            put(inert(piece))
    stderr(f"written to {output}")


def write(
    text: str,
    output: Path | None,
    inputs: Iterable[Path] = (),
    *,
    is_json: bool = False,
    quiet: bool = False,
) -> None:
    """Print `text`, or write it atomically to `output` and say so on stderr (unless `quiet`:
    the caller says it in its own last line); untrusted strings in it are shown, never obeyed
    (JSON keeps the same data, escaped)."""
    from auditor.report.sanitize import sanitize_json, sanitize_text

    text = sanitize_json(text) if is_json else sanitize_text(text)
    if output is None:
        typer.echo(text, nl=False)
        return
    from auditor.fileio.atomic import write_text_atomic

    write_text_atomic(output, text, inputs=inputs)
    if not quiet:
        stderr(f"written to {output}")


def check_output(output: Path | None, inputs: Iterable[Path] = ()) -> None:
    """Refuse a bad --output before the audit runs (it is checked again when written)."""
    if output is not None:
        from auditor.fileio.atomic import check_output_path

        check_output_path(output, inputs)


def run_inputs(
    output: Path | None,
    *,
    files: Iterable[Path | None] = (),
    targets: Iterable[str] = (),
    base_dir: Path | None = None,
    policy: str | None = None,
) -> list[Path]:
    """The files a run reads that its --output must never replace.

    `files` are given by path (manifest, lockfile, saved result); `policy` counts when it
    names a file; a local target counts as its file, and for a model folder as the card,
    license-like and GGUF files in it, when the output points at one of them.
    """
    if output is None:
        return []
    found = [path for path in files if path is not None]
    if policy is not None and Path(policy).is_file():
        found.extend(_policy_files(Path(policy)))
    for text in targets:
        raw = text.strip()
        if not raw or raw.startswith(("hf:", "api:")):
            continue
        path = Path(raw).expanduser()
        if base_dir is not None and not path.is_absolute():
            path = base_dir / path
        try:
            if path.is_file():
                found.append(path)
            elif path.is_dir() and _is_model_file(output, path):
                found.append(output)
        except (OSError, ValueError):
            continue
    return found


def _policy_files(path: Path) -> list[Path]:
    """A policy file and the files it `extends`, all the way up (bundled presets included)."""
    from auditor.errors import AuditorError
    from auditor.policy.load import load_policy

    found: list[Path] = []
    waiting = [path]
    while waiting and len(found) < 100:
        current = waiting.pop()
        found.append(current)
        try:
            parents = load_policy(str(current)).extends
        except (AuditorError, OSError, ValueError):
            continue  # the audit reports a bad policy itself
        waiting.extend(Path(p) for p in parents if Path(p).is_file() and Path(p) not in found)
    return found


def _is_model_file(output: Path, folder: Path) -> bool:
    """Whether `output` names, inside a model folder, a file the folder's audit reads."""
    from auditor.sources.base import is_license_like

    try:
        rel = output.resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return False
    name = rel.rsplit("/", 1)[-1].lower()
    return name == "readme.md" or name.endswith(".gguf") or is_license_like(rel)


def stderr(text: str) -> None:
    """One line on stderr: credentials and control characters never reach the terminal."""
    from auditor.report.sanitize import sanitize_line
    from auditor.sources.redact import redact

    typer.echo(sanitize_line(redact(text)), err=True)


def echo_text(text: str, *, is_json: bool = False) -> None:
    """Text on stdout, untrusted strings in it shown rather than obeyed."""
    write(text, None, is_json=is_json)
