import io
import json

import pytest

from veille.errors import BinaryInputError, DecodingError, EmptyInputError, InputError, RecordError
from veille.ingest import Article, read_inputs


def _read(*paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def test_txt_title_and_date_from_file_name(tmp_path):
    f = tmp_path / "2024-10-17-otan.fr.txt"
    f.write_text("Un titre sans point\nLe corps de l'article.\n", encoding="utf-8")
    [a] = _read(f)
    assert isinstance(a, Article)
    assert a.title == "Un titre sans point"
    assert a.published == "2024-10-17"
    assert a.text == "Un titre sans point\nLe corps de l'article.\n"
    assert a.doc_id == "file:" + f.resolve().as_posix()  # outside the current folder: absolute


def test_file_ids_are_relative_to_the_current_folder(tmp_path, monkeypatch):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Texte.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    # the same file reached through its folder or by its own path: one id
    assert [a.id for a in _read("sub")] == [a.id for a in _read("sub/a.txt")] == ["file:sub/a.txt"]
    # records and stdin keep their own id, else a content hash
    (tmp_path / "r.jsonl").write_text('{"text": "Un."}\n{"id": 7, "text": "Deux."}\n', encoding="utf-8")
    assert [a.doc_id.split(":")[0] for a in _read("r.jsonl")] == ["sha256", "7"]


def test_published_option_fills_only_missing_dates(tmp_path):
    dated = tmp_path / "2020-01-02-a.txt"
    dated.write_text("Texte.", encoding="utf-8")
    undated = tmp_path / "b.txt"
    undated.write_text("Texte deux.", encoding="utf-8")
    items = _read(dated, undated, published="2024-10-17")
    assert [a.published for a in items] == ["2020-01-02", "2024-10-17"]


def test_jsonl_broken_line_is_an_error_and_the_rest_goes_on(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text('{"id": "a", "text": "Un.", "published": "2024-01-02", "language": "fr"}\n'
                 '{"id": "b", "text": \n'
                 '{"id": "c", "title": "no text"}\n'
                 '{"id": "d", "text": "Deux."}\n', encoding="utf-8")
    items = _read(f)
    assert [type(i) for i in items] == [Article, RecordError, RecordError, Article]
    assert items[1].origin.endswith("batch.jsonl:2") and "broken JSON" in str(items[1])
    assert items[0].id == "a" and items[0].published == "2024-01-02" and items[0].language == "fr"


def test_json_list(tmp_path):
    f = tmp_path / "x.json"
    f.write_text(json.dumps([{"id": 1, "text": "A."}, {"id": 2, "text": "B."}]), encoding="utf-8")
    assert [a.id for a in _read(f)] == ["1", "2"]


def test_empty_binary_and_latin1(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Le ministre de la Défense a été reçu à Séoul jeudi.".encode("latin-1"))
    items = _read(empty, binary, latin)
    assert isinstance(items[0], EmptyInputError)
    assert isinstance(items[1], BinaryInputError)
    assert isinstance(items[2], Article) and "Défense" in items[2].text and "Séoul" in items[2].text


def test_undecodable_is_reported():
    from veille.ingest.decoding import decode

    # every high byte once: not UTF-8, not plausible cp1252 text, no charset makes sense of it
    with pytest.raises(DecodingError) as caught:
        decode(bytes(range(128, 256)) * 3, "bad.txt")
    assert caught.value.origin == "bad.txt" and "undecodable" in str(caught.value)


def test_missing_path_and_folder_recursion(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text("# Titre\nTexte.", encoding="utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\x00")
    items = _read(tmp_path, tmp_path / "nope.txt")
    assert isinstance(items[0], Article) and items[0].title == "Titre"
    assert isinstance(items[1], InputError) and "no such file" in str(items[1])


def test_stdin():
    [a] = list(read_inputs(["-"], stdin=io.BytesIO(b"Bonjour."), language="fr"))
    assert a.text == "Bonjour." and a.language == "fr" and a.origin == "<stdin>"


def test_html_main_text_title_and_date(tmp_path):
    body = " ".join(["Le ministre japonais de la Défense a rencontré ses homologues à Bruxelles."] * 8)
    f = tmp_path / "page.html"
    f.write_text(f"""<html><head><title>Réunion à Bruxelles</title>
<meta property="article:published_time" content="2024-10-17T10:00:00Z"></head>
<body><nav>Accueil | Monde</nav><article><h1>Réunion à Bruxelles</h1><p>{body}</p></article></body></html>""",
                 encoding="utf-8")
    [a] = _read(f)
    assert isinstance(a, Article)
    assert "homologues à Bruxelles" in a.text and "Accueil" not in a.text
    assert a.title == "Réunion à Bruxelles"
    assert a.published == "2024-10-17"


def test_rss_feed(tmp_path):
    f = tmp_path / "feed.rss"
    f.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>NATO ministers meet</title><link>http://example.invalid/1</link>
<description>&lt;p&gt;Ministers met in Brussels.&lt;/p&gt;</description>
<pubDate>Thu, 17 Oct 2024 10:00:00 GMT</pubDate></item></channel></rss>""", encoding="utf-8")
    [a] = _read(f)
    assert a.title == "NATO ministers meet" and a.published == "2024-10-17"
    assert a.text == "NATO ministers meet\nMinisters met in Brussels."


@pytest.mark.parametrize("codec, bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                        ("utf-32-le", b"\xff\xfe\x00\x00"), ("utf-32-be", b"\x00\x00\xfe\xff"),
                                        ("utf-8", b"\xef\xbb\xbf")])
def test_byte_order_marks_decide_the_encoding(codec, bom):
    from veille.ingest.decoding import decode

    text = "L'OTAN s'est réunie à Bruxelles «jeudi» 🇺🇦."
    assert decode(bom + text.encode(codec), "x.txt") == text


def test_a_byte_order_mark_that_lies_is_reported():
    from veille.ingest.decoding import decode

    with pytest.raises(DecodingError) as caught:
        decode(b"\xff\xfe\x00\xd8", "x.txt")  # UTF-16-LE mark, then a lone surrogate
    assert "utf-16-le" in str(caught.value)


def test_jsonl_lines_end_at_newline_only(tmp_path):
    f = tmp_path / "r.jsonl"
    records = [{"id": "a", "text": "Un\u2028deux\u2029trois\u0085quatre\x0cfin."}, {"id": "b", "text": "B."}]
    f.write_text("\r\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\r\n", encoding="utf-8")
    items = _read(f)
    assert [i.id for i in items] == ["a", "b"] and items[0].text == records[0]["text"]


def test_json_nested_too_deeply_is_a_record_error(tmp_path):
    f = tmp_path / "deep.jsonl"
    f.write_text('{"id": "ok", "text": "Un."}\n' + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    items = _read(f)
    assert isinstance(items[0], Article)
    assert isinstance(items[1], RecordError) and "nested too deeply" in str(items[1])
    assert items[1].origin.endswith("deep.jsonl:2")


@pytest.mark.parametrize("value, kept", [("2024-10-17", "2024-10-17"), ("1899-12-31", None),
                                         ("0001-01-01", None), ("9999-12-31", None), ("1900-01-01", "1900-01-01")])
def test_published_must_be_plausible(tmp_path, value, kept):
    f = tmp_path / "r.jsonl"
    f.write_text(json.dumps({"id": "a", "text": "Un.", "published": value}) + "\n", encoding="utf-8")
    [a] = _read(f)
    assert a.published == kept
    assert _read(f, published="2024-01-01")[0].published == (kept or "2024-01-01")


def test_size_cap(tmp_path):
    small, big = tmp_path / "a.txt", tmp_path / "b.txt"
    small.write_text("Un texte.", encoding="utf-8")
    big.write_text("é" * 600, encoding="utf-8")  # 1,200 bytes
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps({"id": "big", "text": "é" * 600}) + "\n"
                       + json.dumps({"id": "small", "text": "Un."}) + "\n", encoding="utf-8")
    items = _read(small, big, records, max_bytes=1000)
    assert [type(i) for i in items] == [Article, InputError, InputError, Article]
    assert "too big" in str(items[1]) and items[2].origin.endswith("r.jsonl:1")


def test_lone_surrogates_become_replacement_characters(tmp_path):
    f = tmp_path / "r.jsonl"
    f.write_text('{"id": "x\\ud800", "title": "T\\udc00", "text": "A\\ud83d B."}\n', encoding="utf-8")
    [a] = _read(f)
    assert (a.id, a.title, a.text) == ("x\ufffd", "T\ufffd", "A\ufffd B.")
    assert a.sha256  # encodable
