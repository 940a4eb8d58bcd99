"""Reads Passerelle's dataset exports with spaCy itself, as a data team would.

  spacy_accepts.py jsonl FILE      every span: doc.char_span(start, end) gives back its text
  spacy_accepts.py conll FILE DIR  `spacy convert --converter ner` reads the CoNLL file; prints
                                   the entities of the converted documents

Prints one JSON object on stdout for the test to check.
"""
import json
import subprocess
import sys

import spacy
from spacy.tokens import DocBin


def check_jsonl(path):
    nlp = spacy.blank("fr")
    spans = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            doc = nlp(record["text"])
            for span in record["spans"]:
                strict = doc.char_span(span["start"], span["end"], label=span["label"])
                expanded = doc.char_span(span["start"], span["end"], alignment_mode="expand")
                spans.append(
                    {
                        "expected": span["text"],
                        "sliced": record["text"][span["start"] : span["end"]],
                        "char_span": None if strict is None else strict.text,
                        "expanded": None if expanded is None else expanded.text,
                    }
                )
    return {"spacy": spacy.__version__, "spans": spans}


def check_conll(path, out_dir):
    subprocess.run(
        [sys.executable, "-m", "spacy", "convert", path, out_dir, "--converter", "ner", "--file-type", "spacy"],
        check=True,
        capture_output=True,
    )
    nlp = spacy.blank("fr")
    name = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    docs = list(DocBin().from_disk(f"{out_dir}/{name}.spacy").get_docs(nlp.vocab))
    return {
        "spacy": spacy.__version__,
        "documents": len(docs),
        "entities": [[ent.text, ent.label_] for doc in docs for ent in doc.ents],
    }


if __name__ == "__main__":
    mode = sys.argv[1]
    result = check_jsonl(sys.argv[2]) if mode == "jsonl" else check_conll(sys.argv[2], sys.argv[3])
    print(json.dumps(result, ensure_ascii=False))
