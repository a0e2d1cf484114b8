"""The words of a model card's table key cell that qualifies a license key by the part of the
release it covers (`Licence (weights)`, `Lizenz (Gewichte)`, `License for the checkpoint`,
`Model weights license`, `模型许可证`), read by card_tables.py: how the part is joined to the
key, and which parts are the model's own.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

# A key cell qualified by a part: `Licence (weights)`, `许可证（权重）`, `License [model]`.
BRACKETED = lazy_pattern(
    r"(?P<key>[^()（）\[\]【】]+?)\s*[(（\[【](?P<part>[^()（）\[\]【】]{1,60})[)）\]】]"
)
# What joins a key to the part it names after it: a dash between spaces, or a preposition
# (`License - model`, `License for the weights`, `Licence du modèle`, `Lizenz der Gewichte`).
QUALIFIER_SPLIT = lazy_pattern(
    r"\s+[-–—]\s+|\s+(?:for|of|on|covering|für|der|des|du|de|del|do|da|dos|das|della|dello|dei"
    r"|degli|delle)\s+(?:(?:the|die|das|den|le|la|les|el|los|las|o|os|a|as|il|lo|i|gli)\s+"
    r"|l['’]\s*)?",
    re.IGNORECASE,
)
# The part named before a key (`Model weights license`, `Code-Lizenz`, `模型许可证`).
PART_BEFORE = lazy_pattern(
    r"(?P<part>.+?)[\s-]+(?P<key>licen[cs]e|lizenz|licencia|licen[çc]a|licenza|лицензия)"
    r"|(?P<cjk_part>.+?)\s*(?P<cjk_key>许可证|許可證|许可协议|許可協議|许可|許可|授权协议|授權協議"
    r"|ライセンス|라이선스|라이센스)",
    re.IGNORECASE,
)
# A part that is the model: its weights, checkpoints, parameters or adapters, in the languages
# of FOREIGN_LICENSE_WORDS' most common cards (German, French, Spanish, Portuguese, Italian,
# Russian, Chinese, Japanese, Korean).
MODEL_PART = lazy_pattern(
    r"\b(?:models?|weights?|checkpoints?|parameters|params|adapters?|lora|gguf|this\s+repo\w*"
    r"|modell\w*|gewichte?|mod[eè]les?|poids|modelos?|pesos|modell[oi]|pesi|модел\w*"
    r"|вес(?:а|ов)?)\b|模型|权重|權重|参数|參數|モデル|重み|ウェイト|모델|가중치",
    re.IGNORECASE,
)
# A part that is not this model's own even where it names a model: a parent's (`base model`,
# `modèle de base`, `基础模型`), or the card.
NOT_OWN_PART = lazy_pattern(
    r"\b(?:base|basis\w*|original\w*|upstream|parent|teacher|ursprüngl\w*|origine|cards?)\b"
    r"|基础|基座|底座|原始|原版|ベース|元の|기본|원본|卡|カード|카드",
    re.IGNORECASE,
)
# A qualifier naming the form of the value, not a part: `License (SPDX)`, `License (short name)`.
ID_FORM = lazy_pattern(
    r"spdx(?:\s+(?:id|identifier|expression|code))?|id|identifier|short(?:\s+name)?|name|type"
    r"|abbreviation|key",
    re.IGNORECASE,
)
