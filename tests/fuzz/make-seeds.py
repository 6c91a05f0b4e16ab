#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz/corpus/ from the contract's examples and the test
fixtures (run again when they change; the files it writes are committed). Seeds written by
hand (regression inputs of bugs the fuzzers found) are named regression-* and kept."""
import hashlib, json, os, pathlib

root = pathlib.Path(__file__).resolve().parents[2]
corpus = root / "tests/fuzz/corpus"
contract = json.loads((root / "resources/api/provisioning-api.json").read_text())


def examples_of(media):
    found = []
    if "example" in media:
        found.append(media["example"])
    for e in media.get("examples", {}).values():
        if isinstance(e, dict) and "value" in e:
            found.append(e["value"])
    schema = media.get("schema", {})
    if isinstance(schema, dict) and "example" in schema:
        found.append(schema["example"])
    return found


def contract_examples(path_words, request):
    out = []
    for path, ops in contract["paths"].items():
        if not all(w in path for w in path_words):
            continue
        for method, op in ops.items():
            if not isinstance(op, dict):
                continue
            if request:
                out += examples_of(op.get("requestBody", {}).get("content", {}).get("application/json", {}))
            else:
                for code, r in op.get("responses", {}).items():
                    if code.startswith("2") and isinstance(r, dict):
                        out += examples_of(r.get("content", {}).get("application/json", {}))
    return out


def fixtures(*dirs):
    return [json.loads(p.read_text()) for d in dirs for p in sorted((root / d).glob("*.json"))]


def write(target, items):
    d = corpus / target
    d.mkdir(parents=True, exist_ok=True)
    for old in d.iterdir():
        if not old.name.startswith("regression-"):
            old.unlink()
    for item in items:
        data = item if isinstance(item, bytes) else (item if isinstance(item, str) else json.dumps(item, ensure_ascii=False, indent=1)).encode()
        (d / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


wa_requests = contract_examples(["whatsapp/templates"], True) + fixtures("tests/preview/fixtures", "tests/cli/fixtures")
wa_servers = [e for e in contract_examples(["whatsapp/templates"], False) if isinstance(e, dict)]
# A server template whose pending changes hold a request of the fixtures.
wa_servers += [{"name": f.get("name", "t"), "language": f.get("language", "EN_US"), "state": "APPROVED",
                "details": f.get("details", {}), "changes": {"status": "DRAFT", "details": f.get("details", {})},
                "qualityScore": "HIGH", "modified": "2024-05-01T10:00:00Z",
                "analytics": [{"sent": 10, "delivered": 9, "read": 5, "clicks": [{"button": "A", "count": 2}]}]}
               for f in fixtures("tests/preview/fixtures") if "details" in f]
kakao = contract_examples(["kakaotalk", "templates"], True) + contract_examples(["kakaotalk", "templates"], False)
activities = []
for e in contract_examples(["activities"], False):
    if isinstance(e, dict):
        for v in e.values():
            if isinstance(v, list):
                activities += [a for a in v if isinstance(a, dict)]
feeds = ["p1|whatsapp.template|order_update|EN_US", "p1|whatsapp.account", "p1|kakaotalk.sender|@acme",
         "p1|kakaotalk.template|@acme|T1", "p1|rcs.sender|agent_1", "p1|rcs.account"]

write("fuzz_templatedocument", wa_servers + wa_requests)
write("fuzz_whatsapptemplateview", wa_servers)
write("fuzz_templatevalidator", wa_requests + kakao)
write("fuzz_activity", [f + "\n" + json.dumps(a) for f, a in zip(feeds * 4, activities)] + feeds)
paths = ["details.components.1.text", "details.components.0.buttons.0.text", "name", "", "details.components.9",
         "details..x", "details.components.-1"]
write("fuzz_jsonpath", [p + "\n" + json.dumps(d) for p, d in zip(paths, (wa_requests * 2)[: len(paths)])])
pairs = list(zip(wa_requests, wa_requests[1:] + wa_requests[:1]))
write("fuzz_jsondiff", [json.dumps(a) + "\n----\n" + json.dumps(b) for a, b in pairs])
bodies = []
for f in fixtures("tests/preview/fixtures"):
    for comp in f.get("details", {}).get("components", []):
        if isinstance(comp, dict) and comp.get("text"):
            ex = comp.get("examples") or ([comp["example"]] if isinstance(comp.get("example"), str) else [])
            bodies.append("|".join(x for x in ex if isinstance(x, str)) + "\n" + comp["text"])
bodies += ["\n*bold* _italic_ ~strike~ ```mono``` `code`\n- item\n1. first\n> quote {{1}}",
           "a|b\n*_bold italic_* {{1}} {{2}} {{10}}"]
write("fuzz_whatsappformatting", bodies)
write("fuzz_faultsettings", ["latency=200,503=0.1", "500=0.2,429=0.1,retry-after=3", "drop=0.05,truncate=0.1,malformed=0.1",
                             "token-ttl=60,seed=42", "", "latency=0"])
# First byte: 0 the GUI's command line, 1 lint, 2 preview, 3 export, 4 import; one word a line after it.
write("fuzz_commandline", ["\x00--sandbox\n--faults\nlatency=200\n--review-delay\n2.5",
                           "\x00--version", "\x00-platform\noffscreen\n--sandbox",
                           "\x01--json\n--channel=kakaotalk\na.json\nb.json", "\x01--channel\nwhatsapp\nx.json",
                           "\x02t.json\n-o\nout.png\n--dark\n--scale\n2\n--example\ncustomer=Kim\n--channel-name\nAcme",
                           "\x02--channel\nkakaotalk\nt.json\n--output=x.png\n--raw-variables",
                           "\x03--project\nSandbox\n--out\nexport",
                           "\x03--project\nP\n--out=d\n--key-id\nK\n--base-url\nhttp://127.0.0.1:1\n--auth\nbasic",
                           "\x04--project\nP\nexport\n--dry-run\n--as-drafts\n--overwrite",
                           "\x04--project=P\n--key-id=K\n--token-url=https://auth.example/oauth2/token\nd"])
for d in sorted(corpus.iterdir()):
    print(d.name, len(list(d.iterdir())))
