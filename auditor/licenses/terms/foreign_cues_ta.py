"""The cues of `terms.foreign` in Tamil (words composed by `foreign_cue_shapes.shaped`). See
`foreign_cues` for what each pattern is.

Written from the general shapes of such clauses: a grant for commercial and non-commercial ends
alike ("வணிக மற்றும் வணிகம் சாரா நோக்கங்களுக்காக"), or for any purpose, a grant confined to
research or personal use ("ஆராய்ச்சிக்காக மட்டும்": Tamil writes "only" after its purpose), a
ban, commercial use needing the licensor's consent or a separate agreement ("தனியான வணிக உரிம
ஒப்பந்தம் செய்துகொள்ள வேண்டும்"), a cap on monthly active users or on revenue (lakh and crore:
`foreign_numbers_west`), and the law that governs ("இந்தியச் சட்டங்களுக்கு உட்பட்டது").
Tamil glues case endings to its nouns ("வணிகப்", "நோக்கங்களுக்காக") and its vowel signs are
no word characters: no pattern uses a word boundary. "வணிகம் சாரா" (non-commercial) is never
the commercial word.
"""

from __future__ import annotations

from auditor.licenses.terms.foreign_cue_shapes import Words, shaped

_TA_COM = r"(?<!வணிகம்\s)(?:வணிக(?!ம்\s+சாரா)|வியாபார)"
TA = shaped(
    Words(
        com=_TA_COM,
        non=r"வணிகம்\s+சாரா|வணிக\s*நோக்கமற்ற|(?:இ)?லாப\s*நோக்கற்ற",
        ban=r"தடை\s*செய்யப்பட்|தடைசெய்யப்பட்|கூடாது|அனுமதி\s+இல்லை|முடியாது",
        consent=r"(?:அனுமதி|ஒப்புதல்|உரிம|ஒப்பந்த)",
        without=r"(?!)",
        need=r"(?:வேண்டும்|தேவை(?!யில்லை)|அவசியம்)",
        # commercial ends included ("வணிக நோக்கங்கள் உட்பட"), or any purpose
        allowed=_TA_COM + r"\S*\s+(?:\S+\s+)?உட்பட|எந்த\s+நோக்கத்திற்காகவும்",
        both=r"வணிக\S*\s+(?:மற்றும்|அல்லது)\s+வணிகம்\s+சாரா|வணிகம்\s+சாரா\s+(?:மற்றும்|அல்லது)\s+"
        r"வணிக",
        only=r"(?!)",
        only_after=r"மட்டும்|மட்டுமே",
        research=r"ஆராய்ச்சி|கல்வி",
        personal=r"தனிப்பட்ட",
        mau=r"மாதாந்திர\s+(?:செயலில்\s+உள்ள\s+)?பயனர்|\bMAU\b",
        revenue=r"வருவாய்|வருமான|விற்றுமுதல்",
        annual=r"ஆண்டு|நிதியாண்டு|ஆண்டுக்கு",
        affiliates=r"(?:துணை|இணை)\s+நிறுவன",
        laws=((r"இந்தியச்?\s+சட்ட", "IN"), (r"இலங்கைச்?\s+சட்ட", "LK")),
        vocabulary=r"உரிம|நிபந்தனை|அனுமதி|தடை|வணிக|பொறுப்பு|உத்தரவாத|உரிமை|ஒப்பந்த",
        restrictive=r"மட்டும்|தடை|கூடாது|வணிக|அனுமதி|தவிர|வேண்டும்|பொருந்தாது",
        license_noun=r"உரிம|license",
        other_work=r"தரவுத்\s*தொகுப்பு|தரவு|அடிப்படை\s+மாடல்|குறியீடு",
        this_model=r"மாடல்|மாதிரி",
        extra_restricted=r"வணிக\s+உரிம\s+ஒப்பந்த|தனியான\s+(?:வணிக\s+)?உரிம",
    )
)
