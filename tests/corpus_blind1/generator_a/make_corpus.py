#!/usr/bin/env python3
"""Generator for blind corpus half A (bA_*). Builds .eml with the stdlib email package and writes gold labels."""
import json, os, shutil
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
W = [3, 2, 7, 6, 5, 4, 3, 2]

def org(p):
    """valid org number from an 8-digit prefix (bumps the prefix if the check digit would be 10)"""
    n = int(p)
    while True:
        s = str(n)
        r = 11 - sum(int(a) * b for a, b in zip(s, W)) % 11
        if r == 11: r = 0
        if r != 10: return s + str(r)
        n += 1

def bad(p):
    v = org(p)
    return v[:8] + str((int(v[8]) + 3) % 10)

def sp(o):  # 912 345 678
    return f"{o[:3]} {o[3:6]} {o[6:]}"

TZ = timezone(timedelta(hours=1))
_day = [0]
def date():
    """working-hours dates on weekdays from 2 Nov 2026, about four mails a day"""
    i = _day[0]; _day[0] += 1
    d = datetime(2026, 11, 2, tzinfo=TZ)
    bd = i // 4
    while bd:
        d += timedelta(days=1)
        if d.weekday() < 5: bd -= 1
    return d.replace(hour=8 + (i * 5) % 9, minute=(i * 17 + 3) % 60)

def at(day, hh, mm):
    return datetime(2026, 11, day, hh, mm, tzinfo=TZ)

CLIENTS = {
    'outlook': ('X-Mailer', 'Microsoft Outlook 16.0'),
    'gmail': None,
    'apple': ('X-Mailer', 'Apple Mail (2.3774.300.61.1.2)'),
    'iphone': ('X-Mailer', 'iPhone Mail (21F90)'),
    'thunderbird': ('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0'),
    'roundcube': ('User-Agent', 'Roundcube Webmail/1.6.9'),
    'android': ('X-Mailer', 'Outlook for Android'),
    'owa': ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
}

def mk(frm, subject, text=None, html=None, client='gmail', charset='utf-8', cte='quoted-printable',
       msgid=None, refs=None, extra=None, attach=None, when=None):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = 'opendata.rrh@brreg.no'
    m['Subject'] = subject
    m['Date'] = format_datetime(when or date())
    dom = frm.split('@')[-1].rstrip('>')
    m['Message-ID'] = msgid or make_msgid(domain=dom)
    if refs:
        m['References'] = refs
    c = CLIENTS.get(client)
    if c: m[c[0]] = c[1]
    for k, v in (extra or {}).items(): m[k] = v
    if text is not None:
        m.set_content(text, charset=charset, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype='html', charset=charset, cte=cte)
    else:
        m.set_content(html, subtype='html', charset=charset, cte=cte)
    for fn, data, mt in (attach or []):
        mn, st = mt.split('/')
        m.add_attachment(data.encode('utf-8'), maintype=mn, subtype=st, filename=fn)
    return m

def C(n=None, e=None, p=None): return {'name': n, 'email': e, 'phone': p}
def P(o=None, n=None, c=None): return {'org_number': o, 'name': n, 'contact': c or C()}

REQ = {
    'fictitious_customer': ['applicant'], 'existing_customer': ['applicant', 'customer'],
    'direct_access': ['applicant', 'production_contact', 'legal_basis'], 'unspecified': ['applicant'],
}
def gold(t, app=None, cust=None, prod=None, basis=None, invalid=(), notes=''):
    if t == 'not_an_order':
        return {'order_type': t, 'applicant': P(), 'customer': None, 'production_contact': None,
                'legal_basis': None, 'missing': [], 'invalid': [], 'notes': notes}
    miss = []
    def party(pre, p):
        if p is None:
            return [f'{pre}.org_number', f'{pre}.name', f'{pre}.contact.name', f'{pre}.contact.email', f'{pre}.contact.phone']
        r = [f'{pre}.{k}' for k in ('org_number', 'name') if p[k] is None]
        r += [f'{pre}.contact.{k}' for k in ('name', 'email', 'phone') if p['contact'][k] is None]
        return r
    miss += party('applicant', app)
    if t == 'existing_customer': miss += party('customer', cust)
    if t == 'direct_access':
        if prod is None: miss += ['production_contact.name', 'production_contact.email', 'production_contact.phone']
        else: miss += [f'production_contact.{k}' for k in ('name', 'email', 'phone') if prod[k] is None]
        if basis is None: miss.append('legal_basis')
    if t == 'unspecified': miss.append('order_type')
    return {'order_type': t, 'applicant': app or P(), 'customer': cust if t == 'existing_customer' else None,
            'production_contact': (prod or C()) if t == 'direct_access' else None,
            'legal_basis': basis if t == 'direct_access' else None,
            'missing': sorted(miss), 'invalid': sorted(invalid), 'notes': notes}

MSGS = []   # (name, msg, gold, readme-tricky)
THREADS = []  # (name, [msgs], gold, tricky)
def add(name, msg, g, tricky):
    MSGS.append((name, msg, g, tricky))

# ---------------------------------------------------------------- fictitious_customer
o = org('93120458')
add('bA_001', mk('Sigrun Tveit <sigrun.tveit@lonnsbyraet.no>', 'Bestilling av testtilgang – fiktiv virksomhet',
f"""God morgen!

Lønnsbyrået Nord AS lager lønns- og HR-programvare og vil gjerne koble oss mot
reelle rettighetshavere i testmiljøet. Vi ber om at dere oppretter en fiktiv
virksomhet som vi selv kan delegere tilgang fra.

  Organisasjonsnummer:  {sp(o)}
  Foretak:              Lønnsbyrået Nord AS
  Testansvarlig:        Sigrun Tveit
  E-post:               sigrun.tveit@lonnsbyraet.no
  Mobil:                915 38 207

Takk for hjelpen.

Vennlig hilsen
Sigrun Tveit
Produktansvarlig | Lønnsbyrået Nord AS
Postboks 4410, 9285 Tromsø | Sentralbord 77 60 12 00
""", client='outlook'),
gold('fictitious_customer', P(o, 'Lønnsbyrået Nord AS', C('Sigrun Tveit', 'sigrun.tveit@lonnsbyraet.no', '+4791538207'))),
'aligned label: value block with spaced org number; switchboard landline and postbox in signature are distractors; Outlook QP')

o = org('92661734')
add('bA_002', mk('Henrik Osmundsen <henrik@kvistsoft.no>', 'RRH test',
f"""Hei

Vi i Kvistsoft AS (org.nr. {o}) holder på med en integrasjon mot registeret
over reelle rettighetshavere og trenger å teste den. Vi tenkte å gå for
løsningen der dere lager en fiktiv virksomhet til oss, så delegerer vi
tilgangen selv. Kontaktperson blir meg.

mvh
Henrik Osmundsen
Kvistsoft AS
tlf 47 61 90 33
""", html=f"""<div dir="ltr">Hei<br><br>Vi i Kvistsoft AS (org.nr. {o}) holder på med en integrasjon mot registeret over reelle rettighetshavere og trenger å teste den. Vi tenkte å gå for løsningen der dere lager en fiktiv virksomhet til oss, så delegerer vi tilgangen selv. Kontaktperson blir meg.<br><br>mvh<br>Henrik Osmundsen<br>Kvistsoft AS<br>tlf 47 61 90 33</div>""", client='gmail'),
gold('fictitious_customer', P(o, 'Kvistsoft AS', C('Henrik Osmundsen', 'henrik@kvistsoft.no', '+4747619033'))),
"prose; 'Kontaktperson blir meg' -> name/phone from signature, email from From; Gmail multipart/alternative")

o = org('99150823')
add('bA_003', mk('Ingvild Sæbø <ingvild.saebo@fjordrekneskap.no>', 'Tinging av testtilgang, fiktiv verksemd',
f"""Hei,

Vi er eit lite programvarehus på Voss og ønskjer å tinge tilgang til testmiljøet
for RRH-API-a. Vi vil ha ei fiktiv verksemd som vi sjølve kan delegere tilgang frå.

Verksemd: Fjord Rekneskapssystem AS
Org.nr: {o}
Kontaktperson for testinga: Ingvild Sæbø
E-post: ingvild.saebo@fjordrekneskap.no
Telefon: 986 02 417

Helsing
Ingvild Sæbø
""", client='thunderbird', charset='iso-8859-1', cte='8bit'),
gold('fictitious_customer', P(o, 'Fjord Rekneskapssystem AS', C('Ingvild Sæbø', 'ingvild.saebo@fjordrekneskap.no', '+4798602417'))),
'Nynorsk; Thunderbird ISO-8859-1 8bit')

o = org('91877420')
add('bA_004', mk('"Daniel Kraft" <daniel.kraft@ledgerline.example>', 'Test access request - Register of Beneficial Owners',
f"""Hello,

Ledgerline Nordic AS is building KYC tooling for Norwegian clients and we would
like access to your test environment. The first option suits us best: please
set up a fictitious enterprise that we can delegate access from ourselves.

Company: Ledgerline Nordic AS (NO {sp(o)} MVA)
Technical contact: Daniel Kraft
daniel.kraft@ledgerline.example
+47 934 11 862

Kind regards,
Daniel

--
Daniel Kraft | Lead Engineer
Ledgerline Nordic AS, Akersgata 51, 0180 Oslo
""", client='apple'),
gold('fictitious_customer', P(o, 'Ledgerline Nordic AS', C('Daniel Kraft', 'daniel.kraft@ledgerline.example', '+4793411862'))),
"English; org number in 'NO ... MVA' form with spaces; postcode in address")

o = org('92488106')
add('bA_005', mk('Mona Lie <mona@tallkraft.no>', 'testtilgang',
f"""Hei! Tallkraft AS ({o}) vil bestille testtilgang m/ fiktiv virksomhet. Kontakt: Mona Lie, mona@tallkraft.no. Tlf sender jeg i morgen

Sendt fra min iPhone""", client='iphone', cte='base64'),
gold('fictitious_customer', P(o, 'Tallkraft AS', C('Mona Lie', 'mona@tallkraft.no', None)), notes='phone promised later: missing'),
'one-line iPhone mail, base64; phone promised later -> missing applicant.contact.phone')

o = org('98743215')
add('bA_006', mk('Per-Arne Vik <pa.vik@bokholderiet.no>', 'Bestilling testmiljø RRH', html=f"""<html><body style="font-family:Calibri">
<p>Hei,</p><p>Vi ønsker tilgang til testmiljøet med en <b>fiktiv virksomhet</b> som vi delegerer fra selv.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Virksomhet</b></td><td>Bokholderiet Digital AS</td></tr>
<tr><td><b>Org.nr.</b></td><td>{o[:3]}.{o[3:6]}.{o[6:]}</td></tr>
<tr><td><b>Kontaktperson</b></td><td>Per-Arne Vik</td></tr>
<tr><td><b>E-post</b></td><td><a href="mailto:pa.vik@bokholderiet.no">pa.vik@bokholderiet.no</a></td></tr>
<tr><td><b>Telefon</b></td><td>+47&nbsp;918&nbsp;70&nbsp;254</td></tr>
</table>
<p>Med vennlig hilsen<br>Per-Arne Vik</p></body></html>""", client='outlook'),
gold('fictitious_customer', P(o, 'Bokholderiet Digital AS', C('Per-Arne Vik', 'pa.vik@bokholderiet.no', '+4791870254'))),
'HTML-only two-column table; org number with dots; &nbsp; in phone')

o = org('97132908')
add('bA_007', mk('Regnskapshuset Lindås <post@regnskapshuset-lindaas.no>', 'Ønsker testtilgang (fiktiv)',
f"""Hei.

Vi har laget et lite tilleggsprogram for kundeoppfølging og ønsker å få en
fiktiv virksomhet i testmiljøet, slik at vi kan delegere tilgangen til oss selv.

Foretaksnavn: Regnskapshuset Lindås AS
Orgnr: {o}
Kontaktperson: Åse Grønnevik
E-post: (kommer)
Tlf: 412 55 870

Med hilsen
Åse Grønnevik
Regnskapshuset Lindås AS
""", client='outlook', charset='windows-1252', cte='8bit'),
gold('fictitious_customer', P(o, 'Regnskapshuset Lindås AS', C('Åse Grønnevik', None, '+4741255870')), notes="email '(kommer)' is a placeholder; From is shared post@ box and contact isn't said to be the sender"),
"windows-1252 8bit; email '(kommer)' placeholder -> missing; shared post@ sender not substituted")

o = org('92204519')
add('bA_008', mk('Johan Lindqvist <johan.lindqvist@nordkontroll.example>', 'Beställning av testmiljö RRH',
f"""Hej!

Vi skulle gärna vilja få tillgång till testmiljön för registret över verkliga
huvudmän. Vi önskar ett fiktivt företag som vi själva kan delegera åtkomst från.

Företag: Nordkontroll Sverige AB NUF
Norskt org.nr: {o} (svenskt org.nr 556812-4471)
Kontaktperson: Johan Lindqvist
E-post: johan.lindqvist@nordkontroll.example
Mobil: +46 70 312 45 88

Med vänliga hälsningar
Johan Lindqvist
""", client='outlook'),
gold('fictitious_customer', P(o, 'Nordkontroll Sverige AB NUF', C('Johan Lindqvist', 'johan.lindqvist@nordkontroll.example', '+46703124588')), notes='Swedish org.nr is not an org number'),
'Swedish; NUF with Norwegian number plus Swedish 10-digit number; +46 mobile')

o = org('93377621')
add('bA_009', mk('Trond Myhre <trond.myhre@balansepunkt.no>', 'VS: Testtilgang RRH',
f"""Hei,

Sender videre bestillingen som Kristine skrev i går – hun har ikke tilgang til
å sende hit fra sin konto ennå. Alt står under.

Trond

Fra: Kristine Solheim <kristine.solheim@balansepunkt.no>
Sendt: tirsdag 3. november 2026 15:42
Til: Trond Myhre <trond.myhre@balansepunkt.no>
Emne: Testtilgang RRH

Hei Trond, kan du sende denne til Brreg?

Vi ønsker testtilgang med fiktiv virksomhet som vi delegerer fra selv.
Balansepunkt AS, org.nr {sp(o)}
Kontaktperson: Kristine Solheim, kristine.solheim@balansepunkt.no, 936 48 120
""", client='outlook'),
gold('fictitious_customer', P(o, 'Balansepunkt AS', C('Kristine Solheim', 'kristine.solheim@balansepunkt.no', '+4793648120')), notes='forwarded order submitted; contact is the original writer, not the forwarder'),
"Outlook 'VS:' forward submitted as content ('Sender videre bestillingen'); contact is not the forwarder")

o = org('91502286')
add('bA_010', mk('Lene Bakkebø <lene@arkivnett.no>', 'Re: Ny bestilling testtilgang',
f"""Hei igjen,

Vi har fått ny utvikler og sender derfor en ny bestilling. Arkivnett AS
(orgnr {o}) ønsker en fiktiv virksomhet i testmiljøet som vi kan delegere fra.
Ny kontaktperson: Rune Stavik, rune.stavik@arkivnett.no, mobil 458 02 991.

Hilsen Lene

Den 14. mars 2025 kl. 09:12 skrev Lene Bakkebø <lene@arkivnett.no>:
> Hei, vi ønsker fiktiv virksomhet. Arkivnett AS, orgnr {o}.
> Kontaktperson: Lene Bakkebø, lene@arkivnett.no, 975 31 604
""", client='gmail'),
gold('fictitious_customer', P(o, 'Arkivnett AS', C('Rune Stavik', 'rune.stavik@arkivnett.no', '+4745802991')), notes='quoted old order is history'),
'new order above a quoted older order with a different contact (history, not content)')

o = bad('96417350')
add('bA_011', mk('Eivind Rønning <eivind@systemstua.no>', 'Bestilling: testtilgang fiktiv virksomhet',
f"""Hei,

Systemstua AS ber om tilgang til testmiljøet. Vi ønsker alternativet med fiktiv
virksomhet, der vi selv står for delegeringen.

Org.nr.: {sp(o)}
Navn: Systemstua AS
Kontakt: Eivind Rønning
E-post: eivind@systemstua.no
Telefon: 954 17 306

Mvh Eivind
""", client='thunderbird'),
gold('fictitious_customer', P(o, 'Systemstua AS', C('Eivind Rønning', 'eivind@systemstua.no', '+4795417306')), invalid=['applicant.org_number'], notes='org number fails mod 11'),
'org number with wrong check digit -> reported and invalid')

o = org('93880514')
add('bA_012', mk('Mette Kjærgaard <mk@bogfort.example>', 'Anmodning om testadgang',
f"""Hej,

Vi er en dansk leverandør med norsk filial og vil gerne bestille adgang til
testmiljøet. Vi ønsker en fiktiv virksomhed, som vi selv kan uddelegere adgang fra.

Virksomhed: Bogfort ApS NUF
Norsk org.nr.: {o}
CVR: 38140926
Kontaktperson: Mette Kjærgaard
E-mail: mk@bogfort.example
Telefon: +45 28 91 44 60

Venlig hilsen
Mette Kjærgaard
""", client='apple'),
gold('fictitious_customer', P(o, 'Bogfort ApS NUF', C('Mette Kjærgaard', 'mk@bogfort.example', '+4528914460')), notes='CVR is not an org number'),
'Danish; NUF org number next to 8-digit CVR; +45 phone')

o = org('92053367')
add('bA_013', mk('jonas <jonas.berg@kodekroken.no>', 'tilgang test',
f"""hei, trenger testtilgang til rrh apiet. kodekroken as orgnr {o}. vil ha fiktiv virksomhet sånn at vi delegerer selv. kontaktperson jonas berg, jonas.berg@kodekroken.no, 401 27 555
takk""", client='roundcube'),
gold('fictitious_customer', P(o, 'kodekroken as', C('jonas berg', 'jonas.berg@kodekroken.no', '+4740127555')), notes='lower case kept as written'),
'all lower case, one paragraph, webmail; names as written')

o = org('97520841')
add('bA_014', mk('Karianne Holm <karianne.holm@fakturaflyt.no>', 'Testtilgang for Fakturaflyt',
f"""Hei,

Vi i Fakturaflyt AS (org. nr. {sp(o)}) vil gjerne ha en fiktiv virksomhet i
testmiljøet til RRH, slik at vi kan delegere tilgang til oss selv.

Den som skal følge opp testingen hos oss er utvikler Magnus Eidem
(magnus.eidem@fakturaflyt.no). Telefonnummeret hans får dere senere.

Vennlig hilsen
Karianne Holm
Daglig leder, Fakturaflyt AS
Mob: 907 66 213
""", client='outlook'),
gold('fictitious_customer', P(o, 'Fakturaflyt AS', C('Magnus Eidem', 'magnus.eidem@fakturaflyt.no', None)), notes="contact is someone else; sender's phone must not be used"),
"contact named in prose ('Den som skal følge opp testingen'), title 'utvikler' dropped; his phone later -> missing; sender's mobile is a distractor")

o = org('91663045')
add('bA_015', mk('Ola Tangen <ola.tangen@regnskapsrobot.no>', 'Bestille testtilgang – fiktiv virksomhet',
f"""Hei,

Regnskapsrobot AS, org.nr {o}, ønsker testtilgang med fiktiv virksomhet
som vi delegerer fra på egen hånd.

Kontaktperson: Ola Tangen
E-post: ola.tangen@regnskapsrobot.no
Telefon: 438 29 100

Mvh
Ola Tangen
""", client='gmail'),
gold('fictitious_customer', P(o, 'Regnskapsrobot AS', C('Ola Tangen', 'ola.tangen@regnskapsrobot.no', '+4743829100')), invalid=['applicant.contact.phone'], notes='43x is not an allocated mobile series'),
'phone in unallocated 43 series -> reported and invalid')

o = org('98214776')
add('bA_016', mk('Priya Nair <priya.nair@complyworks.example>', 'Sandbox access for Beneficial Owners API',
f"""Hi there,

We're a consultancy (ComplyWorks Norge AS, organisation number {o}) helping
several Norwegian banks with AML onboarding. Could you create a made-up test
enterprise for us in the RRH test environment? We'd then handle the delegation
from it to ourselves.

Please liaise with me on this - I'm the contact.

Best,
Priya Nair
Senior Consultant, ComplyWorks Norge AS
M: +47 468 20 719
""", client='gmail'),
gold('fictitious_customer', P(o, 'ComplyWorks Norge AS', C('Priya Nair', 'priya.nair@complyworks.example', '+4746820719')), notes="'made-up test enterprise' = fictitious; 'I'm the contact'"),
"English; 'made-up test enterprise' wording; request as a question; 'I'm the contact' -> signature + From")

o = org('99402183')
add('bA_017', mk('Gunnhild Aasen <gunnhild@smaaskrift.no>', 'Testtilgang',
f"""Hei,

Me ynskjer å få tilgang til testmiljøet gjennom ei fiktiv verksemd, slik at me
kan delegere tilgang til oss sjølve.

Orgnr: {o}
Kontaktperson: Gunnhild Aasen
E-post: gunnhild@smaaskrift.no
Tlf: 993 40 215

Beste helsing
Gunnhild
""", client='thunderbird', charset='iso-8859-1', cte='quoted-printable'),
gold('fictitious_customer', P(o, None, C('Gunnhild Aasen', 'gunnhild@smaaskrift.no', '+4799340215')), notes='enterprise name never written (only a domain)'),
'Nynorsk; enterprise name not written anywhere -> missing applicant.name; ISO-8859-1 QP')

o = org('92741058'); o2 = org('91111102')
add('bA_018', mk('Vegard Hole <vegard.hole@datavev.no>', 'Bestilling av testtilgang', html=f"""<html><body>
<div style="display:none;max-height:0;overflow:hidden">Org.nr {o2} – tlf 99 99 11 22</div>
<p>Hei!</p>
<p>Datavev AS (org.nr. {o}) ønsker tilgang til testmiljøet for reelle rettighetshavere, med en fiktiv virksomhet vi selv delegerer fra.</p>
<p>Kontaktperson er undertegnede.</p>
<p>Med vennlig hilsen<br>Vegard Hole<br>Datavev AS<br>Tlf. 922 58 013<br><a href="mailto:vegard.hole@datavev.no">vegard.hole@datavev.no</a></p>
<span style="color:#ffffff;font-size:1px">Kontaktperson: Test Testesen 911 22 333</span>
</body></html>""", client='owa'),
gold('fictitious_customer', P(o, 'Datavev AS', C('Vegard Hole', 'vegard.hole@datavev.no', '+4792258013')), notes='hidden preheader and white 1px text are not content'),
"HTML-only with display:none preheader and white 1px text holding other values; 'undertegnede'")

o = org('93605127')
add('bA_019', mk('Camilla Fossum <camilla.fossum@kassaklar.no>', 'Fiktiv virksomhet – testtilgang RRH',
f"""Hei!

Vi ønsker å bestille testtilgang med fiktiv virksomhet.

1. Virksomhet: Kassaklar AS
2. Organisasjonsnr: {o}
3. Kontaktperson: Camilla Fossum
4. E-postadresse: Camilla.Fossum@Kassaklar.no
5. Telefon: 0047 97 81 36 40

Ha en fin dag!
Camilla
""", client='apple'),
gold('fictitious_customer', P(o, 'Kassaklar AS', C('Camilla Fossum', 'camilla.fossum@kassaklar.no', '+4797813640')), notes='email lower-cased; 0047 prefix'),
"numbered list; mixed-case email (lower-cased); '0047' prefix")

# ---------------------------------------------------------------- existing_customer
a = org('92310476'); c = org('98155302')
add('bA_020', mk('Runar Sætre <runar.satre@visma-lik.test>', 'Testtilgang RRH – delegering fra eksisterende kunde',
f"""Hei,

Vi ønsker testtilgang der en av kundene våre delegerer tilgang til oss.

Leverandør
  Navn: Konteringsdata AS
  Org.nr: {a}
  Kontaktperson: Runar Sætre
  E-post: runar.satre@visma-lik.test
  Telefon: 951 22 840

Kunde som delegerer
  Navn: Hamar Trelast AS
  Org.nr: {c}
  Kontaktperson: Bente Ødegård
  E-post: bente.odegard@hamartrelast.no
  Telefon: 62 51 30 90

Vennlig hilsen
Runar Sætre
Konteringsdata AS
""", client='outlook'),
gold('existing_customer', P(a, 'Konteringsdata AS', C('Runar Sætre', 'runar.satre@visma-lik.test', '+4795122840')),
     P(c, 'Hamar Trelast AS', C('Bente Ødegård', 'bente.odegard@hamartrelast.no', '+4762513090'))),
'two indented label blocks (vendor, customer); landline customer phone; Outlook QP')

a = org('91944630'); c = org('97318254')
add('bA_021', mk('Amund Riise <amund@skyregnskap.no>', 'Delegering fra kunde – test',
f"""Hei!

Vi (Skyregnskap AS, org.nr {a}) har en kunde, Bryggen Eiendom AS med
org.nr {c}, som har sagt seg villig til å delegere tilgangen sin i
testmiljøet til oss. Hos Bryggen er det Hege Mjelde som er kontakt, hun
nås på hege.mjelde@bryggeneiendom.no eller 480 93 215.

Fra vår side er det jeg som er kontaktperson.

Mvh
Amund Riise
Skyregnskap AS
935 02 611
""", client='gmail'),
gold('existing_customer', P(a, 'Skyregnskap AS', C('Amund Riise', 'amund@skyregnskap.no', '+4793502611')),
     P(c, 'Bryggen Eiendom AS', C('Hege Mjelde', 'hege.mjelde@bryggeneiendom.no', '+4748093215'))),
"prose for both parties; 'det jeg som er kontaktperson' -> signature phone, From email")

a = org('92580133'); c = org('93741909')
add('bA_022', mk('Oliver Grant <oliver.grant@tessellate.example>', 'RBO test environment - option 2',
f"""Dear Brønnøysund team,

Tessellate Norway AS (org. no. {a}) would like test access using the option
where an existing client delegates to us. The client is Sparebanken Lyngdal
(org. no. {c}).

Our contact: Oliver Grant, oliver.grant@tessellate.example, +47 401 88 372
Client contact: Siri Helland, siri.helland@splyngdal.example, +47 38 34 90 10

Thank you,
Oliver Grant
""", client='apple'),
gold('existing_customer', P(a, 'Tessellate Norway AS', C('Oliver Grant', 'oliver.grant@tessellate.example', '+4740188372')),
     P(c, 'Sparebanken Lyngdal', C('Siri Helland', 'siri.helland@splyngdal.example', '+4738349010')), notes='savings bank has no legal form'),
'English; savings bank without legal form; comma-separated contact lines')

a = org('98667301'); c = org('96405822')
add('bA_023', mk('Sindre Nesheim <sindre.nesheim@kommunedata.no>', 'Tinging: testtilgang med delegering frå kunde',
f"""Hei,

Vi leverer sakshandsamingssystem til kommunar og ønskjer testtilgang der ein
eksisterande kunde delegerer til oss.

Leverandør: Kommunedata Vest AS, org.nr. {a}
Kontaktperson hjå oss: Sindre Nesheim, sindre.nesheim@kommunedata.no, 916 47 302

Kunden: Fjellvik kommune, org.nr. {c}
Kontaktperson hjå kunden: Ragnhild Bø, ragnhild.bo@fjellvik.kommune.no, 57 82 10 44

Helsing
Sindre Nesheim
""", client='thunderbird'),
gold('existing_customer', P(a, 'Kommunedata Vest AS', C('Sindre Nesheim', 'sindre.nesheim@kommunedata.no', '+4791647302')),
     P(c, 'Fjellvik kommune', C('Ragnhild Bø', 'ragnhild.bo@fjellvik.kommune.no', '+4757821044'))),
'Nynorsk; municipality as customer; one line per party')

a = org('97046518'); c = org('92137745')
add('bA_024', mk('Torill Hagen <torill.hagen@hagenbygg.no>', 'Delegering av testtilgang til vår leverandør',
f"""Hei,

Vi i Hagen Bygg AS (org.nr {c}) bruker Byggtall AS som økonomisystem, og vi
ønsker å delegere tilgangen vår i testmiljøet til dem. Undertegnede er
kontaktperson hos oss, mobil 913 58 027.

Byggtall AS har org.nr {a}. Kontaktperson hos dem er Fredrik Lunde,
fredrik.lunde@byggtall.no, tlf 470 11 934.

Med vennlig hilsen
Torill Hagen
Økonomisjef, Hagen Bygg AS
""", client='outlook'),
gold('existing_customer', P(a, 'Byggtall AS', C('Fredrik Lunde', 'fredrik.lunde@byggtall.no', '+4747011934')),
     P(c, 'Hagen Bygg AS', C('Torill Hagen', 'torill.hagen@hagenbygg.no', '+4791358027')), notes='customer writes; applicant is the vendor'),
"customer writes the order; applicant is the vendor; 'Undertegnede' is the customer's contact")

a = org('93219861'); c = org('91786043')
add('bA_025', mk('Marius Eng <marius.eng@finaro.no>', 'Bestilling testtilgang (alternativ 2)', html=f"""<html><body>
<p>Hei,</p><p>Vi ber om testtilgang med delegering fra en eksisterende kunde.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th></th><th>Systemleverandør</th><th>Kunde</th></tr>
<tr><td>Virksomhet</td><td>Finaro Systemer AS</td><td>Lyngstad Transport AS</td></tr>
<tr><td>Org.nr.</td><td>{a}</td><td>{c}</td></tr>
<tr><td>Kontaktperson</td><td>Marius Eng</td><td>Janne Lyngstad</td></tr>
<tr><td>E-post</td><td>marius.eng@finaro.no</td><td>janne@lyngstadtransport.no</td></tr>
<tr><td>Telefon</td><td>993 14 560</td><td>951 70 388</td></tr>
</table><p>Mvh<br>Marius Eng<br>Finaro Systemer AS</p></body></html>""", client='outlook'),
gold('existing_customer', P(a, 'Finaro Systemer AS', C('Marius Eng', 'marius.eng@finaro.no', '+4799314560')),
     P(c, 'Lyngstad Transport AS', C('Janne Lyngstad', 'janne@lyngstadtransport.no', '+4795170388'))),
'HTML-only table with empty corner cell and party columns')

a = org('98813027'); c = org('92970514')
add('bA_026', mk('Stian Fjeld <stian.fjeld@bilagsbanken.no>', 'Testtilgang – kunde skal delegere',
f"""Hei,

Bilagsbanken AS (orgnr {a}) ønsker testtilgang hvor kunden vår
Nordre Vinduspuss AS (orgnr {c}) delegerer til oss.

Vår kontaktperson: Stian Fjeld, stian.fjeld@bilagsbanken.no, 466 30 912
Kundens kontaktperson: Line Vinje, line@nordrevinduspuss.no, telefon ukjent

Hilsen Stian
""", client='gmail'),
gold('existing_customer', P(a, 'Bilagsbanken AS', C('Stian Fjeld', 'stian.fjeld@bilagsbanken.no', '+4746630912')),
     P(c, 'Nordre Vinduspuss AS', C('Line Vinje', 'line@nordrevinduspuss.no', None)), notes="'telefon ukjent' placeholder"),
"customer phone 'ukjent' placeholder -> missing customer.contact.phone")

a = org('91420357'); c = org('97655183')
add('bA_027', mk('Hanne Moen <hanne.moen@lagerlogikk.no>', 'Bestilling – delegering fra eksisterende kunde',
f"""Hei,

Lagerlogikk AS vil bestille testtilgang med delegering fra en eksisterende kunde.

Vår virksomhet: Lagerlogikk AS, {sp(a)}
Kontakt: Hanne Moen / hanne.moen@lagerlogikk.no / 938 51 207

Kunde: Sørlandet Grossist AS, {sp(c)}
Kontakt: Kjell Aune / kjell.aune@sorlandetgrossist,no / 917 40 663

Mvh
Hanne
""", client='outlook'),
gold('existing_customer', P(a, 'Lagerlogikk AS', C('Hanne Moen', 'hanne.moen@lagerlogikk.no', '+4793851207')),
     P(c, 'Sørlandet Grossist AS', C('Kjell Aune', 'kjell.aune@sorlandetgrossist,no', '+4791740663')), invalid=['customer.contact.email'], notes='comma instead of dot in the customer email'),
"slash-separated contact lines; customer email with a comma in the domain -> invalid")

a = org('96224705'); c = org('93150266')
add('bA_028', mk('Øystein Kvåle <oystein@fiskeriregnskap.no>', 'Testtilgang RRH',
f"""Hei,

Vi ønsker testtilgang der kunden vår skal delegere tilgangen til oss.

Systemleverandør: Fiskeriregnskap AS
Org.nr.: {a}
Kontaktperson: Øystein Kvåle
E-post: oystein@fiskeriregnskap.no
Tlf.: 481 66 029

Kunde: Brødrene Sælø AS
Org.nr.: {c}
Kontaktperson: Åshild Sælø
E-post: aashild@saelo.no
Tlf.: 70 12 88 40

Mvh Øystein
""", client='thunderbird', charset='iso-8859-1', cte='8bit'),
gold('existing_customer', P(a, 'Fiskeriregnskap AS', C('Øystein Kvåle', 'oystein@fiskeriregnskap.no', '+4748166029')),
     P(c, 'Brødrene Sælø AS', C('Åshild Sælø', 'aashild@saelo.no', '+4770128840'))),
'Thunderbird ISO-8859-1 8bit; Norwegian letters in names')

a = org('92866150'); c = org('99013572')
add('bA_029', mk('Erlend Husby <erlend.husby@timeflyt.no>', 'Fwd: Bekreftelse delegering',
f"""Hei,

Bekreftelsen fra kunden vår ligger nederst. Vi (Timeflyt AS, org.nr {a})
ønsker altså testtilgang der Nordvik Renhold AS delegerer til oss.
Kontaktperson hos oss er meg, 942 60 118.

Erlend Husby
Timeflyt AS

---------- Forwarded message ---------
From: Bjørg Nordvik <bjorg@nordvikrenhold.no>
Date: ons. 4. nov. 2026 kl. 11:20
Subject: Bekreftelse delegering
To: Erlend Husby <erlend.husby@timeflyt.no>

Hei Erlend,
Vi bekrefter at Nordvik Renhold AS (org.nr {c}) vil delegere tilgang til dere.
Kontaktperson hos oss blir meg, bjorg@nordvikrenhold.no, tlf 909 31 552.

Hilsen Bjørg Nordvik
""", client='gmail'),
gold('existing_customer', P(a, 'Timeflyt AS', C('Erlend Husby', 'erlend.husby@timeflyt.no', '+4794260118')),
     P(c, 'Nordvik Renhold AS', C('Bjørg Nordvik', 'bjorg@nordvikrenhold.no', '+4790931552')), notes='forwarded confirmation submitted'),
"Gmail forward of the customer's confirmation submitted ('ligger nederst'); two 'meg' on two sides")

a = org('97903114')
add('bA_030', mk('Kim Aarseth <kim@lonnsappen.no>', 'Delegering test',
f"""Hei, Lønnsappen AS ({a}) vil ha testtilgang via kunden vår Strand Marina AS som skal delegere til oss. Har ikke orgnummeret deres for hånden. Kontakt hos dem: Eva Strand, eva@strandmarina.no, 474 12 998. Kontakt hos oss: Kim Aarseth, kim@lonnsappen.no, 950 83 321.

Sendt fra min iPhone""", client='iphone', cte='base64'),
gold('existing_customer', P(a, 'Lønnsappen AS', C('Kim Aarseth', 'kim@lonnsappen.no', '+4795083321')),
     P(None, 'Strand Marina AS', C('Eva Strand', 'eva@strandmarina.no', '+4747412998')), notes='customer org number not given'),
'iPhone base64 single paragraph; customer org number not at hand -> missing customer.org_number')

a = org('91235508'); c = org('98540279')
add('bA_031', mk('Anna Bergström <anna.bergstrom@kontera.example>', 'Testmiljö – delegering från kund',
f"""Hej,

Vi vill beställa testtillgång där en befintlig kund delegerar åtkomst till oss.

Leverantör: Kontera Norge NUF, org.nr {a}
Kontaktperson: Anna Bergström, anna.bergstrom@kontera.example, +46 73 550 21 08

Kund: Tromsø Havbruk AS, org.nr {c}
Kontaktperson: Nils Pedersen, nils.pedersen@tromsohavbruk.no, 975 20 463

Vänliga hälsningar
Anna
""", client='outlook'),
gold('existing_customer', P(a, 'Kontera Norge NUF', C('Anna Bergström', 'anna.bergstrom@kontera.example', '+46735502108')),
     P(c, 'Tromsø Havbruk AS', C('Nils Pedersen', 'nils.pedersen@tromsohavbruk.no', '+4797520463'))),
'Swedish option 2; NUF vendor; +46 vendor phone, Norwegian customer')

a = org('93490021'); c1 = org('92011834'); c2 = org('97286405')
add('bA_032', mk('Geir Solberg <geir@revisorverktoy.no>', 'Testtilgang, delegering fra kunde',
f"""Hei,

Revisorverktøy AS (org.nr {a}) ønsker testtilgang via delegering fra en
eksisterende kunde. Vi har to kandidater, Granli Bakeri AS ({c1}) og
Mjøsen Elektro AS ({c2}), men vi starter med Mjøsen Elektro AS.
Der er kontakten Tone Mjøsen, tone@mjosenelektro.no, 992 15 730.

Kontaktperson hos oss: Geir Solberg, geir@revisorverktoy.no, 45 91 22 08

Mvh Geir Solberg
""", client='gmail'),
gold('existing_customer', P(a, 'Revisorverktøy AS', C('Geir Solberg', 'geir@revisorverktoy.no', '+4745912208')),
     P(c2, 'Mjøsen Elektro AS', C('Tone Mjøsen', 'tone@mjosenelektro.no', '+4799215730')), notes='two candidate customers; the chosen one is Mjøsen Elektro AS'),
"two customers with org numbers; 'vi starter med' picks the second")

a = org('96118042'); c = org('91807356')
add('bA_033', mk('Ellen Strøm <ellen.strom@tallverket.no>', 'Bestilling av testtilgang – eksisterende kunde',
f"""Hei,

Tallverket AS, org.nr {a}, ønsker testtilgang hvor vår kunde Nesodden Rørlegger AS,
org.nr {c}, delegerer tilgang til oss.

Kontaktperson hos Tallverket: undertegnede.
Kontaktperson hos Nesodden Rørlegger: Arvid Dahl, arvid@nesoddenror.no, 64 91 55 02.

Med vennlig hilsen

Ellen Strøm
Rådgiver
Tallverket AS
Mobil: 918 26 440
E-post: ellen.strom@tallverket.no

Denne e-posten kan inneholde konfidensiell informasjon. Dersom du ikke er rett
mottaker, vennligst slett den og gi beskjed til avsender.
""", client='outlook', charset='windows-1252', cte='quoted-printable'),
gold('existing_customer', P(a, 'Tallverket AS', C('Ellen Strøm', 'ellen.strom@tallverket.no', '+4791826440')),
     P(c, 'Nesodden Rørlegger AS', C('Arvid Dahl', 'arvid@nesoddenror.no', '+4764915502'))),
"'undertegnede'; signature with title; confidentiality disclaimer; windows-1252 QP")

a = org('92752913'); c = org('99385010')
add('bA_034', mk('Bjørnar Lie <bjornar@hyttebok.no>', 'Testtilgang',
f"""Hei,

Vi lager bookingsystem for utleiehytter og en av kundene våre, Fjellro
Utleie AS (org.nr. {c}), vil gi oss tilgangen sin i testmiljøet gjennom
delegering. Daglig leder Sunniva Bratt tar seg av det på deres side –
sunniva@fjellroutleie.no, 41 60 27 93.

Hyttebok AS, org.nr. {a}. Ta kontakt med meg om noe er uklart.

Bjørnar Lie
Hyttebok AS
+47 97 30 11 58
""", client='apple'),
gold('existing_customer', P(a, 'Hyttebok AS', C('Bjørnar Lie', 'bjornar@hyttebok.no', '+4797301158')),
     P(c, 'Fjellro Utleie AS', C('Sunniva Bratt', 'sunniva@fjellroutleie.no', '+4741602793')), notes="title 'Daglig leder' dropped; customer name wrapped over a line break in the plain text"),
"option 2 in own words ('gi oss tilgangen sin ... gjennom delegering'); customer name hard-wrapped across two lines; customer contact without label, title dropped; 'Ta kontakt med meg'")

a = org('98390145'); c = org('93027687'); dist = org('91000023')
add('bA_035', mk('Lars Eriksen <lars.eriksen@payroute.example>', 'Test access - delegation from our client',
f"""Hi,

Payroute AS would like test access where an existing client delegates access
to us.

Vendor: Payroute AS, org. no. {a}
Contact: Lars Eriksen, lars.eriksen@payroute.example, +47 909 42 176

Client: Vestfold Maskin AS, org. no. {c}
Contact: Hilde Kran, hilde.kran@vestfoldmaskin.no, +47 333 1 4500

Our agreement number with the client is {dist}, in case that helps.

Regards,
Lars
""", client='gmail'),
gold('existing_customer', P(a, 'Payroute AS', C('Lars Eriksen', 'lars.eriksen@payroute.example', '+4790942176')),
     P(c, 'Vestfold Maskin AS', C('Hilde Kran', 'hilde.kran@vestfoldmaskin.no', '+4733314500')), notes='agreement number is a distractor (passes mod 11); customer landline written oddly grouped'),
'English; nine-digit agreement number (valid mod 11) as distractor; oddly grouped landline')

a = org('91577302'); c = org('97410638')
add('bA_036', mk('Sofie Haugen <sofie@budsjettpilot.no>', 'Testtilgang via kunde',
f"""Hei!

Budsjettpilot AS (org.nr {a}) ønsker testtilgang der kunden vår,
Kragerø Sjøsport AS (org.nr {c}), delegerer tilgang til oss.

Kontakt hos oss: Sofie Haugen, sofie@budsjettpilot.no
Kontakt hos kunden: Ivar Holt, ivar@kragerosjosport.no, 988 21 507

Klem fra Sofie
""", client='apple'),
gold('existing_customer', P(a, 'Budsjettpilot AS', C('Sofie Haugen', 'sofie@budsjettpilot.no', None)),
     P(c, 'Kragerø Sjøsport AS', C('Ivar Holt', 'ivar@kragerosjosport.no', '+4798821507'))),
'Apple Mail; vendor phone never given -> missing applicant.contact.phone')

a = org('99261830'); c = org('92418567')
add('bA_037', mk('Torstein Heggheim <torstein@bondeknappen.no>', 'Testtilgang – kunde delegerer',
f"""Hei,

Bondeknappen AS, orgnr {a}, skal lage rapportering til landbrukssamvirke og
ynskjer testtilgang der kunden vår delegerer tilgangen sin til oss.

Kunden er Sogn Fruktlag SA, orgnr {c}. Kontakten deira er Marta Lægreid,
marta.laegreid@sognfruktlag.no, 905 44 318.

Eg er kontaktperson hjå oss, telefon 948 12 670.

Helsing
Torstein Heggheim
Bondeknappen AS
""", client='roundcube'),
gold('existing_customer', P(a, 'Bondeknappen AS', C('Torstein Heggheim', 'torstein@bondeknappen.no', '+4794812670')),
     P(c, 'Sogn Fruktlag SA', C('Marta Lægreid', 'marta.laegreid@sognfruktlag.no', '+4790544318'))),
"Nynorsk prose; SA customer; 'Eg er kontaktperson'; webmail")

a = org('93976508'); c = org('96850231')
add('bA_038', mk('Jørgen Wiik <jorgen.wiik@kontoplan.no>', 'SV: Testtilgang',
f"""Hei,

Som avtalt på telefon: vi ønsker testtilgang med delegering fra eksisterende
kunde.

Kontoplan AS - {a} - Jørgen Wiik - jorgen.wiik@kontoplan.no - 977 03 441
Kunde: Elvebakken Tannklinikk AS - {c} - Marit Elvebakk - marit@elvebakkentann.no - 932 77 105

Mvh
Jørgen

Fra: Jørgen Wiik
Sendt: 2. november 2026 10:14
Til: Elvebakken Tannklinikk
Emne: Testtilgang

Hei Marit, er det greit at vi bestiller testtilgang med dere som kunde? Ring meg på 22 44 10 10.
""", client='outlook'),
gold('existing_customer', P(a, 'Kontoplan AS', C('Jørgen Wiik', 'jorgen.wiik@kontoplan.no', '+4797703441')),
     P(c, 'Elvebakken Tannklinikk AS', C('Marit Elvebakk', 'marit@elvebakkentann.no', '+4793277105')), notes='quoted earlier mail with landline is history'),
'dash-separated one-line parties; quoted Outlook history with another phone is not content')

# ---------------------------------------------------------------- direct_access
o = org('98126574')
add('bA_039', mk('Tove Rasmussen <tove.rasmussen@kystsparebank.no>', 'Bestilling av tilgang til RRH – rapporteringspliktig',
f"""Hei,

Kystsparebanken ASA er rapporteringspliktig etter hvitvaskingsloven og
bestiller herved tilgang til API-ene for reelle rettighetshavere for egen del.

Org.nr.: {o}
Virksomhet: Kystsparebanken ASA

Testansvarlig: Tove Rasmussen, tove.rasmussen@kystsparebank.no, 926 31 048
Produksjonsansvarlig: Kenneth Dahle, kenneth.dahle@kystsparebank.no, 413 70 852

Med vennlig hilsen
Tove Rasmussen
Seksjon for antihvitvask, Kystsparebanken ASA
""", client='outlook'),
gold('direct_access', P(o, 'Kystsparebanken ASA', C('Tove Rasmussen', 'tove.rasmussen@kystsparebank.no', '+4792631048')),
     prod=C('Kenneth Dahle', 'kenneth.dahle@kystsparebank.no', '+4741370852'), basis='reporting_entity'),
'bank orders for itself; test and production contacts; reporting entity under AML act')

o = org('96490135')
add('bA_040', mk('Kjartan Lid <kjartan.lid@heimdal.kommune.no>', 'Tinging av tilgang – offentleg styresmakt',
f"""Hei,

Heimdal kommune treng tilgang til registeret over reelle rettshavarar i
samband med kontrolloppgåver, og tingar tilgang som offentleg styresmakt.

Organisasjonsnummer: {o}
Testansvarleg: Kjartan Lid, kjartan.lid@heimdal.kommune.no, 73 80 22 16
Produksjonsansvarleg: Synnøve Rye, synnove.rye@heimdal.kommune.no, 468 55 902

Helsing
Kjartan Lid
Heimdal kommune
""", client='thunderbird', charset='iso-8859-1', cte='8bit'),
gold('direct_access', P(o, 'Heimdal kommune', C('Kjartan Lid', 'kjartan.lid@heimdal.kommune.no', '+4773802216')),
     prod=C('Synnøve Rye', 'synnove.rye@heimdal.kommune.no', '+4746855902'), basis='public_authority'),
'Nynorsk municipality; public authority; landline test phone; ISO-8859-1 8bit')

o = org('92345217')
add('bA_041', mk('Ruth Malone <ruth.malone@nordlysposten.example>', 'Access to the beneficial ownership API (media)',
f"""Hello,

Nordlysposten AS is a news outlet and we want access to the beneficial
ownership register for journalistic use, both test and production.

Org. number: {o}
Test lead: Ruth Malone, ruth.malone@nordlysposten.example, +47 922 41 307
Production lead: Andreas Kvam, andreas.kvam@nordlysposten.example, +47 458 16 720
Basis: media / press

Best regards,
Ruth Malone
Data desk, Nordlysposten AS
""", client='gmail'),
gold('direct_access', P(o, 'Nordlysposten AS', C('Ruth Malone', 'ruth.malone@nordlysposten.example', '+4792241307')),
     prod=C('Andreas Kvam', 'andreas.kvam@nordlysposten.example', '+4745816720'), basis='media'),
'English; media outlet orders for itself')

o = org('97580346')
add('bA_042', mk('Ingrid Sørli <ingrid@apenhetsnettverket.no>', 'Bestilling av tilgang – sivilsamfunn',
f"""Hei,

Åpenhetsnettverket (org.nr {o}) er en frivillig organisasjon som jobber mot
korrupsjon, og vi ønsker tilgang som sivilsamfunnsorganisasjon.

Testansvarlig: Ingrid Sørli – ingrid@apenhetsnettverket.no – 919 60 244
Produksjonsansvarlig: Petter Alm – petter@apenhetsnettverket.no – telefon kommer

Vennlig hilsen
Ingrid Sørli
""", client='roundcube'),
gold('direct_access', P(o, 'Åpenhetsnettverket', C('Ingrid Sørli', 'ingrid@apenhetsnettverket.no', '+4791960244')),
     prod=C('Petter Alm', 'petter@apenhetsnettverket.no', None), basis='civil_society', notes="organisation without legal form; production phone 'kommer'"),
"civil society without legal form; production phone 'telefon kommer' -> missing production_contact.phone")

o = org('93665102')
add('bA_043', mk('Håkon Brekke <hakon.brekke@analysehuset.no>', 'Tilgang til reelle rettighetshavere',
f"""Hei,

Analysehuset AS (org.nr {sp(o)}) ønsker å bestille tilgang til RRH-API-ene
for egen virksomhet, i test og produksjon.

Test: Håkon Brekke, hakon.brekke@analysehuset.no, 482 30 617
Produksjon: Live Sande, live.sande@analysehuset.no, 917 05 832

Mvh
Håkon Brekke
""", client='outlook'),
gold('direct_access', P(o, 'Analysehuset AS', C('Håkon Brekke', 'hakon.brekke@analysehuset.no', '+4748230617')),
     prod=C('Live Sande', 'live.sande@analysehuset.no', '+4791705832'), basis=None, notes='no ground for access stated'),
'direct access for itself with both contacts but no legal basis -> missing legal_basis')

# ---------------------------------------------------------------- unspecified
o = org('91862947')
add('bA_044', mk('Frode Aas <frode.aas@mvaguiden.no>', 'Testtilgang RRH',
f"""Hei,

Vi ønsker tilgang til testmiljøet for API-ene til registeret over reelle
rettighetshavere.

Virksomhet: MVA-guiden AS
Org.nr: {o}
Kontaktperson: Frode Aas
E-post: frode.aas@mvaguiden.no
Telefon: 930 18 274

Mvh Frode
""", client='outlook'),
gold('unspecified', P(o, 'MVA-guiden AS', C('Frode Aas', 'frode.aas@mvaguiden.no', '+4793018274')), notes='no option named'),
'complete applicant, no option named -> missing order_type')

o = org('98027415')
add('bA_045', mk('Elise Ford <elise.ford@kycbridge.example>', 'Requesting test access',
f"""Hi,

We'd like to get access to the test environment of the beneficial ownership
API. Company: KYC Bridge AS, org nr {o}. Contact is me (Elise Ford).

Thanks!
Elise
""", client='gmail'),
gold('unspecified', P(o, 'KYC Bridge AS', C('Elise Ford', 'elise.ford@kycbridge.example', None)), notes='no option, no phone'),
"English short request; 'Contact is me' -> email from From; no phone and no option")

o = org('96733058')
add('bA_046', mk('Arne Ulvik <arne@ulvikdata.no>', 'Tilgang til testmiljø',
f"""Hei,

Ulvik Data AS ynskjer tilgang til testmiljøet for RRH.

Orgnr. {o}
Kontaktperson: Arne Ulvik, arne@ulvikdata.no, tlf. 951 38 660

Kva treng de meir frå oss?

Helsing Arne
""", client='thunderbird'),
gold('unspecified', P(o, 'Ulvik Data AS', C('Arne Ulvik', 'arne@ulvikdata.no', '+4795138660')), notes='access requested but no option'),
'Nynorsk request without option; closing question does not make it a non-order')

o = org('92615839')
add('bA_047', mk('Vibeke Thorsen <vibeke.thorsen@eiernett.no>', 'Søknad om testtilgang', html=f"""<html><body>
<p>Hei!</p><p>Eiernett AS søker om tilgang til testmiljøet for reelle rettighetshavere.</p>
<ul><li>Org.nr.: {o}</li><li>Kontaktperson: Vibeke Thorsen</li><li>E-post: vibeke.thorsen@eiernett.no</li><li>Telefon: 404 61 239</li></ul>
<p>Hilsen<br>Vibeke</p></body></html>""", client='owa'),
gold('unspecified', P(o, 'Eiernett AS', C('Vibeke Thorsen', 'vibeke.thorsen@eiernett.no', '+4740461239'))),
'HTML-only bullet list; no option -> missing order_type')

# ---------------------------------------------------------------- not_an_order
add('bA_048', mk('Stine Rød <stine.rod@regnskapsfabrikken.no>', 'Fraværsmelding: Testtilgang RRH',
"""Takk for e-posten din. Jeg er på kurs til og med 20. november og har
begrenset tilgang til e-post. Haster det, ring sentralbordet på 22 80 40 00.

Med vennlig hilsen
Stine Rød
Regnskapsfabrikken AS
""", client='outlook', extra={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'}),
gold('not_an_order', notes='out-of-office'), 'automatic out-of-office with a switchboard number')

o = org('93512740')
add('bA_049', mk('Nora Vang <nora@smaregnskap.no>', 'Spørsmål om testtilgang',
f"""Hei,

Vi er et lite regnskapsbyrå (Småregnskap AS, org.nr {o}) som vurderer å
lage en egen integrasjon. Kan vi som regnskapsbyrå i det hele tatt få
testtilgang, eller gjelder det bare systemleverandører?

Mvh
Nora Vang
900 14 527
""", client='gmail'),
gold('not_an_order', notes='eligibility question'), 'eligibility question with org number and phone in the signature')

o = org('98745003')
add('bA_050', mk('Morten Hjelle <morten.hjelle@hjellefinans.no>', 'Produksjonstilgang RRH',
f"""Hei,

Vi har testet ferdig i testmiljøet og ønsker nå tilgang til produksjon.

Hjelle Finans AS, org.nr {o}
Rapporteringspliktig etter hvitvaskingsloven
Produksjonsansvarlig: Morten Hjelle, morten.hjelle@hjellefinans.no, 992 03 458

Mvh Morten
""", client='outlook'),
gold('not_an_order', notes='production access request'), 'production access request with full details and legal basis')

add('bA_051', mk('Regnskap Norge Nyhetsbrev <nyhetsbrev@regnskapsnytt.example>', 'Ukens nytt: reelle rettighetshavere og API-tilgang',
"""UKENS NYTT

* Slik bestiller systemleverandører testtilgang hos Brønnøysundregistrene
  Du kan velge fiktiv virksomhet eller delegering fra en eksisterende kunde.
  Oppgi org.nr, navn og kontaktperson med e-post og telefon.

* Frister for innrapportering

Du mottar dette fordi du abonnerer på nyhetsbrevet. Meld deg av her:
https://regnskapsnytt.example/avmelding
""", html="""<html><body><h2>UKENS NYTT</h2><p><b>Slik bestiller systemleverandører testtilgang hos Brønnøysundregistrene</b><br>Du kan velge fiktiv virksomhet eller delegering fra en eksisterende kunde. Oppgi org.nr, navn og kontaktperson med e-post og telefon.</p><p>Frister for innrapportering</p><p style="font-size:11px">Du mottar dette fordi du abonnerer på nyhetsbrevet. <a href="https://regnskapsnytt.example/avmelding">Meld deg av her</a></p></body></html>""",
client='gmail', extra={'List-Unsubscribe': '<https://regnskapsnytt.example/avmelding>', 'Precedence': 'bulk'}),
gold('not_an_order', notes='newsletter'), 'bulk newsletter that describes both options')

add('bA_052', mk('Rolf Berge <rolf.berge@kvittering.no>', 'Re: Testtilgang RRH [RRH-2026-0117]',
"""Tusen takk, tilgangen virker fint nå!

Rolf

Den 28. okt. 2026 kl. 14:02 skrev opendata.rrh@brreg.no:
> Tilgangen i testmiljøet er nå opprettet for Kvittering AS.
""", client='gmail'),
gold('not_an_order', notes='thank-you note'), 'thank-you note after access was granted')

o = org('91398260')
add('bA_053', mk('Tobias Lunde <tobias@revisjonsportalen.no>', 'Feilmelding 403 i testmiljøet',
f"""Hei,

Vi fikk testtilgang for noen uker siden (Revisjonsportalen AS, {o}), men
nå får vi 403 Forbidden når vi kaller endepunktet for reelle rettighetshavere
med token fra Maskinporten. Scope er satt. Har dere noen idé om hva som er galt?

Tobias Lunde
Utvikler
958 41 207
""", client='thunderbird'),
gold('not_an_order', notes='technical support question'), 'technical question from a vendor that already has access')

add('bA_054', mk('Marte Dal <marte.dal@konsulentkompaniet.no>', 'Hva er forskjellen på alternativ 1 og 2?',
"""Hei,

Vi vurderer å bestille testtilgang, men forstår ikke helt forskjellen på
fiktiv virksomhet og delegering fra eksisterende kunde. Hvilket bør vi
velge hvis vi ikke har noen kunder som bruker løsningen ennå?

Hilsen Marte Dal
Konsulentkompaniet AS
""", client='apple'),
gold('not_an_order', notes='question about the options'), 'question comparing the two options, no order')

add('bA_055', mk('Mail Delivery Subsystem <mailer-daemon@mx.lonnsmester.no>', 'Undeliverable: Testtilgang RRH',
"""Delivery to the following recipient failed permanently:

     jan.k@lonnsmester.no

Technical details of permanent failure:
550 5.1.1 The email account that you tried to reach does not exist.

----- Original message -----
Subject: Testtilgang RRH
Vi ønsker fiktiv virksomhet. Lønnsmester AS, kontakt Jan Krogh.
""", client=None, extra={'Auto-Submitted': 'auto-replied'}),
gold('not_an_order', notes='bounce'), 'bounce (DSN text) quoting a fragment of an order')


# ---------------------------------------------------------------- extra items
a = org('98904236'); c = org('92570183')
add('bA_056', mk('Karen Holt <karen.holt@holtogsonner.no>', 'Delegation of test access to our software supplier',
f"""Hello,

Holt & Sønner AS (org. no. {c}) uses Bryggeriet Software AS as its ERP
supplier. We'd like to delegate our access in the test environment to them.
I'm the contact on our side: +47 915 07 364.

Bryggeriet Software AS has org. no. {a}; their contact is Thomas Wold,
thomas.wold@bryggerietsoftware.no, +47 462 90 815.

Kind regards,
Karen Holt
CFO, Holt & Sønner AS
""", html=f"""<div style="font-family:Aptos,sans-serif"><p>Hello,</p><p>Holt &amp; Sønner AS (org. no. {c}) uses Bryggeriet Software AS as its ERP supplier. We'd like to delegate our access in the test environment to them. I'm the contact on our side: +47 915 07 364.</p><p>Bryggeriet Software AS has org. no. {a}; their contact is Thomas Wold, thomas.wold@bryggerietsoftware.no, +47 462 90 815.</p><p>Kind regards,<br>Karen Holt<br>CFO, Holt &amp; Sønner AS</p></div>""", client='outlook'),
gold('existing_customer', P(a, 'Bryggeriet Software AS', C('Thomas Wold', 'thomas.wold@bryggerietsoftware.no', '+4746290815')),
     P(c, 'Holt & Sønner AS', C('Karen Holt', 'karen.holt@holtogsonner.no', '+4791507364')), notes='customer writes in English; applicant is the vendor'),
"English; the customer writes ('delegate our access ... to them'); '&' in the name; Outlook multipart/alternative")

add('bA_057', mk('Felix Wagner <felix.wagner@kontorwerk.example>', 'Question: test access for a German vendor?',
"""Hi,

We are a German accounting software company without a Norwegian entity
(yet). Is it possible for us to get access to your test environment for
beneficial owners, or do we need a Norwegian organisation number first?

Best regards
Felix Wagner
Kontorwerk GmbH
+49 30 2209 4471
""", client='thunderbird'),
gold('not_an_order', notes='eligibility question from a foreign vendor'), 'English eligibility question from a foreign vendor')

o = org('93184405')
add('bA_058', mk('Sander Øien <sander.oien@ostlandsfaktura.no>', 'Bestilling testmiljø',
f"""Hei. Vi vil gjerne bestille testtilgang og velger fiktiv virksomhet, så tar vi delegeringen selv.

Kontaktperson: meg

Sander Øien
Utvikler
Østlandsfaktura AS
M: 404 52 918
Org.nr. NO {sp(o)} MVA

Hent Outlook for Android""", client='android', cte='base64'),
gold('fictitious_customer', P(o, 'Østlandsfaktura AS', C('Sander Øien', 'sander.oien@ostlandsfaktura.no', '+4740452918'))),
"Outlook for Android base64; 'Kontaktperson: meg'; everything else only in the signature (org number as 'NO ... MVA')")

a = org('96650714'); c = bad('91725830')
add('bA_059', mk('Yngve Tho <yngve.tho@anleggsdata.no>', 'Delegering fra kunde – testtilgang',
f"""Hei,

Anleggsdata AS bestiller testtilgang med delegering fra eksisterende kunde.

Oss: Anleggsdata AS, org.nr {a}
     Yngve Tho, yngve.tho@anleggsdata.no, 936 20 511
Kunde: Tverrelva Entreprenør AS, org.nr {c}
     Solveig Tverrelv, solveig@tverrelva.no, 71 25 60 30

Hilsen
Yngve
""", client='apple', charset='utf-8', cte='quoted-printable'),
gold('existing_customer', P(a, 'Anleggsdata AS', C('Yngve Tho', 'yngve.tho@anleggsdata.no', '+4793620511')),
     P(c, 'Tverrelva Entreprenør AS', C('Solveig Tverrelv', 'solveig@tverrelva.no', '+4771256030')), invalid=['customer.org_number'], notes='customer org number fails mod 11'),
"'Oss:'/'Kunde:' blocks with indented contact lines; customer org number with a wrong check digit -> invalid")

# ---------------------------------------------------------------- threads
def reply(frm, subj, ref, first_id, body, client='gmail', **kw):
    return mk(frm, f'Re: {subj} [{ref}]', body, client=client, refs=first_id, **kw)

def botquote(ref, lacks, prefix='> '):
    lines = [f'Bestillingen din er mottatt og har fått saksnummer {ref}.', '',
             'Før vi kan gå videre trenger vi:'] + [f'- {x}' for x in lacks] + ['',
             'Svar på denne e-posten og behold saksnummeret i emnefeltet.', '',
             'Brønnøysundregistrene']
    return '\n'.join(prefix + l if l else prefix.rstrip() for l in lines)

# t01: fictitious, phone arrives in the answer
o = org('92187036'); s = 'Bestilling fiktiv virksomhet'; mid = '<t01-first.4471@saldoservice.no>'
m1 = mk('Vilde Rasch <vilde.rasch@saldoservice.no>', s, f"""Hei,

Saldoservice AS (org.nr {o}) ønsker testtilgang med fiktiv virksomhet som vi
delegerer fra selv. Kontaktperson er Vilde Rasch, vilde.rasch@saldoservice.no.

Hilsen Vilde
""", client='gmail', msgid=mid, when=at(10, 9, 12))
m2 = reply('Vilde Rasch <vilde.rasch@saldoservice.no>', s, 'RRH-2026-0311', mid, f"""Hei,

Mobilnummeret mitt er 941 07 386.

Vilde

tir. 10. nov. 2026 kl. 09:41 skrev opendata.rrh@brreg.no:
{botquote('RRH-2026-0311', ['telefonnummer til kontaktpersonen'])}
""", when=at(10, 11, 5))
THREADS.append(('bA_t01', [m1, m2], gold('fictitious_customer', P(o, 'Saldoservice AS', C('Vilde Rasch', 'vilde.rasch@saldoservice.no', '+4794107386')), notes='phone supplied in the answer'),
 'phone missing in the first mail, given in the answer that quotes the receipt'))

# t02: existing, customer contact arrives in answer from a colleague at the same domain
a = org('97712045'); c = org('93061528'); s = 'Testtilgang - delegering fra kunde'; mid = '<t02-first.9902@ordrekassen.no>'
m1 = mk('Anders Krog <anders.krog@ordrekassen.no>', s, f"""Hei,

Ordrekassen AS, org.nr {a}, ønsker testtilgang der kunden vår
Lofoten Sjømatkontor AS, org.nr {c}, delegerer til oss. Kontaktperson hos oss:
Anders Krog, anders.krog@ordrekassen.no, 915 62 049. Kontaktperson hos
kunden kommer i egen e-post.

Mvh Anders Krog
""", client='outlook', msgid=mid, when=at(10, 15, 20))
m2 = reply('Liv Hansen <liv.hansen@ordrekassen.no>', s, 'RRH-2026-0318', mid, f"""Hei,

Jeg svarer for Anders, som er på reise. Kontaktpersonen hos
Lofoten Sjømatkontor AS er Eirin Johansen, eirin@lofotensjomat.no, 76 06 12 90.

Med vennlig hilsen
Liv Hansen
Ordrekassen AS

Fra: opendata.rrh@brreg.no
Sendt: onsdag 11. november 2026 08:02
Til: Anders Krog
Emne: Testtilgang - delegering fra kunde [RRH-2026-0318]

{botquote('RRH-2026-0318', ['kontaktperson hos kunden (navn, e-post, telefon)'], prefix='')}
""", client='outlook', when=at(11, 10, 47))
THREADS.append(('bA_t02', [m1, m2], gold('existing_customer', P(a, 'Ordrekassen AS', C('Anders Krog', 'anders.krog@ordrekassen.no', '+4791562049')),
 P(c, 'Lofoten Sjømatkontor AS', C('Eirin Johansen', 'eirin@lofotensjomat.no', '+4776061290')), notes='customer contact given by a colleague of the sender'),
 "customer contact 'kommer i egen e-post'; a colleague at the same domain supplies it; Outlook quote block; the colleague is not the applicant contact"))

# t03: unspecified -> fictitious
o = org('98570362'); s = 'Test access'; mid = '<t03-first.1180@brightlane.example>'
m1 = mk('Jakob Moe <jakob.moe@brightlane.example>', s, f"""Hi,

Brightlane AS (org no {o}) would like access to the RRH test environment.
Contact: Jakob Moe, jakob.moe@brightlane.example, +47 467 25 813

Thanks,
Jakob
""", client='apple', msgid=mid, when=at(12, 10, 9))
m2 = reply('Jakob Moe <jakob.moe@brightlane.example>', s, 'RRH-2026-0322', mid, f"""Hi,

Sorry, forgot that part. We'd like the fictitious enterprise, the one we
delegate from ourselves - we have no customers on this product yet.

Jakob

> On 12 Nov 2026, at 10:15, opendata.rrh@brreg.no wrote:
>
{botquote('RRH-2026-0322', ['hvilket alternativ dere ønsker (fiktiv virksomhet eller delegering fra eksisterende kunde)'])}
""", client='apple', when=at(12, 13, 30))
THREADS.append(('bA_t03', [m1, m2], gold('fictitious_customer', P(o, 'Brightlane AS', C('Jakob Moe', 'jakob.moe@brightlane.example', '+4746725813')), notes='option chosen in the answer'),
 'English; first mail has no option; the answer picks the fictitious enterprise'))

# t04: existing, complete, then corrected customer email, then thank-you (3 mails)
a = org('91645089'); c = org('96301574'); s = 'Bestilling testtilgang, eksisterende kunde'; mid = '<t04-first.3317@arbeidsplan.no>'
m1 = mk('Kristian Berg <kristian.berg@arbeidsplan.no>', s, f"""Hei,

Arbeidsplan AS ({a}) bestiller testtilgang med delegering fra eksisterende kunde.

Kontakt hos oss: Kristian Berg, kristian.berg@arbeidsplan.no, 984 20 571
Kunde: Ringerike Vekst AS ({c})
Kontakt hos kunden: Pia Solum, pia.solum@ringerikevekst.no, 911 83 046

Mvh Kristian
""", client='thunderbird', msgid=mid, when=at(13, 10, 50))
m2 = reply('Kristian Berg <kristian.berg@arbeidsplan.no>', s, 'RRH-2026-0330', mid, f"""Hei,

En rettelse: Pia sin e-postadresse er pia@ringerikevekst.no, ikke den jeg
skrev først. Resten stemmer.

Kristian

Den 13.11.2026 11:05, skrev opendata.rrh@brreg.no:
> Bestillingen din er mottatt og har fått saksnummer RRH-2026-0330.
> Kunde: Ringerike Vekst AS, kontakt Pia Solum, pia.solum@ringerikevekst.no
""", client='thunderbird', when=at(13, 14, 12))
m3 = reply('Kristian Berg <kristian.berg@arbeidsplan.no>', s, 'RRH-2026-0330', mid, """Flott, takk for rask behandling!

Kristian
""", client='thunderbird', when=at(16, 9, 3))
THREADS.append(('bA_t04', [m1, m2, m3], gold('existing_customer', P(a, 'Arbeidsplan AS', C('Kristian Berg', 'kristian.berg@arbeidsplan.no', '+4798420571')),
 P(c, 'Ringerike Vekst AS', C('Pia Solum', 'pia@ringerikevekst.no', '+4791183046')), notes='customer email corrected in mail 2; mail 3 is a thank-you'),
 'complete order; customer email corrected in the second mail (quoted receipt repeats the old one); final thank-you'))

# t05: direct access, production contact supplied by colleague
o = org('93258714'); s = 'Bestilling av tilgang RRH'; mid = '<t05-first.7720@bygdekreditt.no>'
m1 = mk('Helge Nygård <helge.nygard@bygdekreditt.no>', s, f"""Hei,

Bygdekreditt AS (org.nr {o}) er rapporteringspliktig etter hvitvaskingsloven
og bestiller tilgang til RRH for egen del.

Testansvarlig: Helge Nygård, helge.nygard@bygdekreditt.no, 975 42 180
Produksjonsansvarlig: avklares internt

Mvh
Helge Nygård
""", client='outlook', msgid=mid, when=at(16, 12, 40))
m2 = reply('Randi Fosse <randi.fosse@bygdekreditt.no>', s, 'RRH-2026-0341', mid, f"""Hei,

Jeg blir produksjonsansvarlig for Bygdekreditt AS. Mobil 902 58 613.

Vennlig hilsen
Randi Fosse
Compliance, Bygdekreditt AS

-----Opprinnelig melding-----
Fra: opendata.rrh@brreg.no
Sendt: mandag 16. november 2026 12:58
Emne: Bestilling av tilgang RRH [RRH-2026-0341]

{botquote('RRH-2026-0341', ['produksjonsansvarlig (navn, e-post, telefon)'], prefix='')}
""", client='outlook', when=at(17, 9, 25))
THREADS.append(('bA_t05', [m1, m2], gold('direct_access', P(o, 'Bygdekreditt AS', C('Helge Nygård', 'helge.nygard@bygdekreditt.no', '+4797542180')),
 prod=C('Randi Fosse', 'randi.fosse@bygdekreditt.no', '+4790258613'), basis='reporting_entity', notes="production contact 'avklares internt' then a colleague names herself"),
 "direct access; production contact 'avklares internt'; colleague answers 'Jeg blir produksjonsansvarlig' (name from signature, address from From)"))

# ---------------------------------------------------------------- write
def write():
    for d in ('messages', 'threads'):
        shutil.rmtree(os.path.join(OUT, d), ignore_errors=True)
        os.makedirs(os.path.join(OUT, d))
    for name, m, g, _ in MSGS:
        with open(os.path.join(OUT, 'messages', name + '.eml'), 'wb') as f:
            f.write(m.as_bytes(policy=policy.SMTP.clone(linesep='\n')))
        with open(os.path.join(OUT, 'messages', name + '.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write('\n')
    for name, ms, g, _ in THREADS:
        d = os.path.join(OUT, 'threads', name); os.makedirs(d)
        for i, m in enumerate(ms, 1):
            with open(os.path.join(d, f'{i:02d}.eml'), 'wb') as f:
                f.write(m.as_bytes(policy=policy.SMTP.clone(linesep='\n')))
        with open(os.path.join(d, 'gold.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write('\n')
    # README
    from collections import Counter
    items = [(f'messages/{n}', g, t) for n, _, g, t in MSGS] + [(f'threads/{n}/ ({len(ms)} mails)', g, t) for n, ms, g, t in THREADS]
    cnt = Counter(g['order_type'] for _, g, _ in items)
    orders = [g for _, g, _ in items if g['order_type'] != 'not_an_order']
    L = ['# Blind corpus, half A', '',
         'Written blind to the parser, under the labelling rules of `../../shared/corpus/README.md` and the conventions of',
         '`../../shared/corpus2/README.md`. Generated by `make_corpus.py` (stdlib `email`).', '',
         f'{len(items)} items: {len(MSGS)} single messages, {len(THREADS)} threads ({sum(len(ms) for _, ms, _, _ in THREADS)} mails).', '',
         '| order_type | items |', '| --- | ---: |']
    for t in ('fictitious_customer', 'existing_customer', 'direct_access', 'unspecified', 'not_an_order'):
        L.append(f'| {t} | {cnt[t]} |')
    L += ['', f'Orders: {len(orders)}; with at least one missing field (order_type aside): {sum(1 for g in orders if [m for m in g["missing"] if m != "order_type"])}; '
          f'with at least one invalid value: {sum(1 for g in orders if g["invalid"])}.', '', '## Items', '']
    for path, g, t in items:
        extra = []
        if g['missing']: extra.append('missing: ' + ', '.join(g['missing']))
        if g['invalid']: extra.append('invalid: ' + ', '.join(g['invalid']))
        L.append(f'- `{path}` — {g["order_type"]} — {t}' + (' — ' + '; '.join(extra) if extra else ''))
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(L) + '\n')

write()
