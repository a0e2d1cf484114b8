"""Passages of the European languages rewritten before they are read, for `terms.foreign`
(session 37), as `foreign_zh_grant_words.with_questions` does for Chinese:

- a licence written as questions and answers: a question alone states nothing (its answer
  does), so it is left out; an answer of "yes" is read by what follows the yes ("Oui, à
  condition de joindre le présent texte"); a bare yes that is the whole answer as the
  question's own words, asking particle taken off ("Ist die militärische Nutzung verboten?
  Ja." reads "die militärische Nutzung verboten": a ban, never lost), one the answer goes on
  after as nothing (its next sentence says it); an answer of "only ..." is read with its
  question before it ("Vai
  komerciāla izmantošana ir atļauta? Tikai ar atsevišķu licenci ..." -> "komerciāla izmantošana
  ir atļauta tikai ar atsevišķu licenci ..."), the asking particle taken off; an answer of "no"
  to a question about a duty (must I, need I, is it required) states no duty and is left out;
  an answer of "no" to any other question is kept with its question and never read as what
  the question asks (`denied`: reported unread); the answer to a question asking which or
  what is read after it ("Quel droit s'applique le droit français"; a definition after a
  colon, "Kas ir komerciāla izmantošana: ..."); any other answer is
  read on its own;
- a table whose header names the measure of a cap (turnover, users) and whose rows give the
  figure with a word of comparison: each row read with the header's measure in front
  ("| over 75.000.000 kr. | kun med en særskilt licens |" under "| Licenstagerens årlige
  omsætning | Vilkår |" -> "Licenstagerens årlige omsætning over 75.000.000 kr.: kun med ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.language import Passage

__all__ = ["with_answers", "with_table_measures"]

_FLAGS = re.IGNORECASE
_EUROPEAN = frozenset(
    (
        "de", "fr", "es", "pt", "it", "ca", "gl", "nl", "pl", "cs", "sk", "sl", "hr", "sr", "bs",
        "mk", "bg", "ru", "uk", "be", "lv", "lt", "et", "fi", "sv", "da", "no", "nb", "nn", "is",
        "hu", "ro", "el", "mt", "ga", "cy", "eu", "sq", "lb",
    )
)  # fmt: skip
_LABEL_Q = lazy_pattern(
    r"^\W*(?:Q|F|P|D|В|П|K|Kysymys|Frage|Question|Pregunta|Pergunta|Domanda|Vraag|Pytanie"
    r"|Otázka|Вопрос|Питання|Jautājums|Klausimas|Küsimus|Fråga|Spørgsmål|Spørsmål|Kérdés"
    r"|Întrebare)\s*[.:)]\s*",
    _FLAGS,
)
_LABEL_A = lazy_pattern(
    r"^\W*(?:R|A|V|О|В|Svar|Antwort|Réponse|Respuesta|Resposta|Risposta|Antwoord|Odpowiedź"
    r"|Odpověď|Ответ|Відповідь|Atbilde|Atsakymas|Vastus|Vastaus|Válasz|Răspuns)\s*[.:)]\s*",
    _FLAGS,
)
_YES = (
    r"oui|ja|jā|jah|taip|sí|si|sim|sì|tak|так|да|ano|áno|igen|kyllä|joo|da|yes|já|ναι|iva|bai|jes"
)
_NO = r"non|nein|nē|ei|ne|no|não|nie|нет|ні|не|nem|nej|nei|όχι"
_YES_FIRST = lazy_pattern(rf"^\W*(?:{_YES})(?!\w)\W*", _FLAGS)
_NO_FIRST = lazy_pattern(rf"^\W*(?:{_NO})(?!\w)\W*", _FLAGS)
# "only": the answer narrows what the question asks
_ONLY_FIRST = lazy_pattern(
    r"^\W*(?:tikai|tik|ainult|vaid|nur|seulement|uniquement|solo|sólo|solamente|únicamente|só"
    r"|apenas|somente|soltanto|solamente|unicamente|alleen|uitsluitend|tylko|wyłącznie|jen|pouze"
    r"|iba|len|samo|само|только|лишь|исключительно|тільки|лише|виключно|csak|kizárólag|vain"
    r"|ainoastaan|endast|bara|kun|bare|doar|numai|μόνο|biss|biss|ausschließlich)(?!\w)",
    _FLAGS,
)
# a question about a duty of the licensee: must I, need I, is it required
_DUTY_ASKED = lazy_pattern(
    r"\b(?:dois-je|devons-nous|faut-il|est-il\s+nécessaire|muss\s+ich|müssen\s+wir|brauche\s+ich"
    r"|ist\s+es\s+(?:nötig|erforderlich)|debo|tengo\s+que|hay\s+que|es\s+necesario|devo|tenho\s+de"
    r"|tenho\s+que|é\s+necessário|preciso|devo|bisogna|è\s+necessario|moet\s+ik|moeten\s+we|is\s+het"
    r"\s+nodig|czy\s+muszę|czy\s+trzeba|czy\s+należy|musím|je\s+nutné|должен\s+ли|нужно\s+ли"
    r"|необходимо\s+ли|чи\s+повинен|чи\s+потрібно|vai\s+man\s+(?:ir\s+)?jā\w*|vai\s+(?:ir\s+)?jā\w*"
    r"|vai\s+nepieciešams|måste\s+jag|behöver\s+jag|skal\s+jeg|må\s+jeg|behøver\s+jeg|trenger\s+jeg"
    r"|täytyykö|pitääkö|tarvitseeko|kell|trebuie\s+să)\b"
    # or about a limit, a restriction or a fee: "no" is none
    r"|\b(?:obmedzen\w*|omezen\w*|ograniczen\w*|Einschränkung\w*|Beschränkung\w*|limit\w*"
    r"|restricti\w*|restriccion\w*|restriç\w*|limitazion\w*|beperking\w*|begränsning\w*"
    r"|begrænsning\w*|begrensning\w*|rajoitu\w*|korlátoz\w*|ограничен\w*|обмежен\w*"
    r"|ierobežojum\w*|apribojim\w*|piirang\w*|Gebühr\w*|redevance\w*|poplat\w*|opłat\w*"
    r"|frais|tarifa\w*|taxa\w*|maksu\w*|avgift\w*|gebyr\w*)",
    _FLAGS,
)
# the asking particle opening a question ("Vai", "Czy", "Ar", "Est-ce que", "Je li")
_PARTICLE = lazy_pattern(
    r"^\W*(?:vai|czy|ar|kas|est-ce\s+qu['’]?e?|je\s+li|da\s+li|дали|чи|ли)\s+", _FLAGS
)
_MAX_GAP = 2  # lines between a question and its answer


_WH = lazy_pattern(
    r"^\W*(?:quel\w*|que|qu['’]|quoi|comment|welche\w*|was|wie|qué|cuál\w*|cómo|qual|quali|quale"
    r"|che|come|welk\w*|wat|hoe|jaki\w*|jak|jaký\w*|jaké|какой|какое|какие|какого|что|как|який"
    r"|яке|які|що|kāds|kādas|kāda|kā|vilken|vilket|vilka|vad|hur|hvilken|hvilket|hvad|hvordan"
    r"|mikä|mitkä|miten|milyen|mit|hogyan"
    # "what is ...": lv, lt (not Estonian "kas", which asks yes or no), pl, cs, sk, sl, hr, sr,
    # bg, et, ro, el
    r"|kas\s+(?:ir|yra)|czym\s+jest|co\s+(?:je|jest|to\s+jest)|čo\s+je|kaj\s+je|što\s+je"
    r"|šta\s+je|какво\s+е|шта\s+је|што\s+е|mis\s+on|ce\s+(?:este|înseamnă)"
    r"|τι\s+(?:είναι|σημαίνει))(?!\w)",
    _FLAGS,
)


_WHAT_IS = lazy_pattern(
    r"^\W*(?:kas\s+(?:ir|yra)|czym\s+jest|co\s+(?:je|jest|to\s+jest)|čo\s+je|kaj\s+je|što\s+je"
    r"|šta\s+je|какво\s+е|шта\s+је|што\s+е|mis\s+on|ce\s+(?:este|înseamnă)|τι\s+(?:είναι|σημαίνει)"
    r"|qu['’]est-ce\s+qu|was\s+ist|qué\s+es|o\s+que\s+é|che\s+cos['’]?\s*è|wat\s+is|vad\s+är"
    r"|hvad\s+er|hva\s+er|mikä\s+on|mi\s+az|что\s+такое|що\s+таке)(?!\w)",
    _FLAGS,
)


def _is_question(passage: Passage) -> bool:
    labelled = _LABEL_Q.match(passage.text.strip()) is not None
    body = _LABEL_Q.sub("", passage.text.strip()).strip(" *_")
    told = passage.language in _EUROPEAN or (labelled and passage.language in (None, "und"))
    return told and body.endswith("?") and re.search(r"[.!?;](?=\s)", body[:-1]) is None


def with_answers(passages: Sequence[Passage]) -> tuple[list[Passage], set[Passage]]:
    """The passages with each question left out and its answer rewritten (module docstring),
    and the answers of "no" kept with their question, to be reported unread."""
    out: list[Passage] = []
    denied: set[Passage] = set()
    index = 0
    items = list(passages)
    while index < len(items):
        passage = items[index]
        following = items[index + 1] if index + 1 < len(items) else None
        if not _is_question(passage) or following is None or _is_question(following):
            out.append(passage)
            index += 1
            continue
        if following.line - passage.line > _MAX_GAP:
            out.append(passage)
            index += 1
            continue
        question = _LABEL_Q.sub("", passage.text.strip()).strip(" *_")
        answer = _LABEL_A.sub("", following.text.strip()).strip()
        index += 2
        yes, no = _YES_FIRST.match(answer), _NO_FIRST.match(answer)
        if yes is not None:
            rest = answer[yes.end() :].strip()
            if rest:
                out.append(replace(following, text=rest[:1].upper() + rest[1:]))
            elif not _answer_goes_on(items, index, following):
                # a bare yes, the whole answer, says what the question asks: "Ist X verboten?
                # Ja." reads "X verboten"; one the answer goes on after says it in its own words
                stem = _PARTICLE.sub("", question[:-1]).strip()
                out.append(replace(following, text=stem, language=passage.language))
        elif no is not None:
            if _DUTY_ASKED.search(question) is None:  # "may I ...? No.": a ban unread
                kept = replace(following, text=f"{question} {answer}", language=passage.language)
                out.append(kept)
                denied.add(kept)
        elif _ONLY_FIRST.match(answer) is not None:
            stem = _PARTICLE.sub("", question[:-1]).strip()
            text = f"{stem} {answer[:1].lower()}{answer[1:]}"
            out.append(replace(following, text=text, language=passage.language))
        elif _WH.match(question) is not None:  # "which law applies? French law"
            # a definition ("what is commercial use? offering ...") joined by a colon, as a
            # definition reads; any other by a space, as the two stood before ("применяется
            # право ...": the law readers read the verb and its noun together)
            joiner = ": " if _WHAT_IS.match(question) else " "
            text = f"{question[:-1].strip()}{joiner}{answer}"
            out.append(replace(following, text=text, language=following.language))
        else:  # the answer stands on its own
            out.append(replace(following, text=answer) if answer else following)
    return out, denied


def _answer_goes_on(items: Sequence[Passage], index: int, answer: Passage) -> bool:
    """Whether the passage at `index` (right after `answer`) continues the same answer: on its
    line or the next, and no question."""
    if index >= len(items):
        return False
    after = items[index]
    return after.line - answer.line <= 1 and not _is_question(after)


# --- a table's measure carried into its rows ---------------------------------------------------
_CELL = re.compile(r"\s*\|\s*")
_COMPARE_FIRST = lazy_pattern(
    r"^\W*(?:op\s+til|over|under|indtil|mere\s+end|upp\s+till|högst|minst|inntil|opptil|yli|alle"
    r"|enintään|bis(?:\s+zu)?|über|unter|ab|jusqu['’]à|au-delà\s+de|plus\s+de|moins\s+de|hasta"
    r"|más\s+de|menos\s+de|até|mais\s+de|acima\s+de|fino\s+a|oltre|sopra|sotto|tot|boven|meer"
    r"\s+dan|minder\s+dan|do|powyżej|ponad|poniżej|nad|pod|до|свыше|более|понад|більше|менше"
    r"|līdz|virs|iki|virš|kuni|üle|peste|până\s+la|felett|alatt|[<>≤≥]=?)(?!\w)",
    _FLAGS,
)
_HAS_NUMBER = re.compile(r"\d")
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}")


def with_table_measures(
    passages: Sequence[Passage], text: str, names_measure: Callable[[str], bool]
) -> list[Passage]:
    """The passages with each row of a table whose first header cell names a cap's measure
    (`names_measure`: the caller's revenue or users cue) read with that cell in front."""
    lines = text.splitlines()
    out = list(passages)
    measure: str | None = None
    header_line = 0
    for index, passage in enumerate(out):
        raw = lines[passage.line - 1] if 0 < passage.line <= len(lines) else ""
        cells = [c.strip() for c in _CELL.split(raw.strip().strip("|")) if c.strip()]
        cells = cells if "|" in raw else []
        below = lines[passage.line] if passage.line < len(lines) else ""
        if cells and _SEPARATOR.match(below) is not None:  # a header: the row above "|---|"
            first = cells[0]
            known = names_measure(first)
            measure, header_line = (first, passage.line) if known else (None, 0)
            continue
        if measure is None or not cells or passage.line - header_line > len(out) + 2:
            measure = None if not cells else measure
            continue
        row = passage.text
        if passage.language not in _EUROPEAN | {None, "und"}:
            continue
        if _COMPARE_FIRST.match(row) is None or _HAS_NUMBER.search(cells[0]) is None:
            continue
        rest = " ".join(cells[1:])
        out[index] = replace(passage, text=f"{measure} {cells[0]}: {rest}")
    return out
