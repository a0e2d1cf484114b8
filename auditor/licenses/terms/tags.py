"""Use-restriction tags (license_db vocabulary) recognised in the wording of prohibitions."""

from __future__ import annotations

import re
from functools import cache

import ahocorasick

from auditor.licenses.terms.lowered import lowercase_twin

# One pattern per tag, matched against one clause (a sentence cut at ';') that is itself a
# prohibition or an item of a list introduced by one. Patterns name the harm, not a licensor.
TAG_PATTERNS: dict[str, str] = {
    "illegal-activity": (
        r"\b(?:illegal|unlawful)\s+(?:or\s+\w+\s+)?(?:activit|purpose|content|conduct|use)"
        r"|\bviolat\w*\s+(?:any\s+)?(?:applicable\s+)?(?:[\w-]+,?\s+){0,8}?(?:laws?|regulations?)\b"
        r"|\bcomply\s+with\s+(?:all\s+|the\s+)?(?:applicable\s+)?(?:laws|legal\s+requirements)"
        r"|\bin\s+compliance\s+with\s+(?:all\s+)?applicable\s+laws"
        r"|\bin\s+violation\s+of\s+(?:any\s+)?applicable\s+laws"
        r"|\bcriminal\s+activit|\bcommit\s+any\s+(?:type\s+of\s+)?crimes?"
        r"|\b(?:military|commercial),?\s+or\s+illegal\b|\billegal\s+purposes"
        r"|\bonly\s+for\s+lawful\s+purposes|\bprohibited\s+by\s+(?:applicable\s+)?law"
    ),
    "violence": r"\bviolen(?:ce|t)\b",
    "terrorism": r"\bterroris[mt]",
    "minors": r"\bminors?\b|\bchild(?:ren)?\b|\bCSAM\b|\bunderage\b",
    "human-trafficking": r"\bhuman\s+trafficking|\btrafficking\s+(?:of|in)\s+(?:humans|persons)",
    "sexual-content": (
        r"\bsexual\s+(?:solicitation|content|gratification|chatbots?)|\bsexually\s+explicit"
        r"|\bpornograph|\bsexual\s+violence"
    ),
    "harassment": r"\bharass|\bbull(?:y|ying)\b",
    "discrimination": r"\bdiscriminat|\bprotected\s+characteristics",
    "unlicensed-professional-practice": (
        r"\b(?:unauthori[sz]ed|unlicensed|illegal)\s+(?:or\s+\w+\s+)?practice\s+of\s+(?:any\s+)?"
        r"(?:vocation\s+or\s+)?profession"
    ),
    "medical-advice": (
        r"\bmedical\s+(?:advice|results)|\bpractice\s+of\s+(?:any\s+)?(?:vocation\s+or\s+)?"
        r"profession[^;]{0,120}\b(?:medical|health)"
    ),
    "legal-advice": (
        r"\blegal\s+advice|\bpractice\s+of\s+(?:any\s+)?(?:vocation\s+or\s+)?profession"
        r"[^;]{0,120}\blegal\b"
    ),
    "financial-advice": (
        r"\bfinancial\s+advice|\binvestment\s+advice|\bpractice\s+of\s+(?:any\s+)?"
        r"(?:vocation\s+or\s+)?profession[^;]{0,120}\b(?:financial|finance|accounting)\b"
    ),
    "privacy": (
        r"\bprivacy\b|\b(?:personal|private|sensitive)(?:\s+[\w-]+){0,2}\s+(?:information|data)\b"
        r"|\bpersonally\s+identif"
    ),
    "ip-infringement": (
        r"\bmisappropriat|\binfring\w*[^;]{0,250}\b(?:intellectual\s+property|copyright|patents?"
        r"|trade\s+secrets?)|\b(?:intellectual\s+property|copyright)[^;]{0,60}\binfring"
    ),
    "generate-malware": r"\bmalware\b|\bransomware\b|\bmalicious\s+code|\bcomputer\s+virus",
    "military": r"\bmilitar(?:y|ies)\b|\bwarfare\b",
    "nuclear": r"\bnuclear\b",
    "espionage": r"\bespionage\b|\bspying\b",
    "weapons": r"\bweapons?\b|\bguns?\b|\bfirearms?\b|\bexplosives?\b",
    "drugs": r"\bdrugs?\b|\bcontrolled\s+substances|\billegal\s+substances|\bnarcotic",
    "critical-infrastructure": r"\bcritical\s+infrastructure",
    "self-harm": r"\bself[- ]?harm|\bsuicid",
    "fraud": r"(?<!commit )\bfraud(?:ulent)?\b|\bscams?\b|\bphishing\b",
    "disinformation": (
        r"\bdisinformation|\bmisinform|\bfalse\s+(?:harmful\s+)?information"
        r"|\bverifiably\s+false|\bfake\s+news"
    ),
    "defamation": r"\bdefam",
    "spam": r"\bspam",
    "impersonation": r"\bimpersonat",
    "undisclosed-ai-content": (
        r"\bhuman[- ]generated|\b(?:created|generated|written)\s+by\s+a\s+human"
        r"|\b(?:machine|ai|computer)[- ]generated\b[^;]{0,120}\b(?:disclos|disclaim|identif|label"
        r"|indicat|mark|watermark)|\b(?:disclos|disclaim|identif|label|indicat|mark|watermark)\w*"
        r"[^;]{0,120}\b(?:machine|ai|computer)[- ]generated"
    ),
    "fake-engagement": (
        r"\bfake\s+(?:online\s+)?(?:engagement|reviews)|\bfalse\s+online\s+engagement"
    ),
    "undisclosed-risks": r"\bdisclose\b[^;]{0,60}\b(?:known\s+)?(?:dangers|risks)\b",
    "automated-decision-making": (
        r"\bautomated\s+decision|\bmak\w*\s+(?:automated\s+)?decisions\s+in\s+domains"
    ),
    "exploit-vulnerable-groups": (
        r"\bvulnerabilit(?:y|ies)\s+of\s+(?:a\s+)?(?:specific\s+)?group"
        r"|\bexploit\w*\s+(?:the\s+)?vulnerab"
    ),
    "law-enforcement": (
        r"\blaw\s+enforcement|\badministration\s+of\s+justice|\bpredictive\s+policing"
    ),
    "surveillance": (
        r"\bsurveil|\btracking\s+or\s+monitoring\s+(?:people|individuals|persons)"
        r"|\bmonitor\w*\s+(?:people|individuals|persons)\s+without"
    ),
    "biometric-identification": r"\bbiometric|\bfac(?:e|ial)\s+recognition",
    "circumvent-safety": (
        r"\bcircumvent|\bbypass\w*[^;]{0,80}\b(?:safety|guardrail|filter|restriction)"
        r"|\boverride\w*[^;]{0,40}\b(?:safety|filter|guardrail)|\bjailbreak"
    ),
    "hate-speech": r"\bhate\s+speech|\bhatred\b|\bhateful\b",
    "harm-others": (
        r"\bliving\s+beings\b|\bharm\w*\s+(?:to\s+)?(?:other\s+)?(?:humans|animals)\b"
        r"|\bto\s+harm\s+(?:\w+\s+or\s+)?others\b"
    ),
    "election-interference": r"\belection|\belectoral|\bvoter\s+suppression",
    "national-security": r"\bnational\s+(?:security|unity)|\bstate\s+power\b",
    "social-ethics": r"\bsocial\s+(?:ethics|morality)|\bpublic\s+order\s+and\s+good\s+morals",
    "export-control": (
        r"\bexport\s+(?:control|laws|regulations|administration)|\btrade\s+(?:control|compliance)"
        r"|\b(?:trade|economic)\s+sanctions|\bsanctions\s+(?:laws|programs|regulations)"
        r"|\bembargo|\bexport,\s+import"
    ),
    "reverse-engineering": r"\breverse[- ]engineer|\bdecompil|\bdisassembl",
}

# Words one of which every match of a tag's pattern contains (lowercase): a clause without
# any of them is not searched with that pattern at all.
TAG_KEYWORDS: dict[str, tuple[str, ...]] = {
    "illegal-activity": ("illegal", "unlawful", "law", "regulation", "criminal", "crime"),
    "violence": ("violen",),
    "terrorism": ("terroris",),
    "minors": ("minor", "child", "csam", "underage"),
    "human-trafficking": ("trafficking",),
    "sexual-content": ("sexual", "pornograph"),
    "harassment": ("harass", "bull"),
    "discrimination": ("discriminat", "protected"),
    "unlicensed-professional-practice": ("practice",),
    "medical-advice": ("medical", "practice"),
    "legal-advice": ("legal advice", "practice"),
    "financial-advice": ("financial advice", "investment advice", "practice"),
    "privacy": ("privacy", "information", "data", "personally"),
    "ip-infringement": ("misappropriat", "infring"),
    "generate-malware": ("malware", "ransomware", "malicious", "virus"),
    "military": ("militar", "warfare"),
    "nuclear": ("nuclear",),
    "espionage": ("espionage", "spying"),
    "weapons": ("weapon", "gun", "firearm", "explosive"),
    "drugs": ("drug", "substance", "narcotic"),
    "critical-infrastructure": ("critical",),
    "self-harm": ("harm", "suicid"),
    "fraud": ("fraud", "scam", "phishing"),
    "disinformation": ("disinformation", "misinform", "false", "fake"),
    "defamation": ("defam",),
    "spam": ("spam",),
    "impersonation": ("impersonat",),
    "undisclosed-ai-content": ("human", "generated"),
    "fake-engagement": ("fake", "false"),
    "undisclosed-risks": ("disclose",),
    "automated-decision-making": ("decision",),
    "exploit-vulnerable-groups": ("vulnerab",),
    "law-enforcement": ("enforcement", "justice", "policing"),
    "surveillance": ("surveil", "monitor", "tracking"),
    "biometric-identification": ("biometric", "recognition"),
    "circumvent-safety": ("circumvent", "bypass", "override", "jailbreak"),
    "hate-speech": ("hate", "hatred"),
    "harm-others": ("living beings", "harm"),
    "election-interference": ("election", "electoral", "voter"),
    "national-security": ("national", "state power"),
    "social-ethics": ("social", "public order"),
    "export-control": ("export", "trade", "sanction", "embargo"),
    "reverse-engineering": ("reverse", "decompil", "disassembl"),
}

# Weapons listed after an export-control rule in the same clause are what the export laws
# cover, not a separate ban.
_EXPORT_SHADOWED = frozenset({"weapons", "nuclear", "military", "terrorism"})
_EXAMPLES = re.compile(r"\((?:e\.\s?g\.|for\s+example|such\s+as)[^()]*\)", re.IGNORECASE)
_READ_EXAMPLES = frozenset({"medical-advice", "legal-advice", "financial-advice"})


@cache
def _compiled() -> dict[str, re.Pattern[str]]:
    return {tag: re.compile(pattern, re.IGNORECASE) for tag, pattern in TAG_PATTERNS.items()}


@cache
def _keyword_tags() -> ahocorasick.Automaton:
    """Every tag keyword, each naming the tags it is a keyword of: one pass over a clause
    tells which tags can match it (instead of a substring test per keyword per tag)."""
    owners: dict[str, set[str]] = {}
    for tag, words in TAG_KEYWORDS.items():
        for word in words:
            owners.setdefault(word, set()).add(tag)
    automaton = ahocorasick.Automaton()
    for word, tags in owners.items():
        automaton.add_word(word, frozenset(tags))
    automaton.make_automaton()
    return automaton


def find_tags(clause: str) -> list[str]:
    """Use-restriction tags named in one prohibition clause, in vocabulary order."""
    patterns = _compiled()
    # Examples in brackets ("(e.g., law enforcement, housing)") qualify the item they sit in;
    # only the professions named for an unlicensed-practice item count on their own.
    plain = _EXAMPLES.sub(" ", clause) if "(" in clause else clause
    lower = clause.lower()
    candidates: set[str] = set()
    for _, owners in _keyword_tags().iter(lower):
        candidates |= owners
    if not candidates:
        return []
    # Positions matter (the export rule's place in the clause): lowercase twins search the
    # lowercase texts only when lowering kept every offset.
    lowered = {clause: lower, plain: plain.lower()}
    exact = all(len(low) == len(text) for text, low in lowered.items())
    tags = []
    for tag, pattern in patterns.items():
        if tag not in candidates:
            continue
        text = clause if tag in _READ_EXAMPLES else plain
        match = _search(pattern, text, lowered, exact)
        if match is None:
            continue
        if tag in _EXPORT_SHADOWED:  # searched only for clauses naming weapons and the like
            export = _search(patterns["export-control"], plain, lowered, exact)
            if export and match.start() > export.start():
                # Named after the export rule: what the export laws cover, not a ban of its own.
                earlier = [m for m in pattern.finditer(text) if m.start() < export.start()]
                if not earlier:
                    continue
        tags.append(tag)
    return tags


def _search(
    pattern: re.Pattern[str], text: str, lowered: dict[str, str], exact: bool
) -> re.Match[str] | None:
    twin = lowercase_twin(pattern) if exact else None
    return pattern.search(text) if twin is None else twin.search(lowered[text])
