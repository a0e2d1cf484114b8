"""Counts written in words before a scale word in other languages, for `foreign_caps`: the
numbers the first lists lack ("cinquanta milioni", "fünfzig Millionen", "veinte millones",
"dwadzieścia milionów", "elli milyon", "lima puluh juta", "năm mươi triệu").

Swedish, Danish, Norwegian, Finnish and Hungarian too ("femhundra miljoner", "halvtreds
millioner", "viisisataa miljoonaa", "ötszáz millió"). Each language lists its words for 4 and
6 to 9, 15, the tens from 20 to 90 with 25, and 200,
250, 300 and 500, in that order (`_VALUES`); a word two languages share means the same in both.
"""

from __future__ import annotations

_VALUES = (4, 6, 7, 8, 9, 15, 20, 25, 30, 40, 50, 60, 70, 80, 90, 200, 250, 300, 500)
_WORDS = {
    "de": "vier sechs sieben acht neun fünfzehn zwanzig fünfundzwanzig dreißig vierzig fünfzig"
    " sechzig siebzig achtzig neunzig zweihundert zweihundertfünfzig dreihundert fünfhundert",
    "fr": "quatre six sept huit neuf quinze vingt vingt-cinq trente quarante cinquante soixante"
    " soixante-dix quatre-vingts quatre-vingt-dix deux_cents deux_cent_cinquante trois_cents"
    " cinq_cents",
    "es": "cuatro seis siete ocho nueve quince veinte veinticinco treinta cuarenta cincuenta"
    " sesenta setenta ochenta noventa doscientos doscientos_cincuenta trescientos quinientos",
    "pt": "quatro seis sete oito nove quinze vinte vinte_e_cinco trinta quarenta cinquenta"
    " sessenta setenta oitenta noventa duzentos duzentos_e_cinquenta trezentos quinhentos",
    "it": "quattro sei sette otto nove quindici venti venticinque trenta quaranta cinquanta"
    " sessanta settanta ottanta novanta duecento duecentocinquanta trecento cinquecento",
    "nl": "vier zes zeven acht negen vijftien twintig vijfentwintig dertig veertig vijftig zestig"
    " zeventig tachtig negentig tweehonderd tweehonderdvijftig driehonderd vijfhonderd",
    "pl": "cztery sześć siedem osiem dziewięć piętnaście dwadzieścia dwadzieścia_pięć trzydzieści"
    " czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt"
    " dwieście dwieście_pięćdziesiąt trzysta pięćset",
    "ru": "четыре шесть семь восемь девять пятнадцать двадцать двадцать_пять тридцать сорок"
    " пятьдесят шестьдесят семьдесят восемьдесят девяносто двести двести_пятьдесят триста"
    " пятьсот",
    "tr": "dört altı yedi sekiz dokuz on_beş yirmi yirmi_beş otuz kırk elli altmış yetmiş seksen"
    " doksan iki_yüz iki_yüz_elli üç_yüz beş_yüz",
    "id": "empat enam tujuh delapan sembilan lima_belas dua_puluh dua_puluh_lima tiga_puluh"
    " empat_puluh lima_puluh enam_puluh tujuh_puluh delapan_puluh sembilan_puluh dua_ratus"
    " dua_ratus_lima_puluh tiga_ratus lima_ratus",
    "vi": "bốn sáu bảy tám chín mười_lăm hai_mươi hai_mươi_lăm ba_mươi bốn_mươi năm_mươi"
    " sáu_mươi bảy_mươi tám_mươi chín_mươi hai_trăm hai_trăm_năm_mươi ba_trăm năm_trăm",
    "sv": "fyra sex sju åtta nio femton tjugo tjugofem trettio fyrtio femtio sextio sjuttio åttio"
    " nittio tvåhundra tvåhundrafemtio trehundra femhundra",
    "da": "fire seks syv otte ni femten tyve femogtyve tredive fyrre halvtreds tres halvfjerds"
    " firs halvfems tohundrede tohundredeoghalvtreds trehundrede femhundrede",
    "no": "fire seks sju åtte ni femten tjue tjuefem tretti førti femti seksti sytti åtti nitti"
    " tohundre tohundreogfemti trehundre femhundre",
    "fi": "neljä kuusi seitsemän kahdeksan yhdeksän viisitoista kaksikymmentä kaksikymmentäviisi"
    " kolmekymmentä neljäkymmentä viisikymmentä kuusikymmentä seitsemänkymmentä"
    " kahdeksankymmentä yhdeksänkymmentä kaksisataa kaksisataaviisikymmentä kolmesataa viisisataa",
    # not "hat" (6): a German verb before "Millionen" ("-": no word)
    "hu": "négy - hét nyolc kilenc tizenöt húsz huszonöt harminc negyven ötven hatvan hetven"
    " nyolcvan kilencven kétszáz kétszázötven háromszáz ötszáz",
}  # "_" joins the words of one number ("vinte e cinco")


def _table() -> dict[str, float]:
    table: dict[str, float] = {}
    for words in _WORDS.values():
        pairs = zip(words.split(), _VALUES, strict=True)
        table |= {word.replace("_", " "): float(value) for word, value in pairs if word != "-"}
    return table


COUNT_WORDS_MORE: dict[str, float] = _table()
"""Count words of the languages above -> their values."""
