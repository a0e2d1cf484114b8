"""Parents stated in shapes read from round P's misses, each beside a twin naming none: a
derivation said "by structured pruning of X", and a training script loading its base through a
constant it sets (`BASE = "org/name"`, `from_pretrained(BASE)`) and saving the result. Cards and
scripts written here."""

from __future__ import annotations

from auditor.lineage.prose import stated_parents
from auditor.lineage.script_parents import script_parents

QWEN = "Qwen/Qwen2.5-7B-Instruct"


def test_a_method_with_a_kind_before_it_states_the_parent() -> None:
    body = f"Kestrel-3B was obtained by structured pruning of {QWEN}, then distilled."
    assert [p.ref for p in stated_parents(body)] == [QWEN]


def test_twin_pruning_named_in_a_comparison_states_none() -> None:
    body = f"We compare Kestrel-3B against structured pruning of {QWEN}."
    assert stated_parents(body) == ()


SCRIPT = f'''"""Fine-tune on our pairs."""
from transformers import AutoModelForSeq2SeqLM, Seq2SeqTrainer

BASE = "{QWEN}"
model = AutoModelForSeq2SeqLM.from_pretrained(BASE)
# ... three epochs on our data
model.save_pretrained("out/")
'''


def test_a_script_loading_its_base_through_a_constant_names_it() -> None:
    (parent,) = script_parents("train.py", SCRIPT)
    assert parent.ref == QWEN and parent.relation == "finetune"


def test_twin_a_script_that_only_evaluates_names_no_parent() -> None:
    evaluates = f'''from transformers import AutoModelForSeq2SeqLM

BASE = "{QWEN}"
model = AutoModelForSeq2SeqLM.from_pretrained(BASE)
print(model.generate(**inputs))
'''
    assert script_parents("eval.py", evaluates) == ()
