"""Passages stating no term of use in Igbo, Wolof, Maori, Aymara, Georgian, Telugu and Kannada
(session 38), for `foreign_no_term` (read, adding nothing):

- copies carry this licence, a copy of it put with the model passed on ("tinye otu mbipụta
  nke ikike a", "boole ko ak kopi laysàns bii", "Me tāpiri tētahi kape o tēnei raihana",
  "aka laysinsya qillqata mayachasa churäta"): the notice duty every open licence asks;
- the licence's title and who grants it, in Georgian, Telugu and Kannada ("... ლიცენზია
  ლიცენზიარი: შპს ..., თბილისი"): a name and a seat, nothing asked;
- a Georgian rule said not to touch the end users of another licensee's product ("ეს წესი არ
  ეხება საბოლოო მომხმარებლებს"): who the rule before binds is the licensees, read so already;
- which version of a bilingual licence is the authority ("ko te putanga Ingarihi te mana":
  the English version governs), said in Maori; the English half says the same and
  `foreign_precedence` reads it.

Each shape stands only without a word of denying, banning, "only", "except" or trade in its
language. Pure.
"""

from __future__ import annotations

from auditor.licenses.terms.foreign_no_term_s38w import states_no_term_by

__all__ = ["states_no_term_s38w2"]


# (the shape, what must not stand beside it)
_SHAPES: tuple[tuple[str, str], ...] = (
    # ig: a copy of this licence put with it
    (r"\b(?:tinye|gụnye|gunye|debe|nye)\b[^.;]{0,30}?\b(?:mbipụta|mbiputa|kọpị|kopi)\s+"
     r"(?:nke\s+)?ikike\s+a\b",
     r"\w+gh[ịi]\w*|\be\w+la\b|\bnaanị\b|\bnaani\b|azụmahịa|azumahia|amachibido\w*|\bewezuga\b"
     r"|\bma\s+ọ\s+bụ\s+na\b|\bọ\s+bụrụ\s+na\b"),
    # wo: a copy of this licence put with it
    (r"\b(?:boole|yokk|teg|dugal)\b[^.;]{0,20}?\bkopi\s+(?:u\s+)?(?:laysàns|laysans|lisaans)\s+"
     r"bii\b",
     r"\w+(?:ul|uloo|uñu|wul)\b|\bbul\b|\bdoo\b|\bdu\b|\brekk\b|\bnjaay\b|\btere\w*|\baaye\w*"),
    # mi: a copy of this licence put with it
    (r"\b(?:t[āa]piri\w*|whakauru\w*|hoatu|tuku)\b[^.;]{0,30}?\bkape\s+o\s+t[ēe]nei\s+raihana\b",
     r"\bk[āa]ore\b|\bkaua\b|\behara\b|\banake\b|\barumoni\b|\bhaunga\b|\baukati\w*"),
    # mi: the version that is the authority
    (r"\bko\s+te\s+putanga\s+(?:reo\s+)?\w+\s+te\s+mana\b",
     r"\bkaua\b|\behara\b|\banake\b|\barumoni\b|\bhaunga\b|\baukati\w*"),
    # ka, te, kn: the licence's title, then who grants it ("ლიცენზიარი: შპს ..., თბილისი")
    (r"^[^.;:։]{0,80}?(?:ლიცენზი(?:ა|ის))\s+ლიცენზიარი\s*:\s*[^;:]{1,100}$"
     r"|^[^.;:]{0,80}?(?:లైసెన్స్)\s+(?:లైసెన్సుదారు|లైసెన్సర్|లైసెన్స్\s+దాత)\s*:\s*[^;:]{1,100}$"
     r"|^[^.;:]{0,80}?(?:ಪರವಾನಗಿ)\s+(?:ಪರವಾನಗಿದಾರರು|ಪರವಾನಗಿದಾರ|ಪರವಾನಗಿ\s+ನೀಡುವವರು)\s*:\s*"
     r"[^;:]{1,100}$",
     r"(?<!\w)(?:არ|ვერ|ნუ)(?!\w)|მხოლოდ|აკრძალ|కూడదు|రాదు|నిషేధ|మాత్రమే|ವಂತಿಲ್ಲ|ಬಾರದು|ನಿಷೇಧ"
     r"|ಮಾತ್ರ|\d{2,}"),
    # ka: a rule said not to touch the end users of a product another licensee makes
    (r"^\W*(?:ეს|ამ|ზემოთ\s+მოცემული)\s+(?:წესი|პუნქტი|შეზღუდვა|დებულება)\s+არ\s+ეხება\s+"
     r"საბოლოო\s+მომხმარებ\w*",
     r"მხოლოდ|გარდა|აკრძალ|(?<!\w)თუ(?!\w)|კომერციულ"),
    # ay: this licence's text put with it
    (r"\blaysinsya\s+qillqat\w*\s+mayacha\w*|\bmayacha\w*\s+laysinsya\s+qillqat\w*",
     r"\bjani\w*|\bjan\b|\w+kiti\b|\w+takiki\b|\balakip\w*|\bjark['ʼ’]\w*"),
)  # fmt: skip


def states_no_term_s38w2(text: str) -> bool:
    """Whether a passage states no term in one of the shapes above (module docstring)."""
    return states_no_term_by(_SHAPES, text)
