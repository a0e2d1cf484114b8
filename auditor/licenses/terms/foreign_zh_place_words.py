"""Words of Chinese territorial clauses beyond zh.yaml's rules, for `foreign_zh._territory`
(kept apart: foreign_zh.py is at its size limit).

- Service withheld in a place, the clause ending on the service ("不得在欧盟境内提供服务",
  "不得向位于伊朗的用户提供基于本模型的服务"): a use withheld there, as "不得在伊朗境内使用".
- Outside a place ("日本境外", "中国大陆以外"): use confined to it (read by
  `foreign_zh_territory`), no place withheld.
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["OUTSIDE", "SERVING"]

SERVING = lazy_pattern(
    r"(?:禁止|不得|严禁|不可|不能|不允许)[^。;]{0,30}?提供[^。;]{0,12}?服务(?=[。;,]|$)"
)
OUTSIDE = r"(?:地区|大陆)?(?:境外|以外|之外)"  # after a place's name
