"""Clauses in the Romance languages and Greek (es, pt, fr, it, ro, ca, gl, el) read by their shape
(session 27), for `foreign_ja.clause_reader`:

- a use taken out of the licence, by a verb of excluding rather than a ban word ("queda fuera
  de la licencia", "fica excluída desta licença", "est exclu du champ de la licence", "resta
  esclusa dalla licenza", "este exclusă din licență", "εξαιρείται από την άδεια") or by a ban
  word, whose object is a decision about a person's credit (solvency, credit risk, scores):
  automated-decision-making, as the English rule reads a ban on credit decisions; and, where
  the same clause says the exclusion holds even though a person takes, reviews or signs the
  final decision ("aunque la decisión final la adopte una persona", "même si une personne
  valide la décision", "anche se la decisione è rivista da una persona"),
  decisions-even-if-reviewed.

- an item of a list of duties, its verb first: show a quoted credit line ("afficher la
  mention « Propulsé par X » dans l'interface", "mostrar la leyenda «Con tecnología de X»",
  "exibir a menção «Feito com X»", "riportare la dicitura «Basato su X»"): attribution
  required. An item saying the licensee may show it ("vous pouvez afficher ...") is none.

A sentence that keeps credit decisions allowed, or excludes nothing, is none of these.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause

_FLAGS = re.IGNORECASE
_LANGUAGES = frozenset({"es", "pt", "fr", "it", "ro", "ca", "gl", "el", "und"})

# taken out of the licence, or banned
_EXCLUDED = lazy_pattern(
    r"\b(?:queda[n]?|quedará[n]?|fica[m]?|ficará[m]?|resta(?:no)?|rimane|rimangono|rămân\w*|roman"
    r"|est|sont|è|sono|este|sunt|está[n]?|estão|és|són)\s+(?:\w+\s+){0,2}?(?:fuera|fora|hors"
    r"|exclu\w*|esclus\w*|exclus\w*|excluíd\w*|excluid\w*|exclòs|exclosa?|în\s+afara|al\s+di\s+fuori)"
    r"|\b(?:se\s+excluye[n]?|exclui-se|excluem-se|s['’]exclou(?:en)?|si\s+esclude|se\s+exclude"
    r"|est\s+exclu\w*|n['’]est\s+pas\s+couvert\w*|no\s+(?:está|queda)\s+cubiert\w*|não\s+(?:está|fica)"
    r"\s+abrangid\w*|non\s+(?:è|resta)\s+copert\w*|nu\s+este\s+acoperit\w*|no\s+està\s+cobert\w*)"
    r"|\b(?:εξαιρεί\w*|αποκλεί\w*|δεν\s+καλύπτ\w*|εκτός\s+(?:της\s+)?(?:παρούσας\s+)?άδειας)"
    r"|\b(?:prohibid\w*|prohíbe\w*|proibid\w*|proíbe\w*|interdit\w*|interdi[st]\w*|vietat\w*"
    r"|proibit\w*|interzis\w*|interzice\w*|prohibit\w*|απαγορεύ\w*)"
    # a negated "may": "ne peut pas servir à", "no podrá emplearse", "δεν επιτρέπεται"
    r"|\b(?:ne\s+(?:peut|peuvent|pourra|pourront|doit|doivent)\s+(?:pas|en\s+aucun\s+cas|jamais)"
    r"|no\s+(?:se\s+)?(?:puede[n]?|podrá[n]?|debe[n]?|deberá[n]?|pot|poden|podrà|es\s+pot)"
    r"|não\s+(?:se\s+)?(?:pode[m]?|poderá[m]?|deve[m]?)|non\s+(?:si\s+)?(?:può|possono|potrà"
    r"|potranno|deve|devono)|nu\s+(?:se\s+)?(?:poate|pot|are\s+voie|trebuie)|δεν\s+"
    r"(?:επιτρέπ\w*|μπορ\w*|πρέπει))\b",
    _FLAGS,
)
_NOT_EXCLUDED = lazy_pattern(
    r"\b(?:no|não|non|ne|n['’]|nu|δεν)\s+(?:\w+\s+){0,2}?(?:fuera|fora|hors|exclu|esclus|exclus"
    r"|excluíd|excluid|exclòs|prohibid|proibid|interdit|vietat|interzis|απαγορεύ|εξαιρεί)",
    _FLAGS,
)
# a decision about a person's credit: solvency, credit risk, credit scores
_CREDIT = lazy_pattern(
    r"\b(?:solvencia|solvência|solvabilité|solvibilità|solvència|solvabilitat\w*|bonitate\w*"
    r"|merito\s+creditizio|affidabilità\s+creditizia|creditworthiness|credit\s+scoring"
    r"|(?:riesgo|risco|risque|rischio|risc\w*|risc)\s+(?:de\s+|di\s+)?(?:cr[eé]dit\w*|creditici\w*)"
    r"|(?:calificación|puntuaci\w+|scoring|score|notation|análise|analyse|valutazione|evaluare"
    r"|qualificació)\s+(?:de\s+|di\s+|du\s+)?(?:cr[eé]dit\w*|creditici\w*|creditízi\w*)"
    r"|capacidad\s+de\s+(?:re)?pago|capacidade\s+de\s+pagamento|capacité\s+de\s+remboursement"
    r"|(?:concesión|concessão|octroi|concessione|acordare\w*)\s+(?:de\s+|du\s+|del\s+|di\s+)?"
    r"(?:un\s+)?(?:préstamo|crédito|empréstimo|crédit|prêt|credito|prestito|credit\w*)"
    r"|πιστοληπτικ\w*|φερεγγυότητ\w*|πιστωτικ\w*\s+(?:κίνδυν\w*|βαθμολογ\w*|αξιολόγησ\w*))",
    _FLAGS,
)
# even though a person takes, reviews or signs the final decision
_EVEN_IF = (
    r"(?:aunque|aun\s+cuando|incluso\s+(?:si|cuando)|ainda\s+que|mesmo\s+que|mesmo\s+quando"
    r"|même\s+(?:si|lorsque)|quand\s+bien\s+même|anche\s+(?:se|quando)|persino\s+se|chiar\s+"
    r"(?:dacă|și\s+dacă)|encara\s+que|tot\s+i\s+que|fins\s+i\s+tot\s+si|ακόμη\s+και\s+(?:αν|όταν)"
    r"|ακόμα\s+κι?\s+(?:αν|όταν)|έστω\s+και\s+αν|con\s+independencia\s+de|independentemente\s+d"
    r"|indépendamment\s+d|a\s+prescindere\s+da|indiferent\s+d|independentment\s+d"
    r"|ανεξάρτητα\s+από)"
)
_PERSON = (
    r"(?:persona|pessoa|personne|persoan\w*|πρόσωπο|άνθρωπ\w*|human\w*|humain\w*|uman\w*|umana"
    r"|empleado|funcionári\w*|employé|dipendent\w*|angajat\w*|operador\w*|opérateur|operatore"
    r"|analista|analyste|υπάλληλ\w*|supervisión|supervisão|supervision|supervisione|supraveghere"
    r"|intervención|intervenção|intervention|intervento|intervenți\w*|εποπτεία|παρέμβαση)"
)
_DECIDES = (
    r"(?:adopt\w*|revis\w*|firm\w*|decid\w*|valid\w*|aprue\w*|aprob\w*|aprov\w*|approuv\w*"
    r"|approv\w*|assin\w*|sign\w*|contr[oô]l\w*|verifi\w*|vérifi\w*|supervis\w*|examin\w*"
    r"|semn\w*|aprob\w*|revizu\w*|εγκρίν\w*|υπογράφ\w*|ελέγχ\w*|αποφασίζ\w*|επανεξετάζ\w*)"
)
_REVIEWED = lazy_pattern(
    rf"\b{_EVEN_IF}\b[^.;]{{0,80}}?(?:\b{_PERSON}\b[^.;]{{0,60}}?\b{_DECIDES}"
    rf"|\b{_DECIDES}[^.;]{{0,60}}?\b{_PERSON}\b|\b{_PERSON}\b)",
    _FLAGS,
)


# a duty's verb first, a mention shown, and the quoted line
_SHOW_ITEM = lazy_pattern(
    r"^\W*(?:afficher|faire\s+figurer|indiquer|mostrar|exhibir|exibir|incluir|insertar|inserir"
    r"|mostrare|visualizzare|riportare|indicare|inserire|afișa\w*|afi[șş]area|include|mostrar"
    r"|εμφανίζ\w*|αναγράφ\w*)\s+(?:\w+\s+){0,3}?(?:mention|leyenda|menci[óo]n|menção|dicitura"
    r"|men[țţ]iune\w*|indicaci[óo]n|texto|texte|testo|frase|phrase|llegenda|ένδειξη|φράση)\s*"
    r"(?:\w+\s+){0,2}?[«\"“„‘]\s*[^»\"”“’]{2,60}?\s*[»\"”“’]",
    _FLAGS,
)


def read_s27_romance(language: str | None, text: str) -> list[Clause]:
    """The clauses of a Romance or Greek passage read by the shapes above."""
    if (language or "und") not in _LANGUAGES:
        return []
    shown = [Clause("attribution_required", True)] if _SHOW_ITEM.search(text) else []
    return _credit_decisions(text) + shown


def _credit_decisions(text: str) -> list[Clause]:
    if _CREDIT.search(text) is None:
        return []
    excluded = _EXCLUDED.search(text)
    if excluded is None or _NOT_EXCLUDED.search(text[: excluded.end() + 1]) is not None:
        return []
    tags = ["automated-decision-making"]
    if _REVIEWED.search(text) is not None:
        tags.append("decisions-even-if-reviewed")
    return [Clause("use_restrictions", tags)]
