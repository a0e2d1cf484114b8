"""Election words for `foreign_uses` (through `foreign_uses_more.MORE_HARMS`): a ban on using the
model in elections, electoral campaigns, party or political propaganda, or to sway voters
("É vedado o uso do modelo em campanhas eleitorais, em propaganda partidária ou em qualquer
comunicação destinada a influenciar o voto do eleitor", "queda prohibido su uso en campañas
electorales", "darf nicht für Wahlkampf eingesetzt werden", "запрещается использовать модель
для предвыборной агитации") sets `election-interference`, the tag the English rule sets
(license_db/clause_rules/use_restrictions.yaml: "elections and electoral processes").

Read, as every harm there, in one clause with a ban word of the language. The words that also
mean a choice are left out or qualified: Spanish "elección" ("a elección del Licenciante"),
French and Italian "élection/elezione de domicile", German "Wahl" ("nach Wahl des
Lizenzgebers"), Polish "wybór", Russian "выбор", Turkish "seçim" (only its plural and its
electoral compounds), Indonesian "pemilihan".
"""

from __future__ import annotations

ELECTION_HARMS: dict[str, str] = {
    "es": r"\belecciones\b|\belectoral\w*|\belecci[óo]n\s+(?:presidencial|general|legislativa"
    r"|municipal|parlamentaria)\w*|\bcampañas?\s+polític\w*|\bpropaganda\s+(?:polític|electoral"
    r"|partidist)\w*|\bvotantes\b|\belectores\b|\b(?:influir|incidir)\s+en\s+(?:el\s+)?voto\b",
    "pt": r"\belei(?:ção|ções)\b|\beleitora(?:l|is)\b|\beleitor(?:es|ado)?\b"
    r"|\bpropaganda\s+(?:partidári|polític|eleitora)\w*|\bcampanhas?\s+polític\w*"
    r"|\binfluenciar\s+(?:o\s+)?voto\b",
    "fr": r"\bélections?\b(?!\s+de\s+domicile)|\bélectora(?:l|le|les|ux)\b|\bélecteurs?\b"
    r"|\bcampagnes?\s+politiques?\b|\bpropagande\s+(?:politique|partisane)|\bscrutins?\b",
    "de": r"\bWahlen\b|\bWahlkampf\w*|\bWahlkämpf\w*|\bWahlbeeinflussung\w*|\bWahlwerbung\w*"
    r"|\bWahlmanipulation\w*|\bWahlpropaganda\w*|\bWähler(?:innen|n|s|schaft)?\b"
    r"|\bpolitische\w*\s+(?:Werbung|Propaganda|Kampagne\w*)|\bParteiwerbung\w*",
    "it": r"\belezion[ei]\b(?!\s+(?:di|del)\s+domicilio)|\belettoral[ei]\b|\belettori\b"
    r"|\bcampagn[ae]\s+politic\w*|\bpropaganda\s+(?:politic|partitic)\w*",
    "nl": r"\bverkiezing\w*|\bkiezers?\b|\bpolitieke\s+(?:propaganda|campagne\w*|reclame)",
    "pl": r"\bwyborcz\w*|\bwyborców\b|\bwybor(?:ach|ów)\s+(?:prezydenck|parlamentarn|samorządow"
    r"|powszechn)\w*|\bpropagand\w*\s+(?:polityczn|partyjn)\w*|\bkampani\w*\s+polityczn\w*",
    "ru": r"\bвыбор(?:ы|ах|ам|ов)\b|\bизбирательн\w*|\bизбирател\w*|\bпредвыборн\w*"
    r"|\bагитаци\w*|\bполитическ\w*\s+(?:реклам|пропаганд|кампани)\w*",
    "id": r"\bpemilu\b|\bpemilihan\s+(?:umum|kepala\s+daerah|presiden|legislatif)\b|\bpilkada\b"
    r"|\bkampanye\s+(?:politik|pemilu|pemilihan)\b|\bpemilih\b|\bpropaganda\s+politik\b",
    "tr": r"\bseçimler\w*|\bseçim\s+(?:kampanya|süreç|propaganda|sonuç|güvenliğ)\w*|\bseçmen\w*"
    r"|\bsiyasi\s+(?:propaganda|kampanya|reklam)\w*",
    "vi": r"bầu\s+cử|tranh\s+cử|cử\s+tri|tuyên\s+truyền\s+chính\s+trị",
    "zh": r"选举|竞选|拉票|选民|政治宣传",
    "ja": r"選挙|有権者|政治(?:的な?)?(?:宣伝|キャンペーン|プロパガンダ)",
    "ko": r"선거|유권자|정치\s*(?:선전|캠페인)",
    # read without vowel marks (`foreign_uses._unmarked`): elections, electoral, voters, ballots
    "ar": r"انتخاب|الناخب|ناخبين|الاقتراع|(?:الدعاية|دعاية|حملات?|الحملات)\s+(?:ال)?(?:سياسية"
    r"|حزبية)",
}
"""language -> the words of elections, campaigns and political propaganda."""
