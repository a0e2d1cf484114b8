"""Digests of identify_text's answers, one per text, to hold a speed-up to the code before it.

    python bench/identify_digests.py --out digests.json [--scancode FOLDER]

Texts: the corpus licenses, the adversarial variants generated from them
(`bench/measure/adversarial.py`) and, with --scancode, ScanCode's license texts. Each digest
is the SHA-256 of the answer's fields (match id, name, method, confidence, derived_from,
differences, near misses, title, missing); only hashes are written, never text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.licenses.text.identify import TextIdentification, identify_text  # noqa: E402
from bench.measure.adversarial import generate_variants  # noqa: E402
from bench.measure.corpus import load_corpus  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "licenses"


def answer_digest(found: TextIdentification) -> str:
    """SHA-256 of every field of the answer the harness holds equal."""
    match = found.match
    fields = [
        None
        if match is None
        else [match.id, match.name, match.method, match.confidence, match.derived_from],
        list(found.differences),
        [[n.record_id, n.score] for n in found.near_misses],
        found.title,
        found.missing,
    ]
    return hashlib.sha256(json.dumps(fields, default=str).encode()).hexdigest()


def texts(corpus_folder: Path, scancode: Path | None) -> dict[str, str]:
    """Every text the harness identifies, by a stable name."""
    corpus = load_corpus(corpus_folder)
    out: dict[str, str] = {}
    if corpus is not None:
        out.update({f"corpus/{stem}": text for stem, text in corpus.texts.items()})
        out.update({f"variant/{v.name}": v.text for v in generate_variants(corpus)})
    if scancode is not None:
        for path in sorted(scancode.glob("*.LICENSE")):
            out[f"scancode/{path.name}"] = path.read_text("utf-8", errors="replace")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--scancode", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    digests = {
        name: answer_digest(identify_text(text))
        for name, text in texts(args.corpus, args.scancode).items()
    }
    args.out.write_text(json.dumps(digests, indent=0, sort_keys=True) + "\n", "utf-8")
    print(f"{len(digests)} digests -> {args.out}")


if __name__ == "__main__":
    main()
