"""Commercial use that waits for the licensor's permission or a further contract, in Chinese,
read by vocabulary, for `terms.foreign` (beside the `restricted` cue of `foreign_cues.ZH`):

  permission, then use     the permission named, then the use it opens: "经核准后方可使用",
                           "获本公司以书面批准后方可使用", "等我们寄回《商业使用同意书》以后再用",
                           "取得书面授权，始得继续使用"
  first ask, then permit   a duty to ask first, then the permission or the contract asked for:
                           "须先向本公司申请……批准", "请先写信给我们……同意书", "得先跟我们签一份
                           付费许可合同"
  not held, not used       use barred until it is held: "没拿到同意书之前，请别把本模型用在商业
                           用途上"

The passage must name commercial (profit-making, paid) use, and the clause must not say the
permission is not needed ("无需征得同意", "不需要另签协议"). What the permission is (written, a
further licence) is typed by `foreign_zh.permission_conditions`.

A sentence that refers to a cap stated elsewhere ("营业收入达到上面这个数的公司，不能享受免费
商用") bans only those past it (`refers_to_cap`).

Hand-rolled beside zh.yaml's rules: tables of words, read in a folded text (`foreign_zh.fold`).
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh_grant_words import commercial_named

__all__ = [
    "approval_named",
    "asks_permission",
    "may_refuse",
    "needs_permission",
    "only_a_record",
    "refers_to_cap",
    "registers_before_use",
]

# the licensor's permission, or a document carrying it
_PERMISSIONS = (
    "授权", "许可(?!方|人)", "同意", "批准", "核准", "审批", "审核", "准许", "认可", "批复", "签发",
)  # fmt: skip
_DOCUMENTS = "书|函|通知书|证|证书|文件|回函"
_PERMISSION = (
    r"(?:(?:" + "|".join(_PERMISSIONS) + r")(?:" + _DOCUMENTS + r")?"
    r"|(?<!本)(?:合同|合约|协议)|许可证)"  # not the licence itself ("遵守本协议")
)  # fmt: skip
# then the use it opens: after it, only then
_THEN = (
    r"(?:(?:后|以后|之后)[^。;]{0,4}?)?"
    # (not the 方 of 许可方: "被许可方可将本模型用于商业用途")
    r"(?:(?<!许可)(?<!授权)(?:方可|方能|方得)|才能|才可|始得|始可|才得|再用|再使用|再开始|才使用"
    r"|才用|再上线|再商用)"
)
# a duty to do it first, and the asking
_FIRST = r"(?:须|需|需要|必须|应|应当|请|得|要|务必)先?|事先|预先|提前|先"
_ASK = (
    r"(?:申请|取得|获得|获|征得|签|订立|签订|签署|提交|写信|来信|发函|联系|寄|递交|办理|购买|索取"
    r"|报批|报请)"
)
# held, or not
_HELD = r"(?:经|经过|获|获得|取得|得到|拿到|收到|持有|领到)"
_NOT_HELD = r"(?:未|没|没有|尚未|还没|还未|非|除非)" + _HELD + r"?"  # "非经本公司书面同意，不得"
_BAR = r"(?:不得|别|不要|请勿|勿|禁止|不能|不可|严禁|不准|不被允许|不允许|不予许可)"
# the permission said to be unneeded
_UNNEEDED = lazy_pattern(r"无需|无须|毋须|毋需|不需|不必|不用|免于|免除|用不着")

_THEN_SHAPE = lazy_pattern(_PERMISSION + r"[^。;]{0,12}?" + _THEN)
_FIRST_SHAPE = lazy_pattern(
    r"(?:" + _FIRST + r")[^。;]{0,24}?" + _ASK + r"[^。;]{0,40}?" + _PERMISSION
    # a duty to hold it: "须经本公司核准", "应获得许可方批准"
    + r"|(?:须|需|需要|必须|应|应当)(?:先|事先|预先)?" + _HELD + r"[^。;]{0,12}?" + _PERMISSION
)  # fmt: skip
# a condition stated as the grant's premise: "但前提是取得我们的书面同意", "以签订授权合同为前提"
_PREMISE_SHAPE = lazy_pattern(
    r"(?:前提是|前提为|条件是|条件为)[^。;]{0,6}?" + _ASK + r"[^。;]{0,20}?" + _PERMISSION
    + r"|以[^。;]{0,6}?" + _ASK + r"[^。;]{0,20}?" + _PERMISSION + r"[^。;]{0,4}?为(?:前提|条件)"
)  # fmt: skip
_NOT_HELD_SHAPE = lazy_pattern(
    _NOT_HELD + r"[^。;]{0,12}?" + _PERMISSION + r"[^。;]{0,8}?(?:之前|以前|前)?[^。;]{0,4}?"
    + r"[,，]?[^。;]{0,6}?" + _BAR
)  # fmt: skip
_CLAUSE = lazy_pattern(r"[^。;；]+")
# held before use: "取得授权之前，不得继续使用本模型"
_HELD_BEFORE_SHAPE = lazy_pattern(
    _HELD + r"[^。;]{0,12}?" + _PERMISSION + r"[^。;]{0,4}?(?:之前|以前)[,，]?[^。;]{0,6}?" + _BAR
)


def needs_permission(folded: str) -> bool:
    """Whether a folded passage naming commercial use makes it wait for the licensor's
    permission or a further contract (see the module)."""
    if not commercial_named(folded):
        return False
    for sentence in _CLAUSE.finditer(folded):
        text = sentence.group()
        for shape in (_THEN_SHAPE, _FIRST_SHAPE, _NOT_HELD_SHAPE, _PREMISE_SHAPE):
            match = shape.search(text)
            if match is not None and not _UNNEEDED.search(text[: match.end()]):
                return True
    return False


def asks_permission(folded: str) -> bool:
    """Whether a passage makes use wait for a permission or contract, whatever use it names
    (a clause continuing a cap's: "取得授权之前，不得继续使用本模型")."""
    shapes = (_THEN_SHAPE, _FIRST_SHAPE, _NOT_HELD_SHAPE, _HELD_BEFORE_SHAPE)
    return any(
        (m := shape.search(folded)) is not None and not _UNNEEDED.search(folded[: m.end()])
        for shape in shapes
    )


def approval_named(folded: str) -> bool:
    """Whether a passage names the licensor's approval (核准, 批准, 同意书 ...), not a contract."""
    return _APPROVAL.search(folded) is not None


_APPROVAL = lazy_pattern(r"核准|批准|准许|审批|审核|同意|批复|签发|认可")

# a cap stated elsewhere, referred to: "达到上面这个数", "超过上述门槛", "达到该标准的"
_REFERS = lazy_pattern(
    r"(?:达到|超过|超出|高于|多于|满|逾|越过|突破|到了)(?:了)?"
    r"(?:上面|上述|前述|上列|前项|前款|该|此|这个|这一|以上|上文)(?:所?(?:列|述|说|定|规定)的?)?"
    r"(?:这个|那个|的)?(?:数|数额|金额|门槛|标准|上限|限额|规模|数字|额度|水平)"
)


def refers_to_cap(folded: str) -> bool:
    """Whether a passage applies a cap stated elsewhere, naming no number of its own."""
    return _REFERS.search(folded) is not None


# --- the licensor may refuse --------------------------------------------------------------------

_GIVE = r"(?:给予|作出)?(?:核准|批准|同意|授权|许可|准许|通过)"
_DECIDE = r"(?:决定|酌定|裁量|判断|定夺|说了算)"
_WHO = r"(?:我们|我方|本公司|本院|许可方|授权方|许可人|权利人|发布方|公司)"
# a refusal of the application (not "拒绝承担责任")
_REFUSE = (
    r"(?:(?:拒绝|婉拒|回绝|驳回)(?=[^。;,，]{0,6}?(?:申请|请求|要求|授权|许可|同意)|\s*(?:[,，。;]|$))"
    r"|不予" + _GIVE + r")"
)
_MAY_REFUSE = lazy_pattern(
    # whether to approve is the licensor's to decide: "是否核准，由本公司自主决定",
    # "同意与否由我们决定"
    r"(?:是否|可否|能否)" + _GIVE + r"[^。;]{0,20}?由[^。;]{0,30}?" + _DECIDE
    + r"|" + _GIVE + r"与否[^。;]{0,4}?由[^。;]{0,30}?" + _DECIDE
    + r"|" + _WHO + r"[^。;]{0,10}?" + _DECIDE + r"(?:是否|可否)" + _GIVE
    # the licensor may or will refuse: "有些申请我们会婉拒", "本公司可拒绝"
    + r"|" + _WHO + r"[^。;]{0,6}?(?<!不)(?:会|可|可以|有权|得|将|保留)?[^。;不]{0,4}?" + _REFUSE
    # a refusal with no reasons given: "对不予核准的申请，不说明理由", "得不附理由拒绝"
    + r"|" + _REFUSE + r"[^。;]{0,10}?(?:不说明|无需说明|不必说明|不附|不给予?)(?:任何)?理由"
    + r"|(?:不说明|无需说明|毋须说明|不必说明|不附|不给予?)(?:任何)?理由(?:而|地)?" + _REFUSE
)  # fmt: skip
_NOT_REFUSING = lazy_pattern(
    r"(?:不会|不得|不能|不可|无权|不据以|不因|绝不)[^。;]{0,12}?(?:拒绝|婉拒|驳回|不让)"
)


def may_refuse(folded: str) -> bool:
    """The licensor decides whether to give its permission, or may refuse it (not "我们不会拒绝
    任何人", a registration's promise)."""
    return _MAY_REFUSE.search(folded) is not None and _NOT_REFUSING.search(folded) is None


# --- a registration: the licensee's own act -------------------------------------------------------

_REGISTER = (
    r"(?:登记|注册|报备|备案|告知|通知|填写|填具|填报|问卷|登记表|(?:发送|发|寄)(?:一封|封)?(?:电子)?邮件"
    r"|写信告诉|留个?言)"
)
_BEFORE = r"(?:前|之前|以前|事先|先)"
_REGISTERS = lazy_pattern(
    r"(?:" + _FIRST + r"|" + _BEFORE + r")[^。;]{0,60}?" + _REGISTER
)  # fmt: skip


def registers_before_use(folded: str) -> bool:
    """A duty to register or tell the licensor before or for commercial use, named in any of
    the words for it ("为营利目的使用者，应于开始使用前填具登记表", "公司要靠它赚钱，得先……发封
    邮件"); whether the passage names a decision of the licensor is `foreign_zh_routes`'s."""
    if not commercial_named(folded):
        return False
    return any(  # "也不需要……办理登记": no duty
        not _UNNEEDED.search(folded[max(m.start() - 3, 0) : m.end()])
        for m in _REGISTERS.finditer(folded)
    )


# what a registration is, beyond zh.yaml's rule: no review ("不予审查"), no condition of the
# licence ("并非授权之要件"), nobody refused on it ("不据以拒绝"), use may start on sending
# ("送出后即得开始使用")
_ONLY_A_RECORD = lazy_pattern(
    r"不予(?:审查|审核|审批|批准|核准)|(?:并非|不是|不构成|非)[^。;]{0,6}?(?:授权|许可|使用)[^。;]{0,3}?"
    r"(?:要件|条件|前提)|不据以拒绝|(?:送出|提交|发出|发送|寄出|发出去)(?:后|之后|以后)?[^。;]{0,8}?"
    r"(?:即得|即可|就可以?|便可|就能|马上|立即|当天)"
)


def only_a_record(folded: str) -> bool:
    """Whether a passage says what a registration is: a record, not the licensor's decision."""
    return _ONLY_A_RECORD.search(folded) is not None
