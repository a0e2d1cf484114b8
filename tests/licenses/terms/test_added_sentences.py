"""Added text never inherits a standard license's permissions (issue 31, deliverable 3).

The README promises that for a standard license "the curated record wins over incidental
phrases, and for a changed or derived one the text wins", and that "an added clause no
detector reads makes commercial use `restricted` (review), never `allowed`". Tested here on
MIT, Apache-2.0, BSD-3-Clause and CC texts (CC-BY-4.0, derived at test time from the corpus'
CC-BY-NC-SA-4.0 by taking out its NonCommercial and ShareAlike passages; and CC-BY-NC-SA-4.0
itself, which must never relax), read from the shared corpus at test time, with sentences of
our own added at the end or in the middle, or put into the grant:

- a sentence that restricts commercial use by its shape (a pointer to the licensor for
  commercial terms, a requirement of permission, a ban on for-profit licensees, an internal
  or non-profit confinement, a ban on paid services) makes commercial use at least
  `restricted`, with the sentence quoted and located as the evidence;
- one the rules read precisely gives the precise term (a user or revenue cap, a
  non-commercial clause);
- a neutral addition (a copyright line changed or added, thanks, a project name, a citation
  request, another organisation's name, Apache's appendix filled in) changes no term.

Sentences are written per shape, several paraphrases each. The `_IN_SAMPLE` ones were used
while writing the shapes (`terms/added_shapes.py`); the `_HELD_OUT` ones were written at the
same time and not run until the shapes were done: their results are the out-of-sample measure.
Measured when written (four texts; in-sample at the end and in the middle, held-out at the
end): in-sample 25/25 sentences right on every text and place (200/200 checks; before this
change 64, with commercial use left `allowed` in 104); held-out, first run, 14 of 17
sentences right on every text (59/68 checks; before: 13/68, `allowed` in 39): "A signed
agreement ... is required" was no shape (a passive requirement, added since and moved to
the in-sample list), "200,000 users per month" is read as a cap of 200,000 `users` rather
than monthly users, and a short sentence without a word of commerce is not counted on the
CC-BY-4.0 text, which is compared through a sample of its shingles only (both xfail below).
Neutral additions: 35/35 keep every term, before and after.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.added_shapes import normalised, restricts
from auditor.licenses.terms.model_terms import terms_for_model
from auditor.licenses.text.identify import identify_text
from auditor.model import Evidence, LicenseFile

_DB = load_license_db()

# shape -> sentences; a shape names what the model's terms must say
_IN_SAMPLE: dict[str, tuple[str, ...]] = {
    "contact": (
        "For commercial use, please contact us.",
        "If you want to use this model commercially, get in touch with the authors first.",
        "Businesses interested in using the weights should contact licensing@example.org.",
        "Commercial licenses are available from sales@example.com.",
    ),
    "permission": (
        "Commercial use requires prior written permission from the authors.",
        "Any commercial use of the model is subject to the licensor's written approval.",
        "Use in a commercial product needs a separate license from Quill Labs.",
        # held out at first and missed ("X is required" was no shape): in sample since
        "A signed agreement with the copyright holder is required for business use.",
    ),
    "for-profit": (
        "This software is not licensed for use by for-profit entities.",
        "For-profit companies are not covered by this permission.",
        "The above permission does not extend to commercial organisations.",
    ),
    "internal": (
        "Internal use only, not as a hosted service.",
        "The model may be run only within your own organisation and must not be offered to "
        "third parties as a service.",
        "You may not provide the Software to others over a network as a hosted service.",
    ),
    "non-profit": (
        "Free for non-profit organisations only.",
        "This license is available solely to charities, universities and other non-profit "
        "institutions.",
        "Only academic and non-profit users may exercise these rights.",
    ),
    "paid-api": (
        "You may not offer the model as a paid API.",
        "Selling access to the model's outputs through a subscription service is prohibited.",
        "You shall not charge fees for any service built on these weights.",
    ),
    "user-cap": (
        "Products with more than 100,000 monthly active users must obtain a separate license.",
        "If your service exceeds 50,000 monthly active users, you need a commercial license "
        "from us.",
    ),
    "revenue-cap": (
        "Companies with annual revenue above USD 10 million must obtain a commercial license.",
        "Organisations earning more than $5 million a year may not use the Software without a "
        "paid license.",
    ),
    "non-commercial": (
        "The Software may be used for non-commercial purposes only.",
        "Commercial use of the model is not permitted.",
    ),
}
_HELD_OUT: dict[str, tuple[str, ...]] = {
    "contact": (
        "Please reach out to our team before any commercial deployment.",
        "Commercial users: email partners@quill.example to discuss terms.",
    ),
    "permission": (
        "You need our explicit consent before using the Software in anything sold to customers.",
    ),
    "for-profit": (
        "No rights are granted to corporations or other profit-making bodies.",
        "This grant excludes companies that operate for profit.",
    ),
    "internal": (
        "Offering the weights through a cloud service to outside users is not permitted.",
        "Deployment is limited to in-house use; serving external customers is excluded.",
    ),
    "non-profit": (
        "Permission is limited to nonprofit and educational bodies.",
        "Restricted to use by registered charities and public research institutes.",
    ),
    "paid-api": (
        "Providing the model to customers in exchange for payment is forbidden.",
        "Monetising the Software through a metered endpoint is not allowed.",
    ),
    "user-cap": ("Deployments serving over 200,000 users per month require a paid license.",),
    "revenue-cap": (
        "Entities whose yearly turnover exceeds 2 million US dollars need a commercial agreement.",
    ),
    "non-commercial": (
        "No commercial use.",
        "You may not use the weights for any commercial purpose.",
    ),
}
_NEUTRAL_IN_SAMPLE = (
    "Thanks to the Teal Lab for their support.",
    "Copyright (c) 2025 Some Lab",
    "Attribution: cite our paper when you use the model.",
    "The Heron project is maintained by the Teal Lab.",
)
_NEUTRAL_HELD_OUT = (
    "We thank our colleagues at Orchid University for helpful discussions.",
    "Model weights prepared by the Finch team, 2024.",
    "Please cite the Kestrel technical report if you find this model useful.",
)
_CAPS = {"user-cap": "user_threshold", "revenue-cap": "revenue_threshold"}

_BASES = ("mit", "apache-2.0", "bsd-3-clause", "cc-by-4.0")
_PLACES = ("end", "middle")

# Held-out sentences read wrong today, per text (strict: the day one is read right, remove
# its line). "*" stands for every text.
_HELD_OUT_MISSES: dict[tuple[str, str], str] = {
    ("Restricted to use by registered charities and public research institutes.", "cc-by-4.0"): (
        "CC-BY-4.0 is compared through the ScanCode index's sample of its shingles: a short "
        "sentence the sample cannot place counts only when it speaks of commerce"
    ),
}


def _cc_by(corpus: Path) -> str:
    """CC-BY-4.0 from the corpus' CC-BY-NC-SA-4.0: its NonCommercial and ShareAlike passages
    taken out (short anchors only: no run of the license's prose is kept here)."""
    text = _read(corpus, "cc-by-nc-sa-4.0").replace(
        "Attribution-NonCommercial-ShareAlike 4.0", "Attribution 4.0"
    )
    cuts = (
        (r"royalties,\s+including\s+when.*?NonCommercial\s+purposes\.", "royalties."),
        (r",\s+for\s+NonCommercial\s+purposes\s+only;", ";"),
        (r"Material\s+for\s+NonCommercial\s+purposes\s+only\.", "Material."),
        (r"database\s+for\s+NonCommercial\s+purposes\s+only;", "database;"),
        (r",\s+including\s+for\s+purposes\s+of\s+Section\s+3\(b\);", ";"),
    )
    for pattern, new in cuts:
        text, count = re.subn(pattern, new, text, count=1, flags=re.S)
        assert count == 1, pattern
    dropped = (
        "BY-NC-SA Compatible License means",
        "License Elements means",
        "NonCommercial means not",
        "Additional offer from the Licensor",
        "b. ShareAlike.",
        "the following conditions also apply",
        "must be a Creative Commons",
        "You must include the text of",
        "Adapted Material that restrict",
    )
    paragraphs = re.split(r"\n\s*\n", text)
    kept = [p for p in paragraphs if not any(d in " ".join(p.split()) for d in dropped)]
    assert len(paragraphs) - len(kept) == len(dropped)
    return "\n\n".join(kept) + "\n"


_FILES = {"bsd-3-clause": "salesforce-blip-bsd-3-clause"}
_IDS = {"mit": "MIT", "apache-2.0": "Apache-2.0", "bsd-3-clause": "BSD-3-Clause"}
_IDS.update({"cc-by-4.0": "CC-BY-4.0", "cc-by-nc-sa-4.0": "CC-BY-NC-SA-4.0"})


def _read(corpus: Path, stem: str) -> str:
    return (corpus / "licenses" / f"{_FILES.get(stem, stem)}.txt").read_text(encoding="utf-8")


def _base(corpus: Path, stem: str) -> str:
    return _cc_by(corpus) if stem == "cc-by-4.0" else _read(corpus, stem)


def _with_sentence(text: str, sentence: str, place: str) -> str:
    paragraphs = re.split(r"\n\s*\n", text.strip())
    where = len(paragraphs) if place == "end" else len(paragraphs) // 2
    paragraphs.insert(where, sentence)
    return "\n\n".join(paragraphs) + "\n"


def _terms(text: str) -> tuple[dict[str, object], dict[str, tuple[Evidence, ...]]]:
    identity = identify_text(text, db=_DB)
    file = LicenseFile(path="LICENSE", sha256=None, size=len(text), text=text, origin="LICENSE")
    model = terms_for_model([(file, identity)], identity.match, _DB)
    return dict(model.values), dict(model.evidence)


def _line_of(text: str, sentence: str) -> int:
    head = sentence[:30]
    return next(n for n, line in enumerate(text.splitlines(), 1) if head in line)


def _check(text: str, shape: str, sentence: str) -> None:
    """What the terms of `text` (a standard license with `sentence` added) must say."""
    values, evidence = _terms(text)
    assert values["commercial_use"] in ("restricted", "prohibited"), (values, sentence)
    if shape == "non-commercial":
        assert values["commercial_use"] == "prohibited", sentence
    key = _CAPS.get(shape, "commercial_use")
    if key != "commercial_use":
        cap = values[key]
        assert isinstance(cap, dict), (key, values)
        assert cap.get("unit", cap.get("measure")) in ("mau", "revenue", "turnover"), cap
    # the change is quoted and located
    quotes = [e for e in evidence.get(key, ()) if sentence[:30] in " ".join(e.text.split())]
    assert quotes, (key, evidence.get(key), sentence)
    assert quotes[0].line == _line_of(text, sentence), (quotes[0], sentence)


def _cases(sets: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    return [(shape, sentence) for shape, sentences in sets.items() for sentence in sentences]


@pytest.mark.parametrize("base", _BASES)
@pytest.mark.parametrize("place", _PLACES)
@pytest.mark.parametrize(("shape", "sentence"), _cases(_IN_SAMPLE))
def test_an_added_restriction_is_read_or_fails_closed(
    corpus: Path, base: str, place: str, shape: str, sentence: str
) -> None:
    _check(_with_sentence(_base(corpus, base), sentence, place), shape, sentence)


def _held_out_params() -> list[object]:
    params: list[object] = []
    for shape, sentence in _cases(_HELD_OUT):
        for base in _BASES:
            reason = _HELD_OUT_MISSES.get((sentence, base)) or _HELD_OUT_MISSES.get((sentence, "*"))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            name = f"{sentence[:40]}-{base}"
            params.append(pytest.param(base, shape, sentence, marks=marks, id=name))
    return params


@pytest.mark.parametrize(("base", "shape", "sentence"), _held_out_params())
def test_held_out_restrictions(corpus: Path, base: str, shape: str, sentence: str) -> None:
    _check(_with_sentence(_base(corpus, base), sentence, "end"), shape, sentence)


@pytest.mark.parametrize("base", [*_BASES, "cc-by-nc-sa-4.0"])
@pytest.mark.parametrize("sentence", [*_NEUTRAL_IN_SAMPLE, *_NEUTRAL_HELD_OUT])
def test_a_neutral_addition_changes_no_term(corpus: Path, base: str, sentence: str) -> None:
    text = _base(corpus, base)
    assert _terms(_with_sentence(text, sentence, "end"))[0] == _terms(text)[0]


def _edits() -> dict[str, Callable[[str], str]]:
    def appendix(text: str) -> str:
        return text.replace("[yyyy] [name of copyright owner]", "2024 Teal Labs GmbH")

    def organisation(text: str) -> str:
        return text.replace("Salesforce.com", "Orchid Research Institute")

    def holder(text: str) -> str:
        return re.sub(r"Copyright \(c\) [^\n]+", "Copyright (c) 2025 Heron Team", text, count=1)

    def second_line(text: str) -> str:
        first, rest = text.split("\n", 1)
        return f"{first}\nCopyright (c) 2025 Some Lab\n{rest}"

    return {
        "apache-2.0:appendix": appendix,
        "bsd-3-clause:organisation": organisation,
        "mit:holder": holder,
        "mit:second-copyright-line": second_line,
        "bsd-3-clause:holder": holder,
    }


@pytest.mark.parametrize("edit", list(_edits()))
def test_a_changed_name_or_year_changes_no_term(corpus: Path, edit: str) -> None:
    base = edit.split(":")[0]
    text = _base(corpus, base)
    changed = _edits()[edit](text)
    assert changed != text
    values = _terms(changed)[0]
    assert values == _terms(text)[0]
    assert values["commercial_use"] == "allowed"


_GRANT_CHANGES = {
    # the grant's own words, with a confinement put in (kept short: our words only)
    "mit": (
        "to use, copy, modify",
        "to use internally only (never as a paid service), copy, modify",
    ),
    "bsd-3-clause": (
        "Redistribution and use in source",
        "Redistribution and use by non-profit institutions only in source",
    ),
    "apache-2.0": (
        "hereby grants to You a perpetual",
        "hereby grants to You, for use inside your own organisation only, a perpetual",
    ),
}


@pytest.mark.parametrize("base", list(_GRANT_CHANGES))
def test_a_confinement_put_into_the_grant_is_never_allowed(corpus: Path, base: str) -> None:
    old, new = _GRANT_CHANGES[base]
    text = _base(corpus, base)
    assert old in text
    changed = text.replace(old, new, 1)
    values, evidence = _terms(changed)
    assert values["commercial_use"] in ("restricted", "prohibited"), values
    quoted = " ".join(e.text for e in evidence["commercial_use"])
    assert "only" in quoted, quoted  # the changed grant is the evidence


@pytest.mark.parametrize("base", _BASES)
def test_the_unmodified_text_keeps_the_records_terms(corpus: Path, base: str) -> None:
    values, _ = _terms(_base(corpus, base))
    assert values["commercial_use"] == "allowed"
    identity = identify_text(_base(corpus, base), db=_DB)
    assert identity.match is not None and identity.match.id == _IDS[base]
    assert identity.match.method in ("text-exact", "text-similar")


@pytest.mark.parametrize(("shape", "sentence"), _cases(_IN_SAMPLE))
def test_an_nc_text_never_relaxes(corpus: Path, shape: str, sentence: str) -> None:
    # CC-BY-NC-SA-4.0 prohibits commercial use; no sentence added to it makes it allowed
    values, _ = _terms(_with_sentence(_read(corpus, "cc-by-nc-sa-4.0"), sentence, "end"))
    assert values["commercial_use"] == "prohibited"
    if shape in _CAPS:
        assert isinstance(values[_CAPS[shape]], dict), values


@pytest.mark.parametrize(
    "sentence",
    [
        # clauses many real copies add or change that restrict no use (measured on ScanCode's
        # variant texts of MIT, BSD, ISC, Apache and CC-BY-4.0; our own wording here)
        "Should you not accept these terms, do not install or run the files.",
        "The name of the Heron Group may not be used to promote derived products without "
        "written consent.",
        "In no case shall the authors be liable for lost profits or business interruption.",
        "You only need to keep this notice with every copy.",
        "The Heron project is not affiliated with any other vendor.",
    ],
)
def test_shapes_that_restrict_no_use(sentence: str) -> None:
    assert not restricts(normalised(sentence).split()), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The authors are not liable for anything, and the model may not be used commercially.",
        "Research only.",
        "A license is required for hosted use.",
    ],
)
def test_shapes_that_restrict(sentence: str) -> None:
    assert restricts(normalised(sentence).split()), sentence


def test_only_a_changed_word_makes_a_license_sentence_restrict() -> None:
    # "provided that" and "without ... permission" are the license's own words: a change
    # elsewhere in the sentence (a name, a deleted word) is no restriction; a changed word
    # inside the shape is
    words = normalised("use is permitted provided that this notice appears in all copies").split()
    assert not restricts(words, frozenset({0}))
    assert restricts(words, frozenset({words.index("provided")}))
