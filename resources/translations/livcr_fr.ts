<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="nl_BE">
  <context>
    <name>ActionTracker</name>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="463" />
      <source>&amp;Bijwerken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="393" />
      <source>&amp;Eigenaar:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="432" />
      <source>&amp;Geschiedenis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="458" />
      <source>&amp;Notitie:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="461" />
      <source>&amp;Tijdlijn van de casus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="400" />
      <source>Achterstallig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="226" />
      <source>Achterstallig: de deadline is {days} dag(en) verstreken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="68" />
      <source>Actie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="351" />
      <source>Acties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="384" />
      <source>Acties zoeken op casus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="398" />
      <source>Alle acties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="390" />
      <source>Alle organisaties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="570" />
      <source>Bijgewerkt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="385" />
      <source>Ca&amp;sus:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="68" />
      <source>Casus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="382" />
      <source>Casus, pseudoniem of actie…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="309" />
      <source>Datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="68" />
      <source>Deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="228" />
      <location filename="../../livcr_desktop/views/action_tracker.py" line="401" />
      <source>Deadline deze week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="309" />
      <source>Door</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="68" />
      <source>Eigenaar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="389" />
      <source>Filter op eigenaar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="397" />
      <source>Filter op status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="437" />
      <source>Geschiedenis van de actie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="423" />
      <location filename="../../livcr_desktop/views/action_tracker.py" line="535" />
      <source>Kies een actie om haar geschiedenis te zien.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="565" />
      <source>Kies een andere status of schrijf een notitie.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="69" />
      <source>Laatste opvolging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="457" />
      <source>Nieuwe st&amp;atus:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="448" />
      <source>Nieuwe status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="309" />
      <source>Notitie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="453" />
      <source>Notitie bij de opvolging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="399" />
      <source>Openstaand (open of lopend)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="404" />
      <source>S&amp;tatus:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="68" />
      <location filename="../../livcr_desktop/views/action_tracker.py" line="309" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="477" />
      <source>Uw rol mag acties niet bijwerken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="68" />
      <source>Verantwoordelijke</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="454" />
      <source>Wat is er gebeurd? (wordt gedateerd bewaard)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="542" />
      <source>{case} — {owner}, deadline {deadline}
{description}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="271" />
      <source>{date} (achterstallig)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="273" />
      <source>{date} (deze week)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="509" />
      <source>{shown} van {total} acties — {overdue} achterstallig</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../livcr_desktop/views/app.py" line="97" />
      <source>Demo: een verzonnen gemeente met verzonnen personen. Wachtwoordzin: &lt;b&gt;{p}&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseForm</name>
    <message>
      <location filename="../../ui/case_form.ui" line="48" />
      <source>&amp;Achternaam:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="18" />
      <source>&amp;Code:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="88" />
      <source>&amp;Fenomeen:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="58" />
      <source>&amp;Geboortedatum:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="98" />
      <source>&amp;Ideologie:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_form.py" line="114" />
      <source>&amp;Opslaan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="28" />
      <source>&amp;Pseudoniem:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="108" />
      <source>&amp;Signaalgever (organisatie):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="140" />
      <source>&amp;Status:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="38" />
      <source>&amp;Voornaam:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="128" />
      <source>Aan&amp;meldingsdatum:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_form.py" line="187" />
      <source>Aanmeldingsdatum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_form.py" line="185" />
      <source>Achternaam</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_form.py" line="116" />
      <source>Annu&amp;leren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="150" />
      <source>Case&amp;manager:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_form.py" line="188" />
      <source>Casemanager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="6" />
      <source>Casus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_form.py" line="127" />
      <source>Casus {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_form.py" line="184" />
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_form.py" line="185" />
      <source>Fenomeen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="198" />
      <source>Identiteit &amp;tonen (wordt gelogd)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="10" />
      <source>Identiteitsgegevens zijn optioneel: een casus kan pseudoniem blijven (alleen code). Ze verschijnen nooit in lijsten of op de projector.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_form.py" line="186" />
      <source>Ideologie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="83" />
      <source>Minder&amp;jarig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_form.py" line="121" />
      <source>Nieuwe casus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_form.py" line="184" />
      <source>Pseudoniem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_form.py" line="188" />
      <source>Screeningsnota's</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="185" />
      <source>Screeningsnota's:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="118" />
      <source>Sector signaalge&amp;ver:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_form.py" line="186" />
      <source>Signaalgever</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_form.py" line="187" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="160" />
      <source>Volgende &amp;bespreking:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_form.py" line="184" />
      <source>Voornaam</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="73" />
      <source>dd/MM/yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="66" />
      <source>gekend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_form.py" line="151" />
      <source>— anoniem / niet opgegeven —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_form.py" line="147" />
      <source>— kies —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_form.py" line="155" />
      <source>— nog niet toegewezen —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_form.py" line="148" />
      <source>— onbekend —</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <location filename="../../livcr_desktop/views/case_table_model.py" line="50" />
      <source>Aanmelding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_table_model.py" line="214" />
      <source>Bespreking achterstallig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_table_model.py" line="50" />
      <source>Casemanager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_table_model.py" line="49" />
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_table_model.py" line="49" />
      <source>Fenomeen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_table_model.py" line="49" />
      <source>Ideologie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_table_model.py" line="50" />
      <source>Minderjarig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_table_model.py" line="49" />
      <source>Pseudoniem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_table_model.py" line="51" />
      <source>Signaalgever</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_table_model.py" line="49" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_table_model.py" line="50" />
      <source>Volgende bespreking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_table_model.py" line="230" />
      <source>ja</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_table_model.py" line="236" />
      <source>{date} (achterstallig)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseTimeline</name>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="211" />
      <source>&amp;Sluiten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="207" />
      <source>&amp;Terugkoppeling aan signaalgever…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="95" />
      <source>(ongedaan gemaakt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="97" />
      <source>Aan {org}, door {user}:
{text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="67" />
      <source>Aangemeld (anonieme aanmelding: geen signaalgevende organisatie)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="66" />
      <source>Aangemeld door {org}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="49" />
      <source>Aanmelding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="54" />
      <source>Actie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="89" />
      <source>Actie van {org} → {status} ({user})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="51" />
      <source>Agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="238" />
      <source>Anonieme aanmelding: er is geen signaalgever om terug te koppelen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="53" />
      <source>Beslissing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="73" />
      <source>Besproken op vergadering {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="185" />
      <source>Bezorgdheid per levensdomein (0 geen – 3 hoog)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="126" />
      <source>Datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="263" />
      <source>Laatste inschatting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="252" />
      <source>Nog geen inschatting per levensdomein.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="234" />
      <source>Op de volgende &amp;agenda zetten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="71" />
      <source>Op de volgende agenda gezet door {user}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="55" />
      <source>Opvolging actie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="50" />
      <source>Screening</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="69" />
      <source>Screeningsnotities: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="126" />
      <source>Soort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="56" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="94" />
      <source>Status gewijzigd: {before} → {after} ({user})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="57" />
      <source>Terugkoppeling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="174" />
      <source>Tijdlijn van de casus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="227" />
      <source>Tijdlijn {case} — LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="233" />
      <source>Van de volgende &amp;agenda halen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="52" />
      <source>Vergadering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="254" />
      <source>Vergaderingen: {list}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="126" />
      <source>Wat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="82" />
      <source>status: {status}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="228" />
      <source>{case} — {status}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/case_timeline.py" line="85" />
      <source>{org}, deadline {deadline}: {text}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FeedbackDialog</name>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="158" />
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="211" />
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="190" />
      <source>&amp;Opslaan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="148" />
      <source>&amp;Sjabloon:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="160" />
      <source>&amp;Sluiten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="149" />
      <source>&amp;Tekst:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="120" />
      <source>Aan: {org}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="119" />
      <source>Anonieme aanmelding: er is geen signaalgever om terug te koppelen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="124" />
      <source>Beperkte terugkoppeling: geen inhoud van de bespreking, niets wat onder het beroepsgeheim valt en geen identiteitsgegevens.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="51" />
      <source>Besproken — afgesloten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="45" />
      <source>Besproken — begeleiding opgestart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="48" />
      <source>Besproken — doorverwezen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="83" />
      <source>Datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="83" />
      <source>Door</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="131" />
      <source>Eerdere terugkoppelingen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="83" />
      <source>Meegedeeld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="54" />
      <source>Ontvangen — in screening</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="201" />
      <source>Opgelet: de tekst bevat de naam of de geboortedatum van betrokkene. Pas de tekst aan, of klik nogmaals om toch op te slaan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="197" />
      <source>Schrijf eerst wat aan de signaalgever werd meegedeeld.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="83" />
      <source>Sjabloon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="146" />
      <source>Tekst van de terugkoppeling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="114" />
      <source>Terugkoppeling aan de signaalgever — {case}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="210" />
      <source>Terugkoppeling opgeslagen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="203" />
      <source>Toch &amp;opslaan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="49" />
      <source>Uw melding werd besproken in de LIVC-R; betrokkene werd doorverwezen naar de gepaste hulpverlening. Meer informatie kunnen wij u niet geven.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="52" />
      <source>Uw melding werd besproken in de LIVC-R; de opvolging door de cel wordt afgesloten. Nieuwe signalen kunt u steeds aan de casemanager melden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="46" />
      <source>Uw melding werd besproken in de LIVC-R; er wordt een begeleiding opgestart. Meer informatie kunnen wij u niet geven. Nieuwe signalen kunt u steeds aan de casemanager melden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="55" />
      <source>Uw melding werd goed ontvangen en wordt door de casemanager bekeken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="172" />
      <source>Uw rol mag geen terugkoppeling registreren.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="60" />
      <source>vrije tekst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="141" />
      <source>— kies een sjabloon —</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="157" />
      <source>Capaciteit en middelen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="151" />
      <source>Financiën en huisvesting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="152" />
      <source>Fysieke en mentale gezondheid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="149" />
      <source>Gezin en thuissituatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="159" />
      <source>Identiteit, zingeving en grieven</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="155" />
      <source>Ideologie, opvattingen en houding tegenover geweld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="156" />
      <source>Intentie en gedragssignalen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="158" />
      <source>Justitie en politie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="136" />
      <source>OCMW</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="150" />
      <source>Onderwijs, werk en dagbesteding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="154" />
      <source>Online gedrag en informatieomgeving</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="67" />
      <source>Q0 geen radicaliseringsproblematiek</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="68" />
      <source>Q1 zorgwekkend, onvoldoende informatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="69" />
      <source>Q2 radicaliseringsproces, sociaal-preventieve aanpak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="70" />
      <source>Q3 verhoogd risico, veiligheidsluik nodig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="160" />
      <source>Recente gebeurtenissen en triggers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="153" />
      <source>Sociaal netwerk en vrije tijd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="37" />
      <source>aangemeld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="96" />
      <source>aanwezig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="89" />
      <source>afgerond</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="42" />
      <location filename="../../livcr_desktop/views/labels.py" line="114" />
      <source>afgesloten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="80" />
      <source>afsluiten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="98" />
      <source>afwezig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="143" />
      <source>andere</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="59" />
      <source>anti-overheid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="81" />
      <source>bijkomende informatie verzamelen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="106" />
      <source>buitengewone vergadering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="122" />
      <source>casusbespreking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="41" />
      <source>doorverwezen en afgesloten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="78" />
      <source>doorverwijzen en afsluiten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="58" />
      <source>extreemlinks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="57" />
      <source>extreemrechts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="49" />
      <source>extremisme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="140" />
      <source>geestelijke gezondheid (CGG)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="115" />
      <source>gefinaliseerd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="142" />
      <source>gemeente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="112" />
      <source>gepland</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="39" />
      <source>in opvolging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="38" />
      <source>in screening</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="141" />
      <source>jeugdwerk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="137" />
      <source>justitiehuis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="105" />
      <source>kernteam</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="88" />
      <location filename="../../livcr_desktop/views/labels.py" line="113" />
      <source>lopend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="90" />
      <source>niet uitgevoerd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="123" />
      <source>nieuwe aanmelding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="139" />
      <source>onderwijs (school, CLB)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="61" />
      <source>onduidelijk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="87" />
      <source>open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="40" />
      <source>opgeschaald</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="79" />
      <source>opschalen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="121" />
      <source>opvolging openstaande acties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="76" />
      <source>opvolging opstarten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="77" />
      <source>opvolging verderzetten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="134" />
      <source>politie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="135" />
      <source>preventie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="48" />
      <source>radicalisme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="104" />
      <source>reguliere LIVC-R</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="56" />
      <source>religieus geïnspireerd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="60" />
      <source>single-issue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="50" />
      <source>terrorisme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="129" />
      <source>uitgenodigd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="124" />
      <source>varia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="129" />
      <source>vast lid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="97" />
      <source>verontschuldigd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/labels.py" line="138" />
      <source>welzijn (CAW)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LiveMeeting</name>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="245" />
      <source>&amp;Bewerken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="253" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="260" />
      <source>&amp;Projector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="230" />
      <source>&amp;Vergadering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="395" />
      <source>'{title}' van de agenda halen?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="196" />
      <source>+ casus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="199" />
      <source>+ punt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="177" />
      <source>&lt;b&gt;Agenda&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="234" />
      <source>Aanwezigheid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="166" />
      <source>Aanwezigheid (F2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="322" />
      <source>Aanwezigheid niet volledig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="181" />
      <source>Agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="239" />
      <source>Agendapunt hoger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="240" />
      <source>Agendapunt lager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="383" />
      <source>Agendapunt toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="394" />
      <source>Agendapunt verwijderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="450" />
      <source>Agendapunt: {used} / {planned}:00</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="195" />
      <source>Casus om toe te voegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="465" />
      <source>Datum van de volgende vergadering (dd/mm/jjjj, leeg: nog niet gekend):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="473" />
      <source>Geef de datum als dd/mm/jjjj.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="459" />
      <source>Gepland: {n} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="323" />
      <source>Niet alle aanwezigen hebben de geheimhouding bevestigd (art. 458ter). Toch de casusbespreking beginnen?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="237" />
      <source>Nieuwe actie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="236" />
      <source>Nieuwe beslissing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="235" />
      <source>Nieuwe bijdrage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="246" />
      <source>Ongedaan maken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="248" />
      <source>Opnieuw</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="264" />
      <source>Projector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="457" />
      <source>Resterend: {left}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="78" />
      <source>Sluiten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="70" />
      <location filename="../../livcr_desktop/views/live_meeting.py" line="254" />
      <source>Sneltoetsen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="162" />
      <location filename="../../livcr_desktop/views/live_meeting.py" line="427" />
      <source>Timer starten (Ctrl+T)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="238" />
      <source>Timer starten/stoppen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="427" />
      <source>Timer stoppen (Ctrl+T)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="383" />
      <source>Titel van het agendapunt:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="464" />
      <location filename="../../livcr_desktop/views/live_meeting.py" line="473" />
      <source>Vergadering afsluiten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="244" />
      <source>Vergadering afsluiten…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="100" />
      <source>Vergadering {number} — LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="202" />
      <source>Verwijderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="232" />
      <source>Volgend agendapunt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="233" />
      <source>Vorig agendapunt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="152" />
      <source>{kind} {number} — {date} {time}, {place} — voorzitter: {chair}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="216" />
      <source>&amp;Afsluiten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="206" />
      <source>&amp;Bestand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="103" />
      <source>&amp;Casussen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="224" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="76" />
      <source>&amp;Nieuwe casus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="207" />
      <source>&amp;Nieuwe casus…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="225" />
      <source>&amp;Over LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="104" />
      <source>&amp;Vergaderingen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="132" />
      <source>&amp;Verslag…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="220" />
      <source>&amp;Zoeken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="64" />
      <source>&amp;Zoeken:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="69" />
      <source>Alle casussen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="70" />
      <source>Alle lopende casussen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="71" />
      <source>Bespreking achterstallig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="211" />
      <source>Casus &amp;openen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="89" />
      <source>Casussen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="63" />
      <source>Casussen zoeken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="68" />
      <source>Filter op status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="117" />
      <source>Kluis: {path} — aangemeld als {user}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="286" />
      <source>LIVC-R Desktop {version}

Casusoverleg van de Lokale Integrale Veiligheidscel (wet van 30 juli 2018). Alle gegevens vallen onder het gedeeld beroepsgeheim (art. 458ter Sw.) en blijven versleuteld op deze computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="51" />
      <source>LIVC-R Desktop — Casussen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="128" />
      <source>Nieuwe &amp;vergadering…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="78" />
      <source>Nieuwe casus (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="285" />
      <source>Over LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="74" />
      <source>S&amp;tatus:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="130" />
      <source>Vergadering &amp;leiden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="142" />
      <source>Vergaderingen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="61" />
      <source>Zoeken op code, pseudoniem, status, casemanager… (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="242" />
      <source>{n} besprekingen achterstallig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="239" />
      <source>{shown} van {total} casussen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MeetingDialog</name>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="62" />
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="75" />
      <source>&amp;Aanvang:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="89" />
      <source>&amp;Annuleren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="75" />
      <source>&amp;Datum:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="76" />
      <source>&amp;Duur:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="76" />
      <source>&amp;Plaats:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="75" />
      <source>&amp;Soort:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="76" />
      <source>&amp;Voorzitter:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="81" />
      <source>De agenda wordt voorgesteld: eerst de openstaande acties, dan de casussen die aan bespreking toe zijn, dan de nieuwe aanmeldingen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="42" />
      <source>Nieuwe vergadering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="77" />
      <source>S&amp;ecretaris:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="88" />
      <source>Vergadering &amp;plannen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="71" />
      <source>— geen —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="70" />
      <source>— kies —</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MeetingModels</name>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="202" />
      <source>Aanwezigheid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="374" />
      <source>Actie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="305" />
      <source>Bezorgdheid
(vorige → nu)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="68" />
      <location filename="../../livcr_desktop/views/meeting_models.py" line="374" />
      <source>Casus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="432" />
      <source>Datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="374" />
      <source>Deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="399" />
      <source>Deadline verstreken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="374" />
      <source>Eigenaar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="203" />
      <source>Geheimhouding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="303" />
      <source>Levensdomein</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="202" />
      <source>Lid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="68" />
      <source>Nieuw</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="432" />
      <source>Nummer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="65" />
      <source>Opvolging openstaande acties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="202" />
      <source>Organisatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="432" />
      <source>Plaats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="432" />
      <source>Soort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="375" />
      <location filename="../../livcr_desktop/views/meeting_models.py" line="432" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="202" />
      <source>Uitgenodigd voor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="374" />
      <source>Verantwoordelijke</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="338" />
      <source>[beroepsgeheim]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="342" />
      <source>[bevestigd]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="340" />
      <source>[niet projecteren]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="232" />
      <source>bevestigd om {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="229" />
      <source>hele vergadering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_models.py" line="233" />
      <source>nog niet</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MeetingPages</name>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="243" />
      <source>&amp;Afgerond</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="319" />
      <source>&amp;Bijdrage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="244" />
      <source>&amp;Lopend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="243" />
      <source>&amp;Niet uitgevoerd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="322" />
      <source>&amp;Plan van aanpak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="401" />
      <source>0 geen/onbekend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="401" />
      <source>1 laag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="401" />
      <source>2 matig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="401" />
      <source>3 hoog</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="151" />
      <source>Aanwezigheid en geheimhouding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="162" />
      <source>Aanwezigheidslijst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="548" />
      <source>Actie toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="172" />
      <source>Alle aanwezigen &amp;bevestigen de geheimhouding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="415" />
      <source>Beschermende factoren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="418" />
      <source>Beschermende factoren:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="446" />
      <source>Beslissing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="480" />
      <source>Beslissing &amp;vastleggen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="400" />
      <source>Bezorgdheid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="408" />
      <source>Bezorgdheid:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="347" />
      <source>Bijdrage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="594" />
      <source>Casus {code}{pseudo} — {status}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="544" />
      <source>Deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="320" />
      <source>Do&amp;mein</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="365" />
      <source>Domein:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="463" />
      <source>Doorverwezen naar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="495" />
      <source>Doorverwezen naar:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="535" />
      <source>Eigenaar (organisatie)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="251" />
      <source>Er staan geen acties van vorige vergaderingen open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="360" />
      <source>Geen informatie / wenst niet te delen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="135" />
      <source>Herinnering — gedeeld beroepsgeheim (art. 458ter §2 Strafwetboek). Wie aan dit casusoverleg deelneemt, is gehouden tot geheimhouding van wat hier gedeeld wordt. Niemand is verplicht te spreken; wie niets wil of mag delen, meldt dat en wordt genoteerd als 'geen informatie / wenst niet te delen'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="321" />
      <source>Inschatting en &amp;beslissing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="305" />
      <source>Integrale analyse: levensdomeinen en bijdragen per organisatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="428" />
      <source>Integrale inschatting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="394" />
      <source>Kies een levensdomein in het rooster.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="436" />
      <source>Kwalificatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="441" />
      <source>Kwalificatie:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="468" />
      <source>LTF (Local Task Force)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="380" />
      <source>Laatste bijdrage in deze cel verwijderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="342" />
      <source>Levensdomein</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="457" />
      <source>Motivering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="493" />
      <source>Motivering:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="532" />
      <source>Nieuwe actie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="533" />
      <source>Nieuwe actie (Enter voegt toe)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="640" />
      <source>Nog geen beslissing voor deze casus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="240" />
      <source>Nota bij de opvolging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="239" />
      <source>Nota bij de opvolging (optioneel)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="227" />
      <source>Openstaande acties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="466" />
      <source>Opgeschaald naar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="497" />
      <source>Opgeschaald naar:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="221" />
      <source>Opvolging van de openstaande acties van de vorige vergaderingen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="339" />
      <source>Organisatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="363" />
      <source>Organisatie:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="521" />
      <source>Plan van aanpak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="411" />
      <source>Risicofactoren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="417" />
      <source>Risicofactoren:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="432" />
      <source>Samenvatting van de integrale inschatting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="440" />
      <source>Samenvatting:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="450" />
      <source>Soort beslissing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="491" />
      <source>Soort:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="358" />
      <source>Toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="639" />
      <source>Vastgelegd om {time}; wijzigingen worden meteen bewaard.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="538" />
      <source>Verantwoordelijke</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="460" />
      <source>Verwachtingen tegen de volgende bespreking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="494" />
      <source>Verwachtingen:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="499" />
      <source>Volgende bespreking:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="348" />
      <source>Wat weet deze organisatie over dit domein? (Enter voegt toe)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="353" />
      <source>be&amp;vestigd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="349" />
      <source>beroeps&amp;geheim</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="599" />
      <source>geen informatie / wenst niet te delen: {orgs}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="471" />
      <source>gepland</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="355" />
      <source>in &amp;verslag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="351" />
      <source>niet &amp;projecteren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="469" />
      <source>parket</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="727" />
      <source>vorige vergadering: {lvl}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="187" />
      <source>{p} aanwezig, {a} bevestigd, {e} verontschuldigd, {x} afwezig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="534" />
      <source>— eigenaar —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="451" />
      <source>— kies —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="437" />
      <source>— nog niet gekwalificeerd —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="539" />
      <source>— verantwoordelijke —</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="33" />
      <source>De geboortedatum ligt na de aanmeldingsdatum.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="71" />
      <source>De kluis kon niet geopend worden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="38" />
      <source>De kluis moet minstens één voorzitter houden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="32" />
      <source>Deze code bestaat al; kies een andere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="31" />
      <source>Deze datum ligt in de toekomst.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="35" />
      <source>Deze datum ligt in het verleden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="30" />
      <source>Deze datum ligt vóór de aanmeldingsdatum.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="34" />
      <source>Deze datum ligt vóór de vergadering.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="48" />
      <source>Deze kluis is gemaakt met een nieuwere versie van LIVC-R Desktop. Werk de toepassing bij; de kluis is niet gewijzigd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="69" />
      <source>Deze kluis wordt niet onthouden op deze computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="29" />
      <source>Deze tekst is te lang.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="62" />
      <source>Dit is geen LIVC-R-kluis (geen geldig sleutelbestand ernaast).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="27" />
      <source>Dit veld is verplicht.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="64" />
      <source>Er is op deze computer geen beveiligde sleutelopslag van het besturingssysteem beschikbaar. Gebruik de wachtwoordzin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="28" />
      <source>Gebruik de vorm LIVC-2026-014 (letters, jaar, volgnummer).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="58" />
      <source>Het databasebestand van deze kluis ontbreekt naast het sleutelbestand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="53" />
      <source>Het kluisbestand is beschadigd of onvolledig en kan niet gelezen worden. Herstel een back-up; het bestand is niet gewijzigd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="60" />
      <source>Op deze plaats bestaat al een kluis.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="36" />
      <source>Te kort: minstens 10 tekens.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="37" />
      <source>U kunt uzelf niet verwijderen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/messages.py" line="46" />
      <source>Verkeerde wachtwoordzin. De kluis is niet geopend.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MinutesDialog</name>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="102" />
      <source>&amp;Afdrukvoorbeeld…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="98" />
      <source>&amp;Casus:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="124" />
      <source>&amp;Finaliseren…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="125" />
      <source>&amp;Ondertekenen met certificaat (.p12)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="97" />
      <source>&amp;Organisatie:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="96" />
      <source>&amp;Soort:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="81" />
      <source>Actielijst voor één organisatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="126" />
      <source>Adden&amp;dum…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="242" />
      <source>Addendum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="245" />
      <source>Addendum bewaard (SHA-256 {hash}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="103" />
      <source>Af&amp;drukken…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="180" />
      <source>Alle aanwezigen stemmen in: de fiche kan opgemaakt worden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="267" />
      <source>Beide handtekeningen staan er al.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="229" />
      <source>Bewaard: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="248" />
      <source>Certificaat kiezen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="242" />
      <source>Correctie of aanvulling:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="49" />
      <source>De middleware voor de kaartlezer (PKCS#11) is niet gevonden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="194" />
      <source>De terugkoppelingsfiche kan pas opgemaakt worden als alle aanwezige leden instemmen (GwH 52/2021).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="43" />
      <source>Dit certificaat is nog niet geldig. Er werd niets ondertekend.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="40" />
      <source>Dit certificaat is verlopen. Er werd niets ondertekend.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="37" />
      <source>Dit is geen leesbaar PKCS#12-bestand (.p12/.pfx). Er werd niets ondertekend.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="76" />
      <source>Document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="122" />
      <source>Finaliseren en ondertekenen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="300" />
      <source>GEWIJZIGD NA ONDERTEKENING</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="297" />
      <source>Geen (leesbare) handtekening gevonden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="46" />
      <source>Geen kaart of token gevonden. Steek de eID in de lezer en probeer opnieuw.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="238" />
      <source>Gefinaliseerd. SHA-256: {hash}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="166" />
      <source>Gefinaliseerd; SHA-256 {hash}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="127" />
      <source>Handtekening &amp;controleren…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="34" />
      <source>Het wachtwoord van het certificaatbestand klopt niet. Er werd niets ondertekend.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="94" />
      <source>Identiteiten afdrukken (wordt gelogd)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="295" />
      <source>In de kluis: NEE — dit bestand is niet zoals het bewaard werd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="294" />
      <source>In de kluis: ja (document {id}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="109" />
      <source>Instemming met de terugkoppelingsfiche (alle aanwezige leden)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="197" />
      <source>Kies eerst een organisatie of casus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="234" />
      <source>Na het finaliseren is de vergadering vergrendeld; correcties worden een addendum. Doorgaan?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="181" />
      <source>Nog niet alle aanwezigen stemden in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="170" />
      <source>Nog niet gefinaliseerd: het verslag kan nog wijzigen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="278" />
      <source>Ondertekend ({field}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="168" />
      <source>Ondertekend door: {who}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="283" />
      <source>Ondertekend verslag controleren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="52" />
      <source>Ondertekenen is mislukt. Er werd niets ondertekend.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="104" />
      <source>Opslaan als &amp;PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="221" />
      <source>Opslaan als PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="221" />
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="283" />
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="248" />
      <source>PKCS#12 (*.p12 *.pfx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="83" />
      <source>Terugkoppeling aan de signaalgever</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="82" />
      <source>Terugkoppelingsfiche aan de politie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="233" />
      <source>Verslag finaliseren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="68" />
      <source>Verslag van vergadering {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="80" />
      <source>Volledig verslag (archief van de cel)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="251" />
      <source>Wachtwoord</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="251" />
      <source>Wachtwoord van het certificaatbestand:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes_dialog.py" line="299" />
      <source>ongewijzigd sinds ondertekening</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Projector</name>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="674" />
      <source>, geboren {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="128" />
      <source>1 bijdrage niet geprojecteerd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="842" />
      <source>Aan (F5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1092" />
      <source>Aan op {screen} ({how})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="279" />
      <source>Actie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="479" />
      <source>Agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1204" />
      <source>Automatisch (ander scherm dan de voorzitter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1098" />
      <source>BEVROREN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="718" />
      <source>Beslissing (in opmaak): {kind}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="718" />
      <source>Beslissing: {kind}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="844" />
      <source>Bevriezen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="280" />
      <source>Casus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="149" />
      <source>Casus {case}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="965" />
      <source>De naam en geboortedatum van deze casus worden op de projector getoond, voor iedereen in de zaal. Dit wordt in het auditlog vastgelegd. Ze verdwijnen bij het volgende agendapunt.

Identiteit tonen?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="661" />
      <source>De vergadering begint zo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="279" />
      <source>Deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="725" />
      <source>Doorverwezen naar: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="279" />
      <source>Eigenaar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="697" />
      <source>Er staan geen acties van vorige vergaderingen open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="688" />
      <source>Geen informatie / wenst niet te delen: {orgs}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1105" />
      <source>IDENTITEIT ZICHTBAAR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="960" />
      <source>Identiteit tonen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="964" />
      <source>Identiteit tonen op de projector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="848" />
      <source>Identiteit tonen op de projector…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="672" />
      <source>Identiteit, getoond door de voorzitter: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="848" />
      <source>Identiteit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="681" />
      <source>Kwalificatie: {q}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="225" />
      <source>Levensdomein</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="721" />
      <source>Motivering: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="148" />
      <source>Nieuwe aanmelding {case}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="227" />
      <source>Niveau</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="695" />
      <source>Nog geen bijdragen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="727" />
      <source>Opgeschaald naar: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="154" />
      <location filename="../../livcr_desktop/views/projector.py" line="663" />
      <source>Opvolging openstaande acties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="437" />
      <source>Projectie — LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="842" />
      <source>Projector aan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="844" />
      <source>Projector bevriezen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1088" />
      <source>Projector uit (voorbeeld)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="846" />
      <source>Projector volgt de voorzitter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="843" />
      <source>Projector zwart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="850" />
      <source>Projectortekst groter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="852" />
      <source>Projectortekst kleiner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="854" />
      <source>Projectortekst normaal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1064" />
      <source>Scherm '{name}' is weg: de projectie staat in een venster.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1161" />
      <source>Scherm van de projector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="279" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="961" />
      <source>Van deze casus is geen identiteit gekend: er is niets te tonen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="723" />
      <source>Verwachtingen: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="846" />
      <source>Volgen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="729" />
      <source>Volgende bespreking: {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="744" />
      <source>Voorbeeld van de projector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1096" />
      <source>ZWART</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="843" />
      <source>Zwart (B)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1101" />
      <source>blijft op punt {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="769" />
      <source>scherm {n} '{name}', {w}×{h}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1106" />
      <source>tekst {pct}%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1094" />
      <source>venster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1103" />
      <source>volgt de voorzitter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1094" />
      <source>volledig scherm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="655" />
      <source>{kind} {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="129" />
      <source>{n} bijdragen niet geprojecteerd</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <location filename="../../livcr_desktop/views/search_panel.py" line="94" />
      <source>&amp;Zoeken:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/search_panel.py" line="35" />
      <source>Actie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/search_panel.py" line="34" />
      <source>Beslissing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/search_panel.py" line="33" />
      <source>Bijdrage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/search_panel.py" line="71" />
      <source>Bijdrage onder beroepsgeheim, niet te projecteren of niet in het verslag: enkel zichtbaar voor wie vergaderingen leidt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/search_panel.py" line="32" />
      <source>Casus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/search_panel.py" line="132" />
      <source>Niets gevonden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/search_panel.py" line="93" />
      <source>Volledige tekst zoeken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/search_panel.py" line="91" />
      <source>Zoek in casussen, bijdragen, beslissingen en acties…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/search_panel.py" line="102" />
      <source>Zoekresultaten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/search_panel.py" line="66" />
      <source>[afgeschermd]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/search_panel.py" line="130" />
      <source>{n} resultaten ({ms} ms)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SessionLock</name>
    <message>
      <location filename="../../livcr_desktop/views/lock.py" line="119" />
      <source>De sessie is vergrendeld. Geef uw wachtwoordzin om verder te werken waar u was.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/lock.py" line="122" />
      <source>Vergrendeld — LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/lock.py" line="52" />
      <source>Vergrendelen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Sparkline</name>
    <message>
      <location filename="../../livcr_desktop/views/sparkline.py" line="49" />
      <source>{title}: bezorgdheid {values}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <location filename="../../livcr_desktop/views/undo_commands.py" line="105" />
      <source>actie toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/undo_commands.py" line="121" />
      <source>actiestatus wijzigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/undo_commands.py" line="136" />
      <source>beslissing vastleggen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/undo_commands.py" line="92" />
      <source>bezorgdheid wijzigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/undo_commands.py" line="61" />
      <source>bijdrage toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/undo_commands.py" line="76" />
      <source>bijdrage verwijderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/undo_commands.py" line="128" />
      <source>ongedaan gemaakt</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UsersDialog</name>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="131" />
      <source>&amp;Gebruikersnaam:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="132" />
      <source>&amp;Herhaal:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="131" />
      <source>&amp;Naam:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="131" />
      <source>&amp;Rol:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="132" />
      <source>&amp;Wachtwoordzin:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="159" />
      <source>Alleen de voorzitter kan gebruikers beheren.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="171" />
      <source>De twee wachtwoordzinnen verschillen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="102" />
      <source>Elke gebruiker opent de kluis met een eigen wachtwoordzin. Wie verwijderd wordt, kan de kluis niet meer openen. Alleen de voorzitter beheert de gebruikers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="70" />
      <source>Gebruiker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="137" />
      <source>Gebruiker &amp;toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="141" />
      <source>Gebruiker &amp;verwijderen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="199" />
      <source>Gebruiker verwijderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="179" />
      <source>Gebruiker {name} toegevoegd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="99" />
      <source>Gebruikers van deze kluis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="70" />
      <source>Naam</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="70" />
      <source>Rol</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="139" />
      <source>Rol &amp;wijzigen naar de gekozen rol</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="70" />
      <source>Sleutels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="118" />
      <source>bv. casemanager of j.peeters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="42" />
      <source>casemanager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="43" />
      <source>lid (alleen lezen)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="41" />
      <source>secretaris</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="86" />
      <source>verwijderd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="40" />
      <source>voorzitter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="209" />
      <source>{name} verwijderd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="200" />
      <source>{name} verwijderen? Hun wachtwoordzin opent de kluis daarna niet meer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="89" />
      <source>{n} onthouden op een computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/users_dialog.py" line="87" />
      <source>{n} wachtwoordzin</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VaultDialogs</name>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="118" />
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="208" />
      <source>&amp;Annuleren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="190" />
      <source>&amp;Herhaal:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="92" />
      <source>&amp;Onthouden op deze computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="117" />
      <source>&amp;Openen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="89" />
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="189" />
      <source>&amp;Wachtwoordzin:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="230" />
      <source>De twee wachtwoordzinnen verschillen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="102" />
      <source>Deze computer heeft geen beveiligde sleutelopslag (keyring) die werkt. De kluis opent alleen met de wachtwoordzin; er wordt niets onversleuteld bewaard.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="172" />
      <source>Er is nog geen kluis op &lt;b&gt;{path}&lt;/b&gt;. Kies een wachtwoordzin: alle gegevens worden ermee versleuteld. Zonder wachtwoordzin (of een back-up met zijn eigen wachtwoordzin) zijn de gegevens niet terug te halen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="74" />
      <source>Geef de wachtwoordzin van de kluis &lt;b&gt;{name}&lt;/b&gt;.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="188" />
      <source>Herhaal de wachtwoordzin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="207" />
      <source>Kluis &amp;maken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="70" />
      <source>Kluis openen — LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="168" />
      <source>Nieuwe kluis — LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="184" />
      <source>Nieuwe wachtwoordzin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="223" />
      <source>Redelijk: nog een woord maakt ze sterk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="224" />
      <source>Sterk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="195" />
      <source>Sterkte van de wachtwoordzin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="220" />
      <source>Te kort: minstens {n} tekens. Een zin van vier of meer woorden is sterk en makkelijk te onthouden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="88" />
      <source>Wachtwoordzin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="225" />
      <source>Zeer sterk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault_dialogs.py" line="222" />
      <source>Zwak: maak ze langer of voeg woorden toe.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
