from veille.eval.evaluate import Evaluation
from veille.eval.report import as_json, markdown, table
from veille.eval.results import Figure, Issue, TaskResult, f1
from veille.eval.text import fold, names_match


def test_fold_and_names():
    assert fold("L’OTAN  à Pékin") == "l'otan a pekin"
    assert names_match("Gen Nakatani", "Nakatani")
    assert names_match("Gen Nakatani", "le général Nakatani")
    assert names_match("Volodymyr Zelensky", "Zelensky")
    assert not names_match("Mark Rutte", "Mark Carney")
    assert not names_match("Mark Rutte", None)


def test_f1_conventions():
    assert f1(None, 0.0) == 0.0
    assert f1(None, 0.5) is None
    assert f1(0.5, 0.5) == 0.5


def test_table_and_json_rendering():
    result = TaskResult("plover", "eval/p.jsonl", 2, [
        Figure("plover.type_found", 0.5, "1/2"),
        Figure("plover.other_type_per_sentence", 1.5, "3/2", lower_is_better=True, percent=False),
        Figure("plover.source_accuracy", None, "0/0"),
    ], [Issue("miss", "s1", "AGREE JOR -> -", "Jordan and Britain agreed.")])
    ev = [Evaluation(result, "f" * 64)]
    text = table(ev, show=True)
    assert "50.0%" in text and "1.50" in text and "n/a" in text and "(lower is better)" in text
    assert "MISS" in text and "| Jordan and Britain agreed." in text
    payload = as_json(ev, show=True)
    assert '"plover.source_accuracy": null' in payload and '"eval/p.jsonl": "ffff' in payload
    assert '"issues"' in payload and '"issues"' not in as_json(ev)
    md = markdown(ev)
    assert "| `plover.type_found` | 50.0% | 1/2 |" in md
    assert "| `plover.other_type_per_sentence` (lower is better) | 1.50 | 3/2 |" in md
