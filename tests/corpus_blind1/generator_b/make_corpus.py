#!/usr/bin/env python3
"""Generator for blind corpus half B (bB_*). Builds .eml with the stdlib email package and writes gold labels."""
import json
import random
import shutil
import uuid
from email import policy
from email.message import EmailMessage
from pathlib import Path

OUT = Path(__file__).resolve().parent
RNG = random.Random(20261203)
TO = "opendata.rrh@brreg.no"
POL = policy.default.clone(linesep="\n", max_line_length=78)
POL_CRLF = policy.default.clone(linesep="\r\n", max_line_length=78)

W = [3, 2, 7, 6, 5, 4, 3, 2]


def check_digit(first8):
    s = sum(int(d) * w for d, w in zip(first8, W))
    r = 11 - s % 11
    return 0 if r == 11 else (None if r == 10 else r)


class Org:
    def __init__(self, valid=True):
        while True:
            first8 = str(RNG.choice([8, 9])) + "".join(str(RNG.randrange(10)) for _ in range(7))
            c = check_digit(first8)
            if c is not None:
                break
        if valid:
            self.d = first8 + str(c)
        else:
            bad = (c + RNG.randrange(1, 9)) % 10
            self.d = first8 + str(bad)
        self.valid = valid

    def sp(self):  # 912 345 678
        return f"{self.d[:3]} {self.d[3:6]} {self.d[6:]}"

    def dot(self):
        return f"{self.d[:3]}.{self.d[3:6]}.{self.d[6:]}"

    def mva(self):
        return f"NO {self.sp()} MVA"

    def __str__(self):
        return self.d


class Ph:
    def __init__(self, kind="mob", invalid=None, cc="47"):
        self.cc = cc
        if invalid == "43":
            self.d = "43" + "".join(str(RNG.randrange(10)) for _ in range(6))
        elif invalid == "7":
            self.d = RNG.choice("49") + "".join(str(RNG.randrange(10)) for _ in range(6))
        elif kind == "mob":
            p = RNG.choice(["9", "9", "9", "40", "41", "45", "46", "47", "48"])
            self.d = p + "".join(str(RNG.randrange(10)) for _ in range(8 - len(p)))
        elif kind == "land":
            p = RNG.choice(["22", "23", "32", "35", "51", "55", "61", "62", "71", "73", "75", "77"])
            self.d = p + "".join(str(RNG.randrange(10)) for _ in range(6))
        elif kind == "se":  # Swedish mobile 07x -> +46 7x
            self.d = "7" + RNG.choice("0236") + "".join(str(RNG.randrange(10)) for _ in range(7))
        elif kind == "dk":
            self.d = RNG.choice(["20", "26", "28", "31", "40", "50", "61"]) + "".join(str(RNG.randrange(10)) for _ in range(6))
        self.e = f"+{cc}{self.d}"

    def s3(self):  # 912 34 567
        d = self.d
        if len(d) == 8 and d[0] in "49":
            return f"{d[:3]} {d[3:5]} {d[5:]}"
        if len(d) == 8:
            return f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
        return f"{d[:3]} {d[3:5]} {d[5:]}"

    def s2(self):  # 91 23 45 67
        d = self.d
        return " ".join(d[i:i + 2] for i in range(0, len(d), 2))

    def __str__(self):
        return self.d


def mid_gmail():
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "<CA" + "".join(RNG.choice(chars) for _ in range(40)) + "@mail.gmail.com>"


def mid_outlook():
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    box = "".join(RNG.choice(chars) for _ in range(4))
    return f"<DB{box}PR0{RNG.randrange(1,9)}MB{RNG.randrange(1000,9999)}{''.join(RNG.choice(chars) for _ in range(6))}@DB{box}PR0{RNG.randrange(1,9)}MB{RNG.randrange(1000,9999)}.eurprd0{RNG.randrange(1,9)}.prod.outlook.com>"


def mid_uuid(domain, upper=False):
    u = str(uuid.UUID(int=RNG.getrandbits(128)))
    return f"<{u.upper() if upper else u}@{domain}>"


def boundary():
    return "".join(RNG.choice("0123456789abcdef") for _ in range(28))


def build(frm, subject, date, msgid, text=None, html=None, charset="utf-8", cte="quoted-printable",
          html_cte=None, flowed=False, headers=(), to=TO, cc=None):
    m = EmailMessage(policy=POL)
    if msgid:
        m["Message-ID"] = msgid
    m["Date"] = date
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, subtype="plain", charset=charset, cte=cte)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte=html_cte or cte)
            m.set_boundary("000000000000" + boundary()[:16])
    else:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    return m


def text2html(text):
    import html as H
    return '<div dir="ltr">' + "<br>".join(H.escape(l) for l in text.split("\n")) + "</div>\n"


# ---------------------------------------------------------------- labels
APP = ["org_number", "name", "contact.name", "contact.email", "contact.phone"]


def party(t):
    if t is None:
        return None
    org, name, cn, ce, cp = t
    return {"org_number": None if org is None else str(org), "name": name,
            "contact": {"name": cn, "email": None if ce is None else ce.lower(),
                        "phone": None if cp is None else (cp.e if isinstance(cp, Ph) else cp)}}


def label(otype, app=None, cust=None, prod=None, basis=None, invalid=(), notes=""):
    lab = {"order_type": otype, "applicant": None, "customer": None, "production_contact": None,
           "legal_basis": None, "missing": [], "invalid": sorted(invalid), "notes": notes}
    if otype == "not_an_order":
        lab["applicant"] = party((None,) * 5)
        return lab
    lab["applicant"] = party(app)
    miss = []
    for k, v in zip(APP, app):
        if v is None:
            miss.append("applicant." + k)
    if otype == "unspecified":
        miss.append("order_type")
    if otype == "existing_customer":
        cust = cust or (None,) * 5
        lab["customer"] = party(cust)
        for k, v in zip(APP, cust):
            if v is None:
                miss.append("customer." + k)
    if otype == "direct_access":
        pc = prod or (None,) * 3
        lab["production_contact"] = {"name": pc[0], "email": None if pc[1] is None else pc[1].lower(),
                                     "phone": None if pc[2] is None else (pc[2].e if isinstance(pc[2], Ph) else pc[2])}
        for k, v in zip(["name", "email", "phone"], pc):
            if v is None:
                miss.append("production_contact." + k)
        lab["legal_basis"] = basis
        if basis is None:
            miss.append("legal_basis")
    lab["missing"] = sorted(miss)
    return lab


ITEMS = []  # (name, kind, otype, tricky, label, msgs)


def add(name, tricky, lab, msg):
    ITEMS.append((name, "message", tricky, lab, [msg]))


def add_thread(name, tricky, lab, msgs):
    ITEMS.append((name, "thread", tricky, lab, msgs))


DISCLAIMER_NO = (
    "Denne e-posten kan inneholde konfidensiell informasjon og er kun ment for adressaten. "
    "Dersom du har mottatt den ved en feil, ber vi deg varsle avsender og slette e-posten "
    "og eventuelle vedlegg. Uautorisert bruk, kopiering eller videreformidling er ikke tillatt. "
    "Vi tar forbehold om at e-post kan bli endret under overføring."
)
DISCLAIMER_EN = (
    "CONFIDENTIALITY NOTICE: This message and any attachments are intended solely for the named "
    "recipient(s) and may contain privileged or confidential information. If you are not the intended "
    "recipient, please notify the sender immediately and delete this message. Any review, retransmission, "
    "dissemination or other use of this information by persons other than the intended recipient is prohibited. "
    "Please consider the environment before printing this e-mail."
)

exec(open(OUT / "items_a.py", encoding="utf-8").read())
exec(open(OUT / "items_b.py", encoding="utf-8").read())
exec(open(OUT / "items_c.py", encoding="utf-8").read())


def main():
    for sub in ("messages", "threads"):
        if (OUT / sub).exists():
            shutil.rmtree(OUT / sub)
        (OUT / sub).mkdir()
    for name, kind, tricky, lab, msgs in ITEMS:
        if kind == "message":
            m = msgs[0]
            data = m if isinstance(m, bytes) else m.as_bytes(policy=getattr(m, "_pol", POL))
            (OUT / "messages" / f"{name}.eml").write_bytes(data)
            (OUT / "messages" / f"{name}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        else:
            d = OUT / "threads" / name
            d.mkdir()
            for i, m in enumerate(msgs, 1):
                data = m if isinstance(m, bytes) else m.as_bytes(policy=getattr(m, "_pol", POL))
                (d / f"{i:02d}.eml").write_bytes(data)
            (d / "gold.json").write_text(json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    # README
    from collections import Counter
    cnt = Counter(lab["order_type"] for _, _, _, lab, _ in ITEMS)
    orders = [x for x in ITEMS if x[3]["order_type"] != "not_an_order"]
    nmiss = sum(1 for x in orders if x[3]["missing"])
    ninv = sum(1 for x in orders if x[3]["invalid"])
    nmsg = sum(1 for x in ITEMS if x[1] == "message")
    nthr = sum(1 for x in ITEMS if x[1] == "thread")
    lines = ["# Blind corpus, half B (bB_*)", "",
             "Written blind (without reading the parser) under the labelling rules of `../../shared/corpus/README.md` "
             "and the conventions of `../../shared/corpus2/README.md`. Layout as there: `messages/NAME.eml` + `NAME.json`, "
             "`threads/NAME/NN.eml` + `gold.json` (state after the last mail). Built by `make_corpus.py` (stdlib `email`).", "",
             f"{len(ITEMS)} items: {nmsg} single messages, {nthr} threads.", "",
             "| order_type | items | share |", "| --- | ---: | ---: |"]
    for t in ["fictitious_customer", "existing_customer", "direct_access", "unspecified", "not_an_order"]:
        lines.append(f"| {t} | {cnt[t]} | {100 * cnt[t] / len(ITEMS):.1f}% |")
    lines += ["", f"Orders (everything but not_an_order): {len(orders)}; with at least one missing field: {nmiss}; "
                  f"with at least one invalid value: {ninv}.", "", "## Families and styles covered", "",
              "Nynorsk (001, 022, 041, 046, t05); dialect (trøndersk 015, bergensk 036); Swedish and Danish vendors with "
              "Norwegian NUF branches (005, 006, 024, 029) and a Danish unspecified (047); English from international vendors "
              "(002, 018, 023, 037, 045, 053, 054, t03) and a Norwegian-English mix (043); very short mails (003, 028, 035, 044); "
              "very long mails with disclaimers (008, 032); top-posted corrections and answers (t02, t04); the customer writes (021); "
              "consultants writing for a vendor (007, 026); several enterprises with only one the party (016, 025, 039); "
              "contact details spread over body and signature (010, 033); Outlook HTML tables (009, 027) and other HTML-only "
              "webmail (038); mobile clients (003, 004, 028, 035, t04); all lower case (004, 028); typos (011, 034); "
              "placeholders and 'to follow' (004, 014, 019, 031, 037); invalid org number, phone and email (012, 013, 030, 043; "
              "a malformed email corrected in t04); forwarded customer confirmation as content (039); not_an_order: "
              "out-of-office, eligibility questions, production request, newsletter, status question, support question, "
              "bounce, a thank-you/meeting request (048-056).", "",
              "Encodings and clients: utf-8 quoted-printable (Gmail/Outlook multipart/alternative), windows-1252 QP, "
              "ISO-8859-1 8bit format=flowed (Thunderbird), ISO-8859-1 QP (Apple Mail), base64 (Android/Samsung), "
              "us-ascii 7bit (mutt), utf-8 8bit (Roundcube), HTML-only (Outlook, Zimbra), encoded-word display names "
              "(Q and B), multipart/report bounce.", "", "## Items", ""]
    for name, kind, tricky, lab, msgs in ITEMS:
        where = f"messages/{name}" if kind == "message" else f"threads/{name}/ ({len(msgs)} mails)"
        extra = []
        if lab["missing"]:
            extra.append("missing: " + ", ".join(lab["missing"]))
        if lab["invalid"]:
            extra.append("invalid: " + ", ".join(lab["invalid"]))
        lines.append(f"- `{where}` — {lab['order_type']} — {tricky}" + (" — " + "; ".join(extra) if extra else ""))
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(ITEMS), dict(cnt), "missing", nmiss, "invalid", ninv)


if __name__ == "__main__":
    main()
