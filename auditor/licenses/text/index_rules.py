"""Finds a changed rule in a text the ScanCode index matched without being exact.

A step of text identification (`identify`), the index's counterpart of `differences`: the index
keeps no sentences, only a sample of each key's shingles (those whose hash the key's modulus
divides), so a rule sentence of the text (`differences.is_rule`) with a sampled-class shingle
the key lacks has words the key does not have: the match is text-modified and the sentence a
quoted difference, whatever the score. Keys sampled at modulus 1 (most short licenses) are
checked exactly; a sparser sample finds a one-word change with a probability that grows with
the sample's density (1 - (1 - 1/modulus) ** 5 for one changed word: a limit of the sample).
"""

from __future__ import annotations

from dataclasses import replace

from auditor.licenses.text.differences import is_rule, only_names_changed
from auditor.licenses.text.fingerprint import SHINGLE_SIZE, shingle_hashes
from auditor.licenses.text.prose import Sentence, split_sentences
from auditor.licenses.text.reference_index import ReferenceIndex, load_reference_index
from auditor.licenses.text.reference_lookup import IndexMatch


def changed_rules_in_index(
    text: str, found: IndexMatch, index: ReferenceIndex | None, cap: float
) -> tuple[IndexMatch, tuple[Sentence, ...]]:
    """The match (text-modified, confidence at most `cap`, when a rule changed) and the rule
    sentences the key lacks; an exact or already modified match is returned as it is."""
    if found.exact or found.match.method != "text-similar":
        return found, ()
    index = load_reference_index() if index is None else index
    position = index.by_key.get(found.reference.key)
    if position is None:
        return found, ()
    known = {index.hashes[slot] for slot in index.sample(position)}
    modulus = found.reference.modulus
    changed = []
    for sentence in split_sentences(text):
        if len(sentence.words) < SHINGLE_SIZE or not is_rule(sentence):
            continue  # a shorter sentence has no shingle the sample could hold
        present = [h % modulus != 0 or h in known for h in shingle_hashes(sentence.words)]
        if not all(present) and not only_names_changed(sentence, present):
            changed.append(sentence)
    if not changed:
        return found, ()
    confidence = min(found.match.confidence, cap)
    match = replace(found.match, method="text-modified", confidence=confidence)
    return replace(found, match=match), tuple(changed)
