"""Territorial clauses in other languages that cover a license's multimodal models only, for
`terms.foreign` (the English rules: territorial_exclusions/multimodal-only and
territorial_exclusions/text-models-exempt in license_db/clause_rules/law.yaml, `terms.law`).

In Italian, Spanish, Portuguese, French and German a clause covers the multimodal models only
when it names them ("per i soli modelli multimodali", "los modelos multimodales", "modelli che
elaborano immagini"), or when it, or one of the two passages after it, leaves the text-only
models out ("l'esclusione non si applica ai modelli solo testo", "os modelos apenas de texto não
são afetados", "ne s'applique pas aux modèles uniquement textuels", "reine Textmodelle sind
davon ausgenommen"). Such a passage leaving text-only models out states nothing more: it is
read, and its clause keeps `models: multimodal` (judged with the model's modality). Dutch,
Swedish, Danish, Norwegian, Finnish and Hungarian are read so too ("de multimodale modellene",
"Punkt 3.1 gjelder ikke tekstmodellene", "monimodaaliset mallit", "a csak szöveget fogadó
modellekre nem vonatkozik").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_hausa_s37s import hausa_multimodal
from auditor.licenses.terms.foreign_models_asia import multimodal_asia
from auditor.licenses.terms.foreign_models_europe import multimodal_europe
from auditor.licenses.terms.foreign_models_south_asia import named_multimodal
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.terms.foreign_zh_models import zh_multimodal_only
from auditor.licenses.text.language import Passage

_FLAGS = re.IGNORECASE
LANGUAGES = frozenset({"it", "es", "pt", "fr", "de", "nl", "sv", "da", "no", "fi", "hu"})

_MEDIA = (
    r"(?:immagin[ei]|imágen(?:es)?|imagens?|images?|Bilder\w*|vide[oi]s?|vídeos?|audio|áudio"
    r"|suoni|sonidos?|sons?|Ton\w*)"
)
_MULTIMODAL = lazy_pattern(
    r"\bmulti-?modal\w*|\bmultimodais\b|\bmultimodaux\b|\bmulti-?modaa\w*|\bmonimodaa\w*"
    r"|\bmultimodális\w*"
    # models that take pictures or sound in: "modelli ... che elaborano immagini"
    r"|\b(?:modell[oi]|modelos?|modèles?|Modell\w*)\b(?:\s+[\w'-]+){0,5}?\s+(?:che|que|qui|die)"
    r"\s+(?:[\w'-]+\s+){0,2}?(?:elabor|accett|gestisc|trattan|process|acept|aceit|trait|accept"
    rf"|verarbeit|akzeptier|analiz|analys)\w*\s+(?:[\w'-]+\s+){{0,2}}?{_MEDIA}"
    r"|\b(?:modell[oi]|modelos?|modèles?)\s+(?:di|de)\s+vis(?:ione|ión|ão|ion)\b"
    r"|\b(?:Bild|Vision)(?:verarbeitungs)?-?[Mm]odell\w*",
    _FLAGS,
)
_TEXT_ONLY = lazy_pattern(
    r"\b(?:solo|soltanto|solamente|unicamente|únicamente|apenas|somente|só|seulement|uniquement"
    r"|purement|puramente|nur|rein)\s+(?:di\s+|de\s+|en\s+)?(?:testo|texto|texte|Text|testuali"
    r"|textuales|textuais|textuels)\b|\b(?:testo|texto|texte)\s+(?:solo|soltanto|apenas|seul)\b"
    r"|\b(?:reine?[nrs]?\s+)?Textmodell\w*|\bNur-Text\w*|\bmodel\w*\s+(?:testuali|textuales"
    r"|textuais|textuels)\b"
    # nl, sv, da, no, fi, hu: the text models, or models of text only
    r"|\b(?:rene\s+|rena\s+)?te(?:ks|x)t(?:i)?mo(?:dell|del|delle)\w*|\btekstimalle\w*|\btekstimalli\w*"
    r"|\b(?:alleen|enkel|endast|bara|kun|bare|vain|pelkkä\w*|csak)\s+(?:tekst\w*|text\w*|szöveg\w*)"
    r"|\bszöveg(?:es|alapú)?\s+modell\w*",
    _FLAGS,
)
# the clause does not apply to them, or they are exempt from it
_LIFTED = lazy_pattern(
    r"\bnon\s+si\s+applica|\bnon\s+(?:riguarda|vale|interessa|tocca)|\b(?:è|sono)\s+esent\w*"
    r"|\bno\s+se\s+aplica|\bno\s+(?:afecta|alcanza|comprende)|\b(?:está|están|quedan)\s+exent\w*"
    r"|\bnão\s+se\s+aplica|\bnão\s+(?:afeta|abrange|atinge)|\bnão\s+(?:é|são)\s+afetad\w*"
    r"|\b(?:está|estão|ficam)\s+isent\w*|\bne\s+s'applique\s+pas|\bn'affecte\s+pas"
    r"|\bne\s+(?:concerne|vise|touche)\s+pas|\b(?:est|sont)\s+exempt\w*"
    r"|\bgilt\s+nicht|\bbetrifft\s+(?:\w+\s+)?nicht|\bnicht\s+betroffen|\bausgenommen"
    r"|\bgeldt\s+niet|\bniet\s+van\s+toepassing|\buitgezonderd|\bgäller\s+inte|\bomfattas\s+inte"
    r"|\bundantag\w*|\bgælder\s+ikke|\bgjelder\s+ikke|\bomfattes\s+ikke|\bundtaget|\bunntatt"
    r"|\bei\s+(?:koske|sovelleta)|\bnem\s+(?:vonatkozik|érinti)|\bkivételt\s+képez\w*",
    _FLAGS,
)
_REACH = 2  # a passage leaving text-only models out may follow its clause by this many


def leaves_text_models_out(text: str) -> bool:
    """Whether a passage says a clause does not apply to the text-only models."""
    return any(
        _TEXT_ONLY.search(sentence) and _LIFTED.search(sentence)
        for sentence in re.split(r"[.;!?]\s", text)
    )


def _only_lifts(text: str) -> bool:
    """Whether a passage says nothing but that a clause leaves the text-only models out (a
    passage holding the clause too, "3.1 ... må ikke tas i bruk i EU. 3.2 Punkt 3.1 gjelder ikke
    tekstmodellene", is the clause's own and read for it)."""
    sentences = [s for s in re.split(r"[.;!?]\s", text) if len(s.split()) > _CAPTION_WORDS]
    return all(leaves_text_models_out(s) for s in sentences)


_CAPTION_WORDS = 4  # "Punkt 3 Særregel", "3.2": a caption or a number, no clause


def multimodal_only(passages: Sequence[Passage]) -> tuple[set[Passage], set[Passage]]:
    """(passages whose clauses cover multimodal models only, passages that only leave the
    text-only models out of a clause before them)."""
    covered: set[Passage] = named_multimodal(passages)  # id, ms, vi, th, hi: a variant named
    lifting: set[Passage] = set()
    for index, passage in enumerate(passages):
        if passage.language not in LANGUAGES:
            continue
        if _MULTIMODAL.search(passage.text) or leaves_text_models_out(passage.text):
            covered.add(passage)
        if leaves_text_models_out(passage.text) and index > 0 and _only_lifts(passage.text):
            lifting.add(passage)
            covered.update(passages[max(index - _REACH, 0) : index])
    zh_covered, zh_lifting = zh_multimodal_only(passages)  # Chinese: `foreign_zh_models`
    asia_covered, asia_lifting = multimodal_asia(passages)  # ja, ko, ar, fa...: `..._asia`
    europe_covered, europe_lifting = multimodal_europe(passages)  # ca, pl, cs, el, ru...
    ha_covered, ha_lifting = hausa_multimodal(passages)  # Hausa: `foreign_hausa_s37s`
    return (
        covered | zh_covered | asia_covered | europe_covered | ha_covered,
        lifting | zh_lifting | asia_lifting | europe_lifting | ha_lifting,
    )


def for_multimodal(clause: Clause) -> Clause:
    """A territorial clause (a list of regions clauses) kept for multimodal models only."""
    value = clause.value if isinstance(clause.value, list) else []
    scoped = [{**c, "models": "multimodal"} for c in value if isinstance(c, dict)]
    return Clause(clause.key, scoped)
