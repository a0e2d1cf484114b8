"""Session 22: in Swedish, Danish, Norwegian, Czech, Romanian, Hungarian and Finnish, a grant
reserved to non-commercial organisations (universities, non-profits, research institutes) is
read as such (`use_scope` non-commercial-organizations: a company is left out, a university is
not), and no longer as a grant for research only; a plain grant of the right to use, copy or
modify is no term (as the English rules read one), while a grant naming a purpose stays for
the term readers and is said unread when none reads it. Sentences are our own words."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign


@pytest.mark.parametrize(
    "text",
    [
        "Licensen beviljas endast universitet och andra icke-vinstdrivande "
        "forskningsorganisationer.",
        "Licence se uděluje výhradně univerzitám a neziskovým organizacím.",
        "Licența se acordă numai instituțiilor de cercetare și universităților.",
        "A licenc kizárólag egyetemeknek és kutatóintézeteknek adható.",
        "Lisenssi myönnetään ainoastaan yliopistoille ja tutkimuslaitoksille.",
        "Lisensen gis kun til universiteter og forskningsinstitusjoner.",
    ],
)
def test_a_grant_reserved_to_non_commercial_organisations(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread
    scopes = reading.values["use_scope"]
    assert isinstance(scopes, list) and "non-commercial-organizations" in scopes
    assert "research" not in scopes  # research institutes are who, not what for


@pytest.mark.parametrize(
    "text",
    [
        "Modellen får användas endast för forskning.",
        "Mallia saa käyttää ainoastaan tieteelliseen tutkimukseen.",
        "Modelul poate fi folosit numai pentru cercetare științifică.",
        "Modellen kan kun brukes til forskning og undervisning.",
    ],
)
def test_a_grant_for_research_only_stays_research_only(text: str) -> None:
    values = read_foreign(text).values
    assert values["kind"] == "research-only"
    assert "non-commercial-organizations" not in values["use_scope"]  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    [
        "Licensgiveren giver dig en ikke-eksklusiv ret til at bruge og ændre modellen.",
        "Lisensgiver gir deg en vederlagsfri rett til å bruke, kopiere og endre modellen.",
        "Kuikka Oy myöntää lisenssinsaajalle maksuttoman ja ei-yksinomaisen oikeuden käyttää "
        "ja muokata mallia.",
        "Lärka AB ger licenstagaren en avgiftsfri och icke-exklusiv rätt att använda, kopiera "
        "och ändra modellen.",
    ],
)
def test_a_plain_grant_states_no_term(text: str) -> None:
    reading = read_foreign(text)
    # a plain grant, nothing narrowing it: every use (session 35), as the English rules read it
    assert not reading.unread and reading.values == {"commercial_use": "allowed"}


@pytest.mark.parametrize(
    "text",
    [
        # a purpose named: for the term readers, said unread when none reads it
        "Licensgivaren ger dig rätt att använda modellen för forskning.",
        "Lisenssinantaja myöntää oikeuden käyttää mallia tutkimukseen.",
        "Licențiatorul acordă dreptul de a utiliza Modelul pentru cercetare.",
    ],
)
def test_a_grant_naming_a_purpose_is_no_plain_grant(text: str) -> None:
    reading = read_foreign(text)
    assert reading.unread or reading.values
