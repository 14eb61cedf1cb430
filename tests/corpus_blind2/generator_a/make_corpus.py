#!/usr/bin/env python3
"""Generate the cA_ blind corpus half: messages/ and threads/ with gold labels."""
import json
import shutil
from email.message import EmailMessage
from email.policy import SMTP, default
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from pathlib import Path

from stdnum.no import orgnr as stdorg

HERE = Path(__file__).resolve().parent
W = [3, 2, 7, 6, 5, 4, 3, 2]


def org(s8):
    """Return a valid org number, starting from the 8-digit stem s8 (bumped until valid)."""
    n = int(s8)
    while True:
        s = str(n)
        r = 11 - sum(int(d) * w for d, w in zip(s, W)) % 11
        if r != 10:
            full = s + str(0 if r == 11 else r)
            assert stdorg.is_valid(full)
            return full
        n += 1


def bad(o):
    """Same number with a wrong check digit."""
    b = o[:8] + str((int(o[8]) + 3) % 10)
    assert not stdorg.is_valid(b)
    return b


def sp(o):  # 912 345 678
    return f"{o[:3]} {o[3:6]} {o[6:]}"


def dots(o):
    return f"{o[:3]}.{o[3:6]}.{o[6:]}"


REQ = {
    "fictitious_customer": ["applicant"],
    "existing_customer": ["applicant", "customer"],
    "direct_access": ["applicant", "production_contact", "legal_basis"],
    "unspecified": ["applicant"],
}


def P(o, name, cn, ce, cp):
    return {"org_number": o, "name": name, "contact": {"name": cn, "email": ce, "phone": cp}}


def C(cn, ce, cp):
    return {"name": cn, "email": ce, "phone": cp}


def gold(t, app=None, cust=None, prod=None, lb=None, invalid=(), notes=""):
    g = {
        "order_type": t,
        "applicant": app or P(None, None, None, None, None),
        "customer": cust if t == "existing_customer" else None,
        "production_contact": prod if t == "direct_access" else None,
        "legal_basis": lb if t == "direct_access" else None,
        "missing": [],
        "invalid": sorted(invalid),
    }
    miss = []
    if t == "unspecified":
        miss.append("order_type")
    for part in REQ.get(t, []):
        if part in ("applicant", "customer"):
            p = g[part] or P(None, None, None, None, None)
            g[part] = p
            for k in ("org_number", "name"):
                if p[k] is None:
                    miss.append(f"{part}.{k}")
            for k in ("name", "email", "phone"):
                if p["contact"][k] is None:
                    miss.append(f"{part}.contact.{k}")
        elif part == "production_contact":
            c = g[part] or C(None, None, None)
            g[part] = c
            for k in ("name", "email", "phone"):
                if c[k] is None:
                    miss.append(f"production_contact.{k}")
        elif part == "legal_basis" and lb is None:
            miss.append("legal_basis")
    g["missing"] = sorted(miss)
    if t == "not_an_order":
        assert app is None and not invalid
    for pth in g["invalid"]:
        assert pth not in g["missing"]
    g["notes"] = notes
    return g


CLIENTS = {
    "outlook": ("{r}@AM0PR08MB{n}.eurprd08.prod.outlook.com", {"X-MS-Has-Attach": "", "Content-Language": "nb-NO"}),
    "outlook_en": ("{r}@DB9PR02MB{n}.eurprd02.prod.outlook.com", {"X-MS-Has-Attach": "", "Content-Language": "en-US"}),
    "gmail": ("CA{r}{n}@mail.gmail.com", {}),
    "apple": ("{r}-{n}@{dom}", {"X-Mailer": "Apple Mail (2.3774.300.61.1.2)"}),
    "iphone": ("{r}{n}@{dom}", {"X-Mailer": "iPhone Mail (21F90)"}),
    "thunderbird": ("{r}.{n}@{dom}", {"User-Agent": "Mozilla Thunderbird 128.4.2esr"}),
    "plain": ("{r}.{n}@{dom}", {}),
}

BASE = datetime(2026, 11, 2, 8, 0, tzinfo=timezone(timedelta(hours=1)))
_counter = [0]


def mid(client, dom):
    _counter[0] += 1
    n = _counter[0]
    r = f"{(n * 2654435761) % 0xFFFFFFFF:08X}{(n * 40503) % 0xFFFF:04X}"
    return "<" + CLIENTS[client][0].format(r=r, n=4000 + n * 7, dom=dom) + ">"


def build(frm, subject, body=None, html=None, client="gmail", charset="utf-8", cte="quoted-printable",
          to="opendata.rrh@brreg.no", extra=None, when=None, msgid=None, attach=None):
    m = EmailMessage(policy=default)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    _counter[0] += 0
    k = _counter[0]
    day = BASE + timedelta(days=(k // 3) + 2 * ((k // 3) // 5))  # skip weekends roughly
    m["Date"] = format_datetime(when or day.replace(hour=8 + (k * 5) % 8, minute=(k * 17) % 60, second=(k * 7) % 60))
    dom = frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = msgid or mid(client, dom)
    for k, v in CLIENTS[client][1].items():
        m[k] = v
    for k, v in (extra or {}).items():
        m[k] = v
    if body is not None:
        m.set_content(body, charset=charset, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte=cte)
    else:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    if attach:
        for data, mt, st, fn in attach:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


MESSAGES = []   # (name, msg, gold, summary)
THREADS = []    # (name, [msgs], gold, summary)


def add(name, msg, g, summary):
    MESSAGES.append((name, msg, g, summary))


import sys; sys.path.insert(0, str(HERE)); from items import define_items  # noqa: E402


def main():
    define_items(globals())
    for sub in ("messages", "threads"):
        shutil.rmtree(HERE / sub, ignore_errors=True)
        (HERE / sub).mkdir()
    for name, msg, g, summary in MESSAGES:
        (HERE / "messages" / f"{name}.eml").write_bytes(msg.as_bytes(policy=SMTP))
        (HERE / "messages" / f"{name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for name, msgs, g, summary in THREADS:
        d = HERE / "threads" / name
        d.mkdir()
        for i, msg in enumerate(msgs, 1):
            (d / f"{i:02d}.eml").write_bytes(msg.as_bytes(policy=SMTP))
        (d / "gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_readme()


def write_readme():
    from collections import Counter
    items = [(f"messages/{n}", g, s) for n, _, g, s in MESSAGES] + [(f"threads/{n}/ ({len(ms)} mails)", g, s) for n, ms, g, s in THREADS]
    cnt = Counter(g["order_type"] for _, g, _ in items)
    orders = [g for _, g, _ in items if g["order_type"] != "not_an_order"]
    nmiss = sum(1 for g in orders if g["missing"])
    ninv = sum(1 for g in orders if g["invalid"])
    L = ["# Blind corpus, half A (cA_)", "",
         "Written independently under the labelling rules of `/work/shared/corpus/README.md` and the refinements in",
         "`/work/shared/corpus2/README.md`. Layout as there: `messages/NAME.eml` + `NAME.json` (gold plus `notes`),",
         "`threads/NAME/NN.eml` + `gold.json` (state after the last mail). Regenerate with",
         "`/work/main/.venv/bin/python make_corpus.py` (bodies and labels are in `items.py`).", "",
         f"{len(items)} items: {len(MESSAGES)} single messages, {len(THREADS)} threads ({sum(len(m) for _, m, _, _ in THREADS)} mails).", "",
         "| order_type | items | share |", "| --- | ---: | ---: |"]
    for t in ("fictitious_customer", "existing_customer", "direct_access", "unspecified", "not_an_order"):
        L.append(f"| {t} | {cnt[t]} | {100 * cnt[t] / len(items):.1f}% |")
    L += ["", f"Orders (everything but not_an_order): {len(orders)}; with at least one missing field: {nmiss}; "
          f"with at least one invalid value: {ninv}.", "", "## Items", ""]
    for n, g, s in items:
        tail = ""
        if g["missing"]:
            tail += " — missing: " + ", ".join(g["missing"])
        if g["invalid"]:
            tail += " — invalid: " + ", ".join(g["invalid"])
        L.append(f"- `{n}` — {g['order_type']} — {s}{tail}")
    (HERE / "README.md").write_text("\n".join(L) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
