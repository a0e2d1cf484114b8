"""The English names of the languages `language` tells apart, by ISO 639-1 code ("und": a
Latin-script language none of its profiles knows)."""

from __future__ import annotations

LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ru": "Russian",
    "uk": "Ukrainian", "sr": "Serbian", "ar": "Arabic", "fa": "Persian", "ur": "Urdu",
    "he": "Hebrew", "th": "Thai", "hi": "Hindi", "bn": "Bengali", "ta": "Tamil",
    "te": "Telugu", "el": "Greek", "hy": "Armenian", "ka": "Georgian", "km": "Khmer",
    "lo": "Lao", "my": "Burmese", "si": "Sinhala", "am": "Amharic", "gu": "Gujarati",
    "pa": "Punjabi", "kn": "Kannada", "ml": "Malayalam", "de": "German", "fr": "French",
    "es": "Spanish", "pt": "Portuguese", "it": "Italian", "nl": "Dutch", "pl": "Polish",
    "tr": "Turkish", "vi": "Vietnamese", "id": "Indonesian",
    "sv": "Swedish", "cs": "Czech", "ro": "Romanian", "hu": "Hungarian", "fi": "Finnish",
    "da": "Danish", "no": "Norwegian", "hr": "Croatian", "bg": "Bulgarian", "lt": "Lithuanian",
    "lv": "Latvian", "et": "Estonian", "ms": "Malay", "sw": "Swahili", "tl": "Filipino",
    "sk": "Slovak", "sl": "Slovenian", "ca": "Catalan", "eu": "Basque",
    "sq": "Albanian", "gd": "Scottish Gaelic", "fy": "Frisian",
    "is": "Icelandic", "fo": "Faroese", "br": "Breton", "cy": "Welsh", "ga": "Irish",
    "se": "Northern Sami", "az": "Azerbaijani", "mi": "Maori",
    "ht": "Haitian Creole", "zu": "isiZulu", "gl": "Galician", "oc": "Occitan", "rm": "Romansh",
    "lb": "Luxembourgish", "hsb": "Upper Sorbian", "mr": "Marathi", "ne": "Nepali",
    "kk": "Kazakh", "ky": "Kyrgyz", "mk": "Macedonian",
    "und": "an undetermined language",
}  # fmt: skip
