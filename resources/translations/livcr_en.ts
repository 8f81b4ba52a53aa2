<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_BE">
  <context>
    <name>ActionTracker</name>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="467" />
      <source>&amp;Bijwerken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="396" />
      <source>&amp;Eigenaar:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="435" />
      <source>&amp;Geschiedenis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="462" />
      <source>&amp;Notitie:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="465" />
      <source>&amp;Tijdlijn van de casus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="403" />
      <source>Achterstallig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="230" />
      <source>Achterstallig: de deadline is {days} dag(en) verstreken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="68" />
      <source>Actie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="354" />
      <source>Acties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="387" />
      <source>Acties zoeken op casus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="402" />
      <source>Alle acties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="393" />
      <source>Alle organisaties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="579" />
      <source>Bijgewerkt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="388" />
      <source>Ca&amp;sus:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="68" />
      <source>Casus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="385" />
      <source>Casus, pseudoniem of actie…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="313" />
      <source>Datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="68" />
      <source>Deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="232" />
      <location filename="../../livcr_desktop/views/action_tracker.py" line="404" />
      <source>Deadline deze week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="313" />
      <source>Door</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="68" />
      <source>Eigenaar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="392" />
      <source>Filter op eigenaar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="400" />
      <source>Filter op status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="440" />
      <source>Geschiedenis van de actie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="426" />
      <location filename="../../livcr_desktop/views/action_tracker.py" line="543" />
      <source>Kies een actie om haar geschiedenis te zien.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="574" />
      <source>Kies een andere status of schrijf een notitie.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="69" />
      <source>Laatste opvolging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="461" />
      <source>Nieuwe st&amp;atus:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="452" />
      <source>Nieuwe status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="313" />
      <source>Notitie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="457" />
      <source>Notitie bij de opvolging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="401" />
      <source>Openstaand (open of lopend)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="407" />
      <source>S&amp;tatus:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="68" />
      <location filename="../../livcr_desktop/views/action_tracker.py" line="313" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="481" />
      <source>Uw rol mag acties niet bijwerken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="68" />
      <source>Verantwoordelijke</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="458" />
      <source>Wat is er gebeurd? (wordt gedateerd bewaard)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="550" />
      <source>{case} — {owner}, deadline {deadline}
{description}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="275" />
      <source>{date} (achterstallig)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="277" />
      <source>{date} (deze week)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/action_tracker.py" line="515" />
      <source>{shown} van {total} acties — {overdue} achterstallig</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AdminDialogs</name>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="631" />
      <source> jaar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="301" />
      <source>&amp;Aantal bewaren:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="471" />
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="549" />
      <source>&amp;Annuleren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="659" />
      <source>&amp;Anonimiseren…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="847" />
      <source>&amp;Audittrail…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="840" />
      <source>&amp;Back-ups…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="828" />
      <source>&amp;Beheer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="627" />
      <source>&amp;Bewaartermijn van afgesloten casussen:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="378" />
      <source>&amp;Herstellen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="320" />
      <source>&amp;Herstellen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="453" />
      <source>&amp;Huidige wachtwoordzin:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="454" />
      <source>&amp;Nieuwe wachtwoordzin:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="607" />
      <source>&amp;Sluiten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="584" />
      <source>&amp;Vernieuwen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="842" />
      <source>&amp;Wachtwoordzin wijzigen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="470" />
      <source>&amp;Wijzigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="657" />
      <source>&amp;Wissen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="801" />
      <source>({n} bevindingen in totaal.)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="208" />
      <source>Aanleiding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="224" />
      <source>Afgesloten op</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="90" />
      <source>Annuleren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="762" />
      <source>Audittrail — LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="346" />
      <source>Back-up gemaakt: {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="378" />
      <source>Back-up herstellen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="293" />
      <source>Back-ups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="278" />
      <source>Back-ups — LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="846" />
      <source>Be&amp;waartermijn…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="623" />
      <source>Bewaartermijn — LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="708" />
      <source>Casussen anonimiseren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="645" />
      <source>Casussen voorbij de bewaartermijn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="703" />
      <source>Casussen wissen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="224" />
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="844" />
      <source>Database&amp;sleutel vernieuwen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="582" />
      <source>Databasesleutel vernieuwen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="521" />
      <source>Databasesleutel vernieuwen — LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="799" />
      <source>De audittrail is NIET intact.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="793" />
      <source>De audittrail is intact: {n} gebeurtenissen, elke schakel klopt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="750" />
      <source>De audittrail klopt niet bij gebeurtenis {n}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="143" />
      <source>De back-up hoort bij een andere kluis.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="149" />
      <source>De back-up is beschadigd: de integriteitscontrole is mislukt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="147" />
      <source>De back-up is gemaakt met een nieuwere versie van LIVC-R Desktop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="398" />
      <source>De back-up is hersteld.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="343" />
      <source>De back-up is mislukt ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="155" />
      <source>De back-up kon niet gelezen worden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="601" />
      <source>De databasesleutel is vernieuwd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="746" />
      <source>De gebeurtenissen vanaf nummer {n} ontbreken aan het einde van de audittrail.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="730" />
      <source>De gefinaliseerde verslagen van {m} vergadering(en) vermelden ze nog.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="500" />
      <source>De huidige wachtwoordzin klopt niet. Er is niets gewijzigd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="583" />
      <source>De kluis wordt nu opnieuw versleuteld. Sluit eerst andere vensters van LIVC-R Desktop op deze kluis. Doorgaan?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="524" />
      <source>De kluis wordt opnieuw versleuteld met een nieuwe, willekeurige sleutel. Doe dit als een wachtwoordzin of een kopie van het sleutelbestand in verkeerde handen kan zijn. Alleen uw eigen wachtwoordzin en het onthouden op deze computer blijven werken. Back-ups van vóór de vernieuwing blijven de oude sleutel gebruiken: verwijder ze als een wachtwoordzin uitgelekt is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="373" />
      <source>De kluis wordt vervangen door de back-up van {time} ({cases} casussen, {events} gebeurtenissen in de audittrail). Wat sindsdien werd ingevoerd, staat niet in de back-up. De huidige kluis blijft bewaard naast de kluis (“vervangen”). Doorgaan?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="487" />
      <source>De nieuwe wachtwoordzin is dezelfde als de huidige.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="745" />
      <source>De schakel naar gebeurtenis {n} klopt niet: er is een gebeurtenis verwijderd of verplaatst.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="594" />
      <source>De sleutel kon niet vernieuwd worden ({error}); de kluis opent met de vorige sleutel.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="485" />
      <source>De twee nieuwe wachtwoordzinnen verschillen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="400" />
      <source>De vorige kluis is bewaard als {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="505" />
      <source>De wachtwoordzin kon niet gewijzigd worden. Er is niets gewijzigd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="354" />
      <source>De {n} recentste back-ups worden bewaard.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="711" />
      <source>Definitief &amp;anonimiseren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="706" />
      <source>Definitief &amp;wissen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="240" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="153" />
      <source>Deze gebruiker mag de kluis van de back-up niet beheren.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="564" />
      <source>Deze gebruikers verliezen toegang tot ze een nieuwe wachtwoordzin krijgen: {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="591" />
      <source>Deze wachtwoordzin klopt niet. Er is niets gewijzigd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="145" />
      <source>Deze wachtwoordzin opent de back-up niet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="151" />
      <source>Dit is geen back-up van een LIVC-R-kluis (of het sleutelbestand ontbreekt).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="281" />
      <source>Een back-up is een versleutelde kopie van de kluis; dezelfde wachtwoordzinnen openen ze. Na elk gefinaliseerd verslag wordt er automatisch een gemaakt. Bewaar een kopie van de map op een andere schijf om een defecte schijf te overleven.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="722" />
      <source>Een gekozen casus is niet (meer) voorbij de termijn. Er is niets gewijzigd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="156" />
      <source>Er is niets vervangen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="727" />
      <source>Geanonimiseerd: {codes}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="743" />
      <source>Gebeurtenis {n} is achteraf gewijzigd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="747" />
      <source>Gebeurtenis {n} is niet meer dezelfde als vastgelegd: de audittrail is herschreven.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="749" />
      <source>Gebeurtenis {n} verschilt van dezelfde gebeurtenis in een back-up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="208" />
      <source>Gebeurtenissen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="769" />
      <source>Gebeurtenissen van de audittrail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="240" />
      <source>Gebruiker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="559" />
      <source>Geen andere gebruiker verliest toegang.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="240" />
      <source>Gegeven</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="208" />
      <source>Gemaakt op</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="727" />
      <source>Gewist: {codes}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="208" />
      <source>Grootte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="240" />
      <source>Handeling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="455" />
      <source>He&amp;rhaal:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="452" />
      <source>Herhaal de nieuwe wachtwoordzin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="748" />
      <source>Het vastgelegde eindpunt van de audittrail in het sleutelbestand is gewijzigd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="450" />
      <source>Huidige wachtwoordzin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="709" />
      <source>Identiteit, pseudoniem en alle teksten van {n} casus(sen) definitief wissen: {codes}? Code, data en kwalificaties blijven.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="540" />
      <source>Ik begrijp dat de andere gebruikers een nieuwe wachtwoordzin nodig hebben.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="225" />
      <source>In gefinaliseerde verslagen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="364" />
      <source>Kies eerst een back-up in de lijst.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="287" />
      <source>Map: {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="774" />
      <source>Naar de eerste &amp;breuk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="451" />
      <source>Nieuwe wachtwoordzin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="240" />
      <source>Nr.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="297" />
      <source>Nu een &amp;back-up maken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="772" />
      <source>Opnieuw &amp;controleren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="307" />
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="633" />
      <source>Opslaan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="224" />
      <source>Pseudoniem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="420" />
      <source>Redelijk: nog een woord maakt ze sterk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="547" />
      <source>Sleutel &amp;vernieuwen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="389" />
      <source>Sluit de toepassing en open de kluis opnieuw.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="224" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="421" />
      <source>Sterk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="460" />
      <source>Sterkte van de wachtwoordzin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="417" />
      <source>Te kort: minstens {n} tekens. Een zin van vier of meer woorden is sterk en makkelijk te onthouden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="224" />
      <source>Termijn verstreken op</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="240" />
      <source>Tijdstip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="538" />
      <source>Uw &amp;wachtwoordzin:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="537" />
      <source>Uw wachtwoordzin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="445" />
      <source>Uw wachtwoordzin ({user}) wordt vervangen; die van andere gebruikers niet. Back-ups van vóór de wijziging openen nog met de oude wachtwoordzin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="795" />
      <source>Vergeleken met {b} back-up(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="603" />
      <source>Verwijderde toegang: {who}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="744" />
      <source>Vóór gebeurtenis {n} ontbreekt een gebeurtenis.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="318" />
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="319" />
      <source>Wachtwoordzin van de back-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="442" />
      <source>Wachtwoordzin wijzigen — LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="647" />
      <source>Wissen verwijdert de casus en alles erover (inbreng, inschattingen, beslissingen, acties, agendapunten, uitnodigingen, terugkoppelingen). Anonimiseren wist identiteit, pseudoniem en alle teksten, maar houdt code, data en kwalificaties voor statistiek. Gefinaliseerde verslagen blijven het officiële verslag van de cel en worden niet gewijzigd; de kolom toont in hoeveel ervan de casus voorkomt. Oudere back-ups bevatten de casus tot ze vervangen worden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="713" />
      <source>Ze staan in {m} gefinaliseerd(e) verslag(en); die blijven ongewijzigd bewaard.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="422" />
      <source>Zeer sterk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="419" />
      <source>Zwak: maak ze langer of voeg woorden toe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="214" />
      <source>na finaliseren verslag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="604" />
      <source>onthouden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="214" />
      <source>op vraag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="604" />
      <source>wachtwoordzin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="679" />
      <source>{n} afgesloten casus(sen) voorbij de termijn van {years} jaar.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="704" />
      <source>{n} casus(sen) en alles erover definitief wissen: {codes}? Dit kan niet ongedaan gemaakt worden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="567" />
      <source>{n} keer “onthouden op een andere computer” vervalt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin_dialogs.py" line="348" />
      <source>{n} oudere back-up(s) verwijderd.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../livcr_desktop/views/app.py" line="105" />
      <source>Demo: een verzonnen gemeente met verzonnen personen. Wachtwoordzin: &lt;b&gt;{p}&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BarChart</name>
    <message>
      <location filename="../../livcr_desktop/views/charts.py" line="140" />
      <source>geen gegevens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/charts.py" line="81" />
      <source>{title}: geen gegevens</source>
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
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="159" />
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="213" />
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="192" />
      <source>&amp;Opslaan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="149" />
      <source>&amp;Sjabloon:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="161" />
      <source>&amp;Sluiten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="150" />
      <source>&amp;Tekst:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="121" />
      <source>Aan: {org}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="120" />
      <source>Anonieme aanmelding: er is geen signaalgever om terug te koppelen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="125" />
      <source>Beperkte terugkoppeling: geen inhoud van de bespreking, niets wat onder het beroepsgeheim valt en geen identiteitsgegevens.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="52" />
      <source>Besproken — afgesloten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="46" />
      <source>Besproken — begeleiding opgestart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="49" />
      <source>Besproken — doorverwezen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="84" />
      <source>Datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="84" />
      <source>Door</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="132" />
      <source>Eerdere terugkoppelingen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="84" />
      <source>Meegedeeld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="55" />
      <source>Ontvangen — in screening</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="203" />
      <source>Opgelet: de tekst bevat de naam of de geboortedatum van betrokkene. Pas de tekst aan, of klik nogmaals om toch op te slaan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="199" />
      <source>Schrijf eerst wat aan de signaalgever werd meegedeeld.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="84" />
      <source>Sjabloon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="147" />
      <source>Tekst van de terugkoppeling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="115" />
      <source>Terugkoppeling aan de signaalgever — {case}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="212" />
      <source>Terugkoppeling opgeslagen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="205" />
      <source>Toch &amp;opslaan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="50" />
      <source>Uw melding werd besproken in de LIVC-R; betrokkene werd doorverwezen naar de gepaste hulpverlening. Meer informatie kunnen wij u niet geven.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="53" />
      <source>Uw melding werd besproken in de LIVC-R; de opvolging door de cel wordt afgesloten. Nieuwe signalen kunt u steeds aan de casemanager melden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="47" />
      <source>Uw melding werd besproken in de LIVC-R; er wordt een begeleiding opgestart. Meer informatie kunnen wij u niet geven. Nieuwe signalen kunt u steeds aan de casemanager melden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="56" />
      <source>Uw melding werd goed ontvangen en wordt door de casemanager bekeken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="173" />
      <source>Uw rol mag geen terugkoppeling registreren.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="61" />
      <source>vrije tekst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/feedback_dialog.py" line="142" />
      <source>— kies een sjabloon —</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportDialogs</name>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="832" />
      <source>&amp;Annuleren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="471" />
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="721" />
      <source>&amp;Bestand kiezen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="359" />
      <source>&amp;Bladeren…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="375" />
      <source>&amp;Exporteren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="486" />
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="831" />
      <source>&amp;Importeren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="306" />
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="376" />
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="488" />
      <source>&amp;Sluiten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="829" />
      <source>&amp;Volgende &gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="830" />
      <source>&lt; &amp;Vorige</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="182" />
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="701" />
      <source>Aanmeldingsdatum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="712" />
      <source>Bestand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="358" />
      <source>Bestand (.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="427" />
      <source>Bestand vervangen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="136" />
      <source>Bevat een NUL-teken of een ongeldig teken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="440" />
      <source>Bewaard: {path} ({counts}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="720" />
      <source>CSV-bestand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="736" />
      <source>CSV-bestand (*.csv *.txt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="820" />
      <source>Caselijst importeren (CSV) — LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="736" />
      <source>Caselijst kiezen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="184" />
      <source>Casemanager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="349" />
      <source>Casus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="778" />
      <source>Controle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="338" />
      <source>De &amp;hele kluis (om over te zetten of te archiveren)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="163" />
      <source>De export van één casus bevat precies één casus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="171" />
      <source>De kluis weigerde de gegevens; er werd niets geïmporteerd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="424" />
      <source>De map {folder} bestaat niet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="227" />
      <source>De tekens in dit bestand zijn niet leesbaar (geen UTF-8 of Windows-1252).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="204" />
      <source>Deze dossiercode komt al voor (in het bestand of in de kluis).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="168" />
      <source>Deze kluis bevat al gegevens: een volledige export wordt alleen in een lege kluis geïmporteerd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="115" />
      <source>Dit bestand heeft formaatversie {version} en werd gemaakt met een nieuwere versie van LIVC-R Desktop; deze versie leest tot versie {supported}. Werk de toepassing bij.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="165" />
      <source>Dit is de export van één casus (inzageverzoek); alleen de export van een hele kluis kan geïmporteerd worden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="226" />
      <source>Dit is een rekenblad (.xlsx of .ods), geen CSV. Bewaar het eerst als CSV.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="229" />
      <source>Dit is geen CSV-tekstbestand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="113" />
      <source>Dit is geen LIVC-R-uitwisselingsbestand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="231" />
      <source>Dit is geen leesbaar CSV-bestand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="132" />
      <source>Dit veld staat er meer dan eens.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="179" />
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="700" />
      <source>Dossiercode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="154" />
      <source>Dubbel: hetzelfde als {first}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="462" />
      <source>Een volledige export (JSON) wordt in deze kluis geïmporteerd als de kluis nog leeg is. Het hele bestand wordt eerst gecontroleerd: alles wordt geïmporteerd, of niets.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="779" />
      <source>Elke rij is gecontroleerd zoals in het casusformulier. Er wordt pas geïmporteerd als geen enkele rij nog een probleem heeft: alles, of niets.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="544" />
      <source>Er werd niets geïmporteerd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="520" />
      <source>Export van {when}: {counts}. Alles is in orde.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="357" />
      <source>Exportbestand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="410" />
      <source>Exportbestand opslaan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="334" />
      <source>Exporteren — LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="340" />
      <source>Eén &amp;casus (inzageverzoek van de betrokkene, AVG art. 15)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="181" />
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="700" />
      <source>Fenomeen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="180" />
      <source>Geboortedatum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="158" />
      <source>Geen agendapunt op positie {position} in deze vergadering.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="149" />
      <source>Geen geldig tijdstip (UU:MM:SS).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="108" />
      <source>Geen geldige JSON (regel {line}, kolom {column}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="145" />
      <source>Geen geldige datum (JJJJ-MM-DD).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="192" />
      <source>Geen geldige datum (dd/mm/jjjj of jjjj-mm-dd).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="147" />
      <source>Geen geldige datum en tijd (JJJJ-MM-DDTUU:MM:SS).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="206" />
      <source>Geen kolom gekoppeld aan het verplichte veld „{field}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="200" />
      <source>Geen lid met deze naam in de kluis.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="198" />
      <source>Geen organisatie met deze naam in de kluis.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="138" />
      <source>Heeft niet de vereiste vorm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="232" />
      <source>Het bestand bevat geen rijen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="230" />
      <source>Het bestand heeft te veel rijen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="297" />
      <source>Het bestand heeft {n} probleem/problemen. Er werd niets geïmporteerd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="515" />
      <source>Het bestand heeft {n} probleem/problemen; er wordt niets geïmporteerd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="106" />
      <source>Het bestand is geen UTF-8-tekst.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="102" />
      <source>Het bestand is groter dan {max} MiB.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="228" />
      <source>Het bestand is te groot.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="104" />
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="233" />
      <source>Het bestand kan niet gelezen worden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="436" />
      <source>Het bestand kon niet geschreven worden: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="208" />
      <source>Het veld „{field}” is aan meer dan één kolom gekoppeld.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="161" />
      <source>Hoort alleen in de export van één casus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="181" />
      <source>Ideologie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="535" />
      <source>Importeren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="294" />
      <source>Importeren niet mogelijk — LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="459" />
      <source>Importeren uit een uitwisselingsbestand — LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="130" />
      <source>Interne gegevens van een kluis, geen instelling van de cel: kan niet geïmporteerd worden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="713" />
      <source>Kies de caselijst als CSV (uit Excel: „Opslaan als… CSV”). Puntkomma of komma, UTF-8 of Windows-1252 worden herkend.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="749" />
      <source>Kies voor elke kolom het veld van de casus, of „niet importeren”. Aanmeldingsdatum en fenomeen zijn verplicht; zonder dossiercode krijgt een rij de volgende vrije code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="642" />
      <source>Kolom in het bestand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="748" />
      <source>Kolommen koppelen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="71" />
      <source>Let op: het exportbestand is NIET versleuteld. Het bevat identiteiten en informatie onder het gedeeld beroepsgeheim (art. 458ter Sw.). Bewaar het alleen op een versleutelde drager, geef het enkel persoonlijk of versleuteld door en wis het zodra het gediend heeft. De export wordt gelogd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="126" />
      <source>Mag niet leeg zijn.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="202" />
      <source>Meer cellen dan de kopregel kolommen heeft.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="180" />
      <source>Minderjarig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="151" />
      <source>Moet tussen {minimum} en {maximum} liggen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="180" />
      <source>Naam</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="128" />
      <source>Onbekend veld.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="142" />
      <source>Onbekende waarde „{value}”; toegelaten: {allowed}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="196" />
      <source>Onbekende waarde.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="119" />
      <source>Ongeldige formaatversie.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="141" />
      <source>Ongeldige waarde.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="184" />
      <source>Opmerkingen (screening)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="183" />
      <source>Organisatie signaalgever</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="272" />
      <source>Plaats in het bestand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="272" />
      <source>Probleem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="701" />
      <source>Problemen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="179" />
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="700" />
      <source>Pseudoniem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="700" />
      <source>Rij</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="219" />
      <source>Rij {row}, kolom „{column}”: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="221" />
      <source>Rij {row}: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="194" />
      <source>Schrijf het jaar met vier cijfers (dd/mm/jjjj).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="183" />
      <source>Sector signaalgever</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="181" />
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="700" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="111" />
      <source>Te diep genest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="134" />
      <source>Te lang: {length} tekens, hoogstens {max}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="469" />
      <source>Uitwisselingsbestand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="411" />
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="498" />
      <source>Uitwisselingsbestand (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="497" />
      <source>Uitwisselingsbestand kiezen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="406" />
      <source>Uw rol laat geen export toe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="512" />
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="883" />
      <source>Uw rol laat geen import toe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="642" />
      <source>Veld van de casus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="121" />
      <source>Verkeerd type: {expected} verwacht, {found} gevonden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="124" />
      <source>Verplicht veld ontbreekt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="156" />
      <source>Verwijst naar „{value}”, dat niet in het bestand staat.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="182" />
      <source>Volgende bespreking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="642" />
      <source>Voorbeelden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="179" />
      <source>Voornaam</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="314" />
      <source>aanwezigheden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="317" />
      <source>actie-opvolgingen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="316" />
      <source>acties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="314" />
      <source>agendapunten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="316" />
      <source>beslissingen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="313" />
      <source>casussen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="315" />
      <source>domeinbeoordelingen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="91" />
      <source>geheel getal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="92" />
      <source>getal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="315" />
      <source>inbrengen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="316" />
      <source>integrale analyses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="849" />
      <source>komma</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="313" />
      <source>leden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="92" />
      <source>lijst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="92" />
      <source>null</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="92" />
      <source>object</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="313" />
      <source>organisaties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="849" />
      <source>puntkomma</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="849" />
      <source>tab</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="91" />
      <source>tekst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="317" />
      <source>terugkoppelingen aan signaalgevers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="91" />
      <source>true of false</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="314" />
      <source>vergaderingen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="318" />
      <source>verslagdocumenten (enkel vermeld)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="849" />
      <source>verticale streep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="681" />
      <source>{code} (automatisch)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="870" />
      <source>{issues} probleem/problemen in {rows} rij(en); er wordt niets geïmporteerd tot ze opgelost zijn (in het bestand of in de koppeling).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="428" />
      <source>{name} bestaat al. Vervangen?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="536" />
      <source>{n} casussen en alle bijhorende gegevens in deze kluis importeren?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="868" />
      <source>{n} rijen worden als casus geïmporteerd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="851" />
      <source>{rows} rijen, {columns} kolommen; scheidingsteken: {delimiter}; codering: {encoding}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="615" />
      <location filename="../../livcr_desktop/views/import_dialogs.py" line="647" />
      <source>— niet importeren —</source>
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
      <location filename="../../livcr_desktop/views/live_meeting.py" line="246" />
      <source>&amp;Bewerken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="254" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="261" />
      <source>&amp;Projector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="231" />
      <source>&amp;Vergadering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="396" />
      <source>'{title}' van de agenda halen?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="197" />
      <source>+ casus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="200" />
      <source>+ punt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="178" />
      <source>&lt;b&gt;Agenda&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="235" />
      <source>Aanwezigheid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="167" />
      <source>Aanwezigheid (F2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="49" />
      <source>Aanwezigheid en geheimhouding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="323" />
      <source>Aanwezigheid niet volledig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="182" />
      <source>Agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="240" />
      <source>Agendapunt hoger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="54" />
      <source>Agendapunt hoger / lager zetten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="241" />
      <source>Agendapunt lager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="384" />
      <source>Agendapunt toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="395" />
      <source>Agendapunt verwijderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="451" />
      <source>Agendapunt: {used} / {planned}:00</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="196" />
      <source>Casus om toe te voegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="466" />
      <source>Datum van de volgende vergadering (dd/mm/jjjj, leeg: nog niet gekend):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="57" />
      <source>Deze hulp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="474" />
      <source>Geef de datum als dd/mm/jjjj.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="460" />
      <source>Gepland: {n} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="113" />
      <source>Identiteit van de casus tonen op de projector (met bevestiging, gelogd)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="324" />
      <source>Niet alle aanwezigen hebben de geheimhouding bevestigd (art. 458ter). Toch de casusbespreking beginnen?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="52" />
      <location filename="../../livcr_desktop/views/live_meeting.py" line="238" />
      <source>Nieuwe actie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="51" />
      <location filename="../../livcr_desktop/views/live_meeting.py" line="237" />
      <source>Nieuwe beslissing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="50" />
      <location filename="../../livcr_desktop/views/live_meeting.py" line="236" />
      <source>Nieuwe bijdrage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="247" />
      <source>Ongedaan maken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="55" />
      <source>Ongedaan maken / opnieuw</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="249" />
      <source>Opnieuw</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="265" />
      <source>Projector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="109" />
      <source>Projector aan / uit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="111" />
      <source>Projector bevriezen / vrijgeven</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="112" />
      <source>Projector volgt de voorzitter / blijft op dit punt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="110" />
      <source>Projector zwart / terug (niet tijdens het typen)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="458" />
      <source>Resterend: {left}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="79" />
      <source>Sluiten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="71" />
      <location filename="../../livcr_desktop/views/live_meeting.py" line="255" />
      <source>Sneltoetsen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="114" />
      <source>Tekst op de projector groter / kleiner / normaal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="163" />
      <location filename="../../livcr_desktop/views/live_meeting.py" line="428" />
      <source>Timer starten (Ctrl+T)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="53" />
      <source>Timer starten / stoppen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="239" />
      <source>Timer starten/stoppen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="428" />
      <source>Timer stoppen (Ctrl+T)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="384" />
      <source>Titel van het agendapunt:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="465" />
      <location filename="../../livcr_desktop/views/live_meeting.py" line="474" />
      <source>Vergadering afsluiten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="245" />
      <source>Vergadering afsluiten…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="101" />
      <source>Vergadering {number} — LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="203" />
      <source>Verwijderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="47" />
      <location filename="../../livcr_desktop/views/live_meeting.py" line="233" />
      <source>Volgend agendapunt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="48" />
      <location filename="../../livcr_desktop/views/live_meeting.py" line="234" />
      <source>Vorig agendapunt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/live_meeting.py" line="153" />
      <source>{kind} {number} — {date} {time}, {place} — voorzitter: {chair}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="281" />
      <source>&amp;Actieopvolging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="123" />
      <source>&amp;Acties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="253" />
      <source>&amp;Afsluiten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="243" />
      <source>&amp;Bestand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="118" />
      <source>&amp;Casussen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="311" />
      <source>&amp;Gebruikers…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="263" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="306" />
      <source>&amp;Instellingen van de cel…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="85" />
      <source>&amp;Nieuwe casus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="244" />
      <source>&amp;Nieuwe casus…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="269" />
      <source>&amp;Opvolging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="264" />
      <source>&amp;Over LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="302" />
      <source>&amp;Statistiek voor preventie…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="92" />
      <source>&amp;Tijdlijn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="270" />
      <source>&amp;Tijdlijn van de casus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="119" />
      <source>&amp;Vergaderingen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="162" />
      <source>&amp;Verslag…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="259" />
      <source>&amp;Zoeken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="289" />
      <source>&amp;Zoeken in alles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="73" />
      <source>&amp;Zoeken:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="78" />
      <source>Alle casussen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="79" />
      <source>Alle lopende casussen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="299" />
      <source>B&amp;eheer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="80" />
      <source>Bespreking achterstallig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="248" />
      <source>Casus &amp;openen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="102" />
      <source>Casussen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="72" />
      <source>Casussen zoeken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="410" />
      <source>De agenda van vergadering {number} ({date}) is al volledig.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="383" />
      <source>De casus staat klaar voor de volgende agenda.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="407" />
      <source>Er is geen geplande vergadering. Plan eerst een vergadering.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="77" />
      <source>Filter op status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="427" />
      <source>Geen achterstallige acties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="147" />
      <source>Kluis: {path} — aangemeld als {user}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="493" />
      <source>LIVC-R Desktop {version}

Casusoverleg van de Lokale Integrale Veiligheidscel (wet van 30 juli 2018). Alle gegevens vallen onder het gedeeld beroepsgeheim (art. 458ter Sw.) en blijven versleuteld op deze computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="60" />
      <source>LIVC-R Desktop — Casussen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="158" />
      <source>Nieuwe &amp;vergadering…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="87" />
      <source>Nieuwe casus (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="274" />
      <source>Op de &amp;volgende agenda zetten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="430" />
      <source>Open of lopende acties waarvan de deadline verstreken is</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="492" />
      <source>Over LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="83" />
      <source>S&amp;tatus:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="277" />
      <source>Terugkoppeling aan &amp;signaalgever…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="94" />
      <source>Tijdlijn van de gekozen casus (Ctrl+T)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="392" />
      <source>Uw rol mag de agenda van een vergadering niet aanpassen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="160" />
      <source>Vergadering &amp;leiden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="178" />
      <source>Vergaderingen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="396" />
      <source>Volgende agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="164" />
      <location filename="../../livcr_desktop/views/main_window.py" line="285" />
      <source>Volgende agenda v&amp;ullen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="166" />
      <source>Zet de casussen die aan bespreking toe zijn en de nieuwe aanmeldingen op de agenda van de volgende geplande vergadering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="126" />
      <source>Zoeken in &amp;alles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="70" />
      <source>Zoeken op code, pseudoniem, status, casemanager… (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="427" />
      <source>{n} acties achterstallig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="449" />
      <source>{n} besprekingen achterstallig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="412" />
      <source>{n} casussen op de agenda van vergadering {number} ({date}) gezet: {codes}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="446" />
      <source>{shown} van {total} casussen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MeetingDialog</name>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="63" />
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="76" />
      <source>&amp;Aanvang:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="90" />
      <source>&amp;Annuleren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="76" />
      <source>&amp;Datum:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="77" />
      <source>&amp;Duur:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="77" />
      <source>&amp;Plaats:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="76" />
      <source>&amp;Soort:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="77" />
      <source>&amp;Voorzitter:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="82" />
      <source>De agenda wordt voorgesteld: eerst de openstaande acties, dan de casussen die aan bespreking toe zijn, dan de nieuwe aanmeldingen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="43" />
      <source>Nieuwe vergadering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="78" />
      <source>S&amp;ecretaris:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="89" />
      <source>Vergadering &amp;plannen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="72" />
      <source>— geen —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_dialog.py" line="71" />
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
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="245" />
      <source>&amp;Afgerond</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="321" />
      <source>&amp;Bijdrage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="246" />
      <source>&amp;Lopend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="245" />
      <source>&amp;Niet uitgevoerd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="324" />
      <source>&amp;Plan van aanpak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="403" />
      <source>0 geen/onbekend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="403" />
      <source>1 laag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="403" />
      <source>2 matig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="403" />
      <source>3 hoog</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="153" />
      <source>Aanwezigheid en geheimhouding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="164" />
      <source>Aanwezigheidslijst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="550" />
      <source>Actie toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="174" />
      <source>Alle aanwezigen &amp;bevestigen de geheimhouding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="417" />
      <source>Beschermende factoren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="420" />
      <source>Beschermende factoren:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="448" />
      <source>Beslissing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="482" />
      <source>Beslissing &amp;vastleggen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="402" />
      <source>Bezorgdheid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="410" />
      <source>Bezorgdheid:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="349" />
      <source>Bijdrage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="596" />
      <source>Casus {code}{pseudo} — {status}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="546" />
      <source>Deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="322" />
      <source>Do&amp;mein</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="367" />
      <source>Domein:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="465" />
      <source>Doorverwezen naar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="497" />
      <source>Doorverwezen naar:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="537" />
      <source>Eigenaar (organisatie)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="253" />
      <source>Er staan geen acties van vorige vergaderingen open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="362" />
      <source>Geen informatie / wenst niet te delen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="137" />
      <source>Herinnering — gedeeld beroepsgeheim (art. 458ter §2 Strafwetboek). Wie aan dit casusoverleg deelneemt, is gehouden tot geheimhouding van wat hier gedeeld wordt. Niemand is verplicht te spreken; wie niets wil of mag delen, meldt dat en wordt genoteerd als 'geen informatie / wenst niet te delen'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="323" />
      <source>Inschatting en &amp;beslissing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="307" />
      <source>Integrale analyse: levensdomeinen en bijdragen per organisatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="430" />
      <source>Integrale inschatting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="396" />
      <source>Kies een levensdomein in het rooster.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="438" />
      <source>Kwalificatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="443" />
      <source>Kwalificatie:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="470" />
      <source>LTF (Local Task Force)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="382" />
      <source>Laatste bijdrage in deze cel verwijderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="344" />
      <source>Levensdomein</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="459" />
      <source>Motivering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="495" />
      <source>Motivering:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="534" />
      <source>Nieuwe actie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="535" />
      <source>Nieuwe actie (Enter voegt toe)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="642" />
      <source>Nog geen beslissing voor deze casus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="242" />
      <source>Nota bij de opvolging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="241" />
      <source>Nota bij de opvolging (optioneel)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="229" />
      <source>Openstaande acties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="468" />
      <source>Opgeschaald naar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="499" />
      <source>Opgeschaald naar:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="223" />
      <source>Opvolging van de openstaande acties van de vorige vergaderingen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="341" />
      <source>Organisatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="365" />
      <source>Organisatie:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="523" />
      <source>Plan van aanpak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="413" />
      <source>Risicofactoren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="419" />
      <source>Risicofactoren:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="434" />
      <source>Samenvatting van de integrale inschatting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="442" />
      <source>Samenvatting:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="452" />
      <source>Soort beslissing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="493" />
      <source>Soort:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="360" />
      <source>Toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="641" />
      <source>Vastgelegd om {time}; wijzigingen worden meteen bewaard.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="540" />
      <source>Verantwoordelijke</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="462" />
      <source>Verwachtingen tegen de volgende bespreking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="496" />
      <source>Verwachtingen:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="501" />
      <source>Volgende bespreking:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="350" />
      <source>Wat weet deze organisatie over dit domein? (Enter voegt toe)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="355" />
      <source>be&amp;vestigd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="351" />
      <source>beroeps&amp;geheim</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="601" />
      <source>geen informatie / wenst niet te delen: {orgs}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="473" />
      <source>gepland</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="357" />
      <source>in &amp;verslag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="353" />
      <source>niet &amp;projecteren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="471" />
      <source>parket</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="729" />
      <source>vorige vergadering: {lvl}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="189" />
      <source>{p} aanwezig, {a} bevestigd, {e} verontschuldigd, {x} afwezig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="536" />
      <source>— eigenaar —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="453" />
      <source>— kies —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="439" />
      <source>— nog niet gekwalificeerd —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting_pages.py" line="541" />
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
      <location filename="../../livcr_desktop/views/projector.py" line="671" />
      <source>, geboren {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="128" />
      <source>1 bijdrage niet geprojecteerd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="832" />
      <source>Aan (F5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1082" />
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
      <location filename="../../livcr_desktop/views/projector.py" line="1196" />
      <source>Automatisch (ander scherm dan de voorzitter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1088" />
      <source>BEVROREN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="713" />
      <source>Beslissing (in opmaak): {kind}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="713" />
      <source>Beslissing: {kind}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="834" />
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
      <location filename="../../livcr_desktop/views/projector.py" line="951" />
      <source>De naam en geboortedatum van deze casus worden op de projector getoond, voor iedereen in de zaal. Dit wordt in het auditlog vastgelegd. Ze verdwijnen bij het volgende agendapunt.

Identiteit tonen?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="658" />
      <source>De vergadering begint zo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="279" />
      <source>Deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="720" />
      <source>Doorverwezen naar: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="279" />
      <source>Eigenaar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="694" />
      <source>Er staan geen acties van vorige vergaderingen open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="685" />
      <source>Geen informatie / wenst niet te delen: {orgs}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1095" />
      <source>IDENTITEIT ZICHTBAAR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="946" />
      <source>Identiteit tonen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="950" />
      <source>Identiteit tonen op de projector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="838" />
      <source>Identiteit tonen op de projector…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="669" />
      <source>Identiteit, getoond door de voorzitter: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="838" />
      <source>Identiteit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="678" />
      <source>Kwalificatie: {q}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="225" />
      <source>Levensdomein</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="716" />
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
      <location filename="../../livcr_desktop/views/projector.py" line="692" />
      <source>Nog geen bijdragen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="722" />
      <source>Opgeschaald naar: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="154" />
      <location filename="../../livcr_desktop/views/projector.py" line="660" />
      <source>Opvolging openstaande acties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="437" />
      <source>Projectie — LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="832" />
      <source>Projector aan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="834" />
      <source>Projector bevriezen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1078" />
      <source>Projector uit (voorbeeld)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="836" />
      <source>Projector volgt de voorzitter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="833" />
      <source>Projector zwart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="840" />
      <source>Projectortekst groter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="842" />
      <source>Projectortekst kleiner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="844" />
      <source>Projectortekst normaal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1047" />
      <source>Scherm '{name}' is weg: de projectie staat in een venster.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1153" />
      <source>Scherm van de projector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="279" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="947" />
      <source>Van deze casus is geen identiteit gekend: er is niets te tonen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="718" />
      <source>Verwachtingen: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="836" />
      <source>Volgen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="724" />
      <source>Volgende bespreking: {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="739" />
      <source>Voorbeeld van de projector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1086" />
      <source>ZWART</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="833" />
      <source>Zwart (B)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1091" />
      <source>blijft op punt {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="764" />
      <source>scherm {n} '{name}', {w}×{h}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1096" />
      <source>tekst {pct}%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1084" />
      <source>venster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1093" />
      <source>volgt de voorzitter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="1084" />
      <source>volledig scherm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector.py" line="652" />
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
      <location filename="../../livcr_desktop/views/lock.py" line="129" />
      <source>De sessie is vergrendeld. Geef uw wachtwoordzin om verder te werken waar u was.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/lock.py" line="132" />
      <source>Vergrendeld — LIVC-R Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/lock.py" line="53" />
      <source>Vergrendelen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="81" />
      <source>"{key}" staat er twee keer in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="216" />
      <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="422" />
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="494" />
      <source>Alleen de voorzitter kan de instellingen wijzigen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="413" />
      <source>Annuleren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="412" />
      <source>Bewaren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="76" />
      <source>De afbeelding is groter dan 512 KB.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="234" />
      <source>Deze afbeelding kan niet gelezen worden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="318" />
      <source>Deze naam is te lang (hoogstens {n} tekens).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="65" />
      <source>Deze tekst is te lang (hoogstens {n} tekens).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="74" />
      <source>Dit is geen PNG- of JPEG-afbeelding.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="63" />
      <source>Dit veld is verplicht.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="83" />
      <source>Er moet minstens één levensdomein zijn.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="63" />
      <source>Geef een naam op.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="363" />
      <source>Instellingen van de cel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="225" />
      <source>Kan het bestand niet lezen: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="72" />
      <source>Kies een van de mogelijkheden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="182" />
      <source>Kiezen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="308" />
      <source>Levensdomein toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="254" />
      <source>Levensdomeinen, in volgorde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="215" />
      <source>Logo kiezen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="308" />
      <source>Naam van het domein:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="491" />
      <source>Niet bewaard: verbeter de aangeduide velden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="260" />
      <source>Omhoog</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="261" />
      <source>Omlaag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="87" />
      <source>Onbekende instelling.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="78" />
      <source>Ongeldige sleutel "{key}": gebruik a-z, 0-9 en _ (2 tot 40 tekens, eerst een letter).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="88" />
      <source>Ongeldige waarde.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="262" />
      <source>Standaardrooster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="70" />
      <source>Te groot: hoogstens {n}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="68" />
      <source>Te klein: minstens {n}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="85" />
      <source>Te veel: hoogstens {n}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="258" />
      <source>Toevoegen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="184" />
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="259" />
      <source>Verwijderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="205" />
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="206" />
      <source>geen logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/settings_dialog.py" line="211" />
      <source>logo, {w} × {h} pixels</source>
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
    <name>StatisticsView</name>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="245" />
      <source>&amp;Periode:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="88" />
      <source>12–17</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="89" />
      <source>18–24</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="90" />
      <source>25–34</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="91" />
      <source>35 en ouder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="163" />
      <source>&lt;3 dossiers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="159" />
      <source>Aanmeldingen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="64" />
      <source>Aanmeldingen per kwartaal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="199" />
      <source>Aantal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="71" />
      <source>Acties afgesproken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="72" />
      <source>Acties open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="73" />
      <source>Acties over tijd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="251" />
      <source>Andere periode…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="413" />
      <source>Bewaard: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="403" />
      <source>CSV (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="262" />
      <location filename="../../livcr_desktop/views/statistics_view.py" line="402" />
      <source>CSV exporteren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="199" />
      <source>Categorie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="369" />
      <source>De periode eindigt vóór ze begint.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="161" />
      <source>Dossiers met een beslissing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="65" />
      <source>Fenomeen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="279" />
      <source>Geen persoonsgegevens, enkel aantallen. Aantallen van 1 of 2 staan als "&lt;3" (gearceerd); waar zo'n aantal uit het totaal af te leiden is, is ook een tweede aantal verborgen ("≥3"). Status, uitkomst en openstaande acties: stand van vandaag.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="163" />
      <location filename="../../livcr_desktop/views/statistics_view.py" line="165" />
      <source>Gemiddeld aantal dagen tot eerste beslissing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="69" />
      <source>Huidige status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="66" />
      <source>Ideologie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="158" />
      <source>Kerncijfers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="103" />
      <source>K{q} {year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="68" />
      <source>Leeftijd bij aanmelding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="166" />
      <source>Mediaan aantal dagen tot eerste beslissing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="411" />
      <source>Niet bewaard: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="292" />
      <source>Open acties en acties over tijd, per organisatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="403" />
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="264" />
      <location filename="../../livcr_desktop/views/statistics_view.py" line="402" />
      <source>PDF exporteren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="67" />
      <source>Sector van de signaalgever</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="240" />
      <source>Statistiek LIVC-R — geen persoonsgegevens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="255" />
      <source>Tot en met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="170" />
      <source>Totaal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="70" />
      <source>Uitkomst (laatste beslissing)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="255" />
      <source>Van</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="225" />
      <source>Verborgen zodat niemand herkenbaar is: "&lt;3" is 1 of 2, "≥3" is verborgen zodat een klein aantal niet uit het totaal af te leiden is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="388" />
      <source>aantal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="79" />
      <source>afgesproken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="141" />
      <source>gemiddeld {mean} dagen tot de eerste beslissing (mediaan {median}; {n} dossiers)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="87" />
      <source>jonger dan 12</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="92" />
      <source>minderjarig, leeftijd onbekend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="107" />
      <source>niet opgegeven</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="109" />
      <source>nog geen beslissing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="93" />
      <location filename="../../livcr_desktop/views/statistics_view.py" line="107" />
      <source>onbekend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="80" />
      <source>open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="81" />
      <source>over tijd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="395" />
      <source>statistiek-{period}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="140" />
      <source>tijd tot eerste beslissing: &lt;3 dossiers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="261" />
      <source>tot en met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics_view.py" line="376" />
      <source>{n} aanmeldingen · {days}</source>
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
