"""Passages stating no term of use in languages of Asia, the Caucasus and the Americas (session
37), for `foreign_no_term` (read, adding nothing):

- copies carry this licence's text, in Georgian ("მოდელის გავრცელებისას დაურთეთ ამ ლიცენზიის
  ტექსტი"), Armenian ("Կցեք այս լիցենզիայի տեքստը", also answering an open question: "what
  must I do?"), Azerbaijani ("Modeli yayarkən bu lisenziyanın mətnini əlavə edin"), Guarani
  ("Remboja'o jave, emoĩ ko licencia moñe'ẽrã hendive") and Brazilian Portuguese, where the
  licence is "desta" (of this) one ("Ao distribuir o modelo, inclua uma cópia desta licença");
- a plain Georgian permission ("თქვენ შეგიძლიათ ...": you may) naming acts only: no purpose,
  no commercial word, no "only", condition, negation or permission asked;
- a card's pointer to the licence file ("Լիցենզիան՝ LICENSE.md"), naming no term;
- no limit at all ("heç bir məhdudiyyət yoxdur", az) on users or revenue, naming no kind of use;
- the model card or a summary said not to change the licence's terms (bn "মডেল কার্ড বা অন্য
  কোনো সারাংশ এই লাইসেন্সের শর্ত বদলায় না", ja "...本契約の条件を変更しません");
- a Japanese proviso only pointing to a schedule or an article ("ただし、別表第1に定める条件に
  従うものとします"): what it points to is read where it stands (`foreign_pointer_provisos`);
- what the agreement is for ("본 계약은 ... 이용 조건을 정합니다", "本契約は...利用条件を定めます");
- a Japanese definition of commercial use as use for profit and nothing more ("「商用利用」とは、
  営利を目的とする一切の利用をいいます"): the ordinary meaning of the term; one reaching further
  (a company's internal work, "含みます": includes) stays for the readers, or unread.

A section caption left at the end of a Bengali or Hindi passage by the sentence split ("...।
ধারা ৪.") is taken off first. Each shape stands only without a ban, an "only", a condition or a
commercial word of its language. Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["states_no_term_s37w2"]

_FLAGS = re.IGNORECASE
_AP = "['ʼ’`]"

_TRAILING_CAPTION = lazy_pattern(
    r"\s*(?:ধারা|অনুচ্ছেদ|धारा|कलम|खंड|अनुच्छेद)\s*[\d০-৯०-९]{1,3}\s*[.:)]?\s*$"
)

# (the shape, what must not stand beside it)
_SHAPES: tuple[tuple[str, str], ...] = (
    # ka: this licence's text or copy attached, kept, included
    (r"(?:ამ|ეს)\s+ლიცენზი\w*\s+(?:ტექსტ|ასლ)\w*[^.;]{0,30}?(?:დაურთ|შეინახ|ჩართ|მიაწოდ)\w*"
     r"|(?:დაურთ|შეინახ|ჩართ)\w*\s+(?:ამ|ეს)\s+ლიცენზი\w*\s+(?:ტექსტ|ასლ)\w*",
     r"(?<!\w)(?:არ|ვერ|ნუ)(?!\w)|მხოლოდ|კომერციულ|აკრძალ|გარდა"),
    # ka: "you may" and acts, nothing narrowing
    (r"^\W*(?:თქვენ\s+)?შეგიძლიათ\s",
     r"(?<!\w)(?:არ|ვერ|ნუ|თუ)(?!\w)|მხოლოდ|კომერციულ|აკრძალ|გარდა|პირობ|ნებართვ|თანხმობ"
     r"|მიზნ|კვლევ|პირად|ლიცენზი|შეზღუდ|საფასურ|გადახდ"),
    # az: this licence's text or copy added, kept
    (r"\bbu\s+lisenziyan[ıi]n\s+(?:m[əe]tn|sur[əe]t|n[üu]sx)\w*\s+(?:[əe]lav[əe]\s+(?:edin|olunmal\w*)"
     r"|saxlay\w*|daxil\s+edin)",
     r"\byaln[ıi]z|\bqada[ğg]an|\bkommers|\bistisna|\w+ma[zy]\w*\b|\w+m[əe][zy]\w*\b"),
    # az: no limit at all, no kind of use named
    (r"^[^.;]{0,80}?\bhe[çc]\s+bir\s+m[əe]hdudiyy[əe]t\s+(?:yoxdur|qoyulmur|m[öo]vcud\s+deyil)\W*$",
     r"\bkommers|\bqeyri|\bticar|\bbiznes|\byaln[ıi]z|\bistisna|\bt[əe]dqiqat|\bş[əe]xsi"),
    # gn: this licence put with the copies passed on
    (r"\bko\s+(?:licencia|lisencia|mboheko)\b[^.;]{0,40}?\bhendive\b"
     r"|\bemo(?:ĩ|i)\s+ko\s+(?:licencia|lisencia|mboheko)\b",
     r"\bani\b|\bnd[aeiouy]\w*i\b|\bnd[aeiouy]\w*ri\b|\w+nte\b|ỹ|comercial|\bñemu"),
    # pt-BR: a copy "desta" (of this) licence with the copies passed on
    (r"\b(?:distribu|redistribu|compartilh|repass|disponibiliz)\w*[^.;]{0,80}?\b(?:inclua|incluir"
     r"|anexe|anexar|mantenha|manter|acompanh\w*|junte|juntar|forneça|fornecer)\b[^.;]{0,30}?"
     r"\bc[óo]pia\s+(?:desta|deste|dessa|desse|da\s+presente)\s+(?:licen[çc]a|termos?)\b",
     r"\b(?:somente|apenas|só|exceto|salvo|não|nunca|comercia\w*|proib\w*|vedad\w*)\b"),
    # hy: this licence's text or copy attached (also as the answer to an open question)
    (r"(?:այս|սույն)\s+լիցենզիայի\s+(?:տեքստ|պատճեն|օրինակ)\w*[^։.;]{0,30}?(?:կցե|կցել|պահպանե"
     r"|ներառե|տրամադրե)\w*|(?:կցե|կցել|պահպանե|ներառե)\w*\s+(?:այս|սույն)\s+լիցենզիայի\s+"
     r"(?:տեքստ|պատճեն|օրինակ)\w*",
     r"(?<!\w)չ\w+|(?<!\w)ոչ(?!\w)|միայն|արգել|առ(?:և|եւ)տր|կոմերցիոն|բացառ|թույլտվ"),
    # hy: a card's pointer to the licence file, nothing more
    (r"^(?:[^։.:]{1,40}[։.]\s*)?Լիցենզիա\w*\s*[՝:：]\s*[\w./-]+\.(?:md|txt)\b[^։]{0,60}[։.]?\s*$",
     r"(?<!\w)չ\w+|(?<!\w)ոչ(?!\w)|միայն|արգել|առ(?:և|եւ)տր|կոմերցիոն|բացառ|թույլտվ"),
    # bn: the card or a summary changes none of the terms
    (r"(?:কার্ড|সারাংশ|সারসংক্ষেপ)[^।.;]{0,40}?(?:এই\s+)?লাইসেন্সের\s+(?:কোনো\s+)?শর্ত\w*\s+"
     r"(?:বদলায়\s+না|বদলাতে\s+পারে\s+না|পরিবর্তন\s+কর(?:ে|তে\s+পারে)\s+না)\W*$",
     r"কেবল|শুধু|মাত্র|নিষিদ্ধ|বাণিজ্যিক|অনুমতি"),
    # ja: the card or a summary changes none of the terms
    (r"(?:モデルカード|要約|概要)[^。]{0,30}?(?:本|この)(?:契約|規約|ライセンス)の(?:条件|内容)を"
     r"(?:変更|変え)(?:しません|するものではありません|ません)",
     r"のみ|限り|禁止|商用|営利|許可|承諾"),
    # ko: the agreement sets the terms of use
    (r"^\W*(?:제\s*\d+\s*조\s*\(\s*목적\s*\)\s*)?(?:본|이)\s*(?:계약|약관|라이선스)(?:은|는)\s*[^.。]{0,40}?"
     r"(?:이용|사용)\s*조건(?:을|를)\s*(?:정합니다|정한다|정함을\s*목적으로\s*(?:합니다|한다))\W*$",
     r"금지|만\s|한하여|한해|상업|영리|허락|허가|승인|동의|필요|없"),
    # ja: the agreement sets the terms of use
    (r"^\W*(?:第\s*\d+\s*条\s*[（(]\s*目的\s*[)）]\s*)?(?:本|この)(?:契約|規約|ライセンス)は、?[^。]{0,40}?"
     r"(?:利用|使用)条件を定め(?:ます|る|るものです|るものとします)\W*$",
     r"禁止|のみ|限り|限定|商用|営利|許可|承諾|必要|ません"),
    # ja: a proviso pointing to a schedule or an article, which is read where it stands
    (r"^\W*(?:ただし|但し)、?\s*(?:本ライセンスの|本契約の)?(?:別表|別紙|付属書|附属書|添付資料|第\s*\d+\s*条)"
     r"[^。、]{0,12}?に(?:定める|記載の|記載された|規定する|掲げる)(?:条件|事項|制限)に従う"
     r"(?:ものとします|ものとする|こととします|こと)[。.]?\s*$",
     r"(?!)"),
    # ja: commercial use defined as use for profit, and nothing more
    (r"^\W*(?:第\s*\d+\s*条\s*[（(]\s*定義\s*[)）]\s*)?[「『](?:商用|商業|営利)(?:目的)?(?:利用|使用)?"
     r"[」』]\s*とは、?\s*(?:営利|利益|収益|金銭的?な?利益|対価|経済的?な?利益)"
     r"(?:(?:又は|または|もしくは|や|、)(?:営利|利益|収益|対価))*(?:を得ること)?を目的と(?:する|した)"
     r"(?:一切の|全ての|すべての|あらゆる)?(?:利用|使用)(?:をいい(?:ます)?|をいう|を言う|を意味(?:する|します)"
     r"|を指(?:す|します))[。.]?\s*$",
     r"含|企業|法人|会社|社内|業務|者|団体|組織"),
)  # fmt: skip


def states_no_term_s37w2(text: str) -> bool:
    """Whether a passage states no term in one of the shapes above (module docstring)."""
    text = _TRAILING_CAPTION.sub("", text)
    for shape, narrowing in _SHAPES:
        if lazy_pattern(shape, _FLAGS).search(text) is None:
            continue
        if lazy_pattern(narrowing, _FLAGS).search(text) is None:
            return True
    return False
