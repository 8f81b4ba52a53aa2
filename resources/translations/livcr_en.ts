<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_BE">
  <context>
    <name>ActionEdit</name>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="68" />
      <source>&amp;Actie:</source>
      <translation>&amp;Action:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="119" />
      <source>&amp;Bewaren</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="67" />
      <source>&amp;Casus:</source>
      <translation>&amp;Case:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="95" />
      <source>&amp;Deadline:</source>
      <translation>&amp;Deadline:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="93" />
      <source>&amp;Eigenaar:</source>
      <translation>O&amp;wner:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="94" />
      <source>&amp;Verantwoordelijke:</source>
      <translation>&amp;Responsible:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="62" />
      <source>Actie</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="54" />
      <source>Actie wijzigen</source>
      <translation>Edit action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="120" />
      <source>Annu&amp;leren</source>
      <translation>Ca&amp;ncel</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="96" />
      <source>Beroeps&amp;geheim</source>
      <translation>Professional &amp;secrecy</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="98" />
      <source>Beroepsgeheim</source>
      <translation>Professional secrecy</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="109" />
      <source>Beroepsgeheim opgeheven met akkoord van</source>
      <translation>Professional secrecy lifted with the agreement of</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="59" />
      <source>Casus</source>
      <translation>Case</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="195" />
      <source>Casus: kies een open casus.</source>
      <translation>Case: choose an open case.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="99" />
      <source>De actie volgt uit een feit onder beroepsgeheim: ze verlaat de cel nooit.</source>
      <translation>The action follows from a fact under professional secrecy: it never leaves the cell.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="89" />
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="77" />
      <source>Eigenaar (organisatie)</source>
      <translation>Owner (organisation)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="54" />
      <source>Nieuwe actie</source>
      <translation>New action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="107" />
      <source>Opgeheven met akkoord &amp;van:</source>
      <translation>Lifted with the a&amp;greement of:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="83" />
      <source>Verantwoordelijke</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="186" />
      <source>Wie van de eigenaar stemt in met het opheffen van het beroepsgeheim? Vul een naam in.</source>
      <translation>Who at the owner agrees to lift professional secrecy? Enter a name.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="78" />
      <source>— kies —</source>
      <translation>— choose —</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="84" />
      <source>— niemand in het bijzonder —</source>
      <translation>— nobody in particular —</translation>
    </message>
  </context>
  <context>
    <name>ActionTracker</name>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="169" />
      <source>&amp;Eigenaar:</source>
      <translation>Owne&amp;r:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="59" />
      <source>&amp;Geschiedenis</source>
      <translation>Histor&amp;y</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="109" />
      <source>&amp;Notitie:</source>
      <translation>&amp;Note:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="163" />
      <source>Achterstallig</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="147" />
      <source>Achterstallig: de deadline is {days} dag(en) verstreken</source>
      <translation>Overdue: the deadline passed {days} day(s) ago</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="39" />
      <source>Actie</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="96" />
      <source>Acties</source>
      <translation>Actions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="148" />
      <source>Acties zoeken op casus</source>
      <translation>Search actions by case</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="210" />
      <source>Acties: {shown} van {total} — achterstallig: {overdue}</source>
      <translation>Actions: {shown} of {total} — overdue: {overdue}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="162" />
      <source>Alle acties</source>
      <translation>All actions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="153" />
      <source>Alle organisaties</source>
      <translation>All organisations</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="166" />
      <source>Bijgewerkt.</source>
      <translation>Updated.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="78" />
      <source>Bijwer&amp;ken</source>
      <translation>&amp;Update</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="168" />
      <source>Cas&amp;us:</source>
      <translation>Cas&amp;e:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="38" />
      <source>Casus</source>
      <translation>Case</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="148" />
      <source>Casus, pseudoniem of actie…</source>
      <translation>Case, pseudonym or action…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="197" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="42" />
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="149" />
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="164" />
      <source>Deadline deze week</source>
      <translation>Deadline this week</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="198" />
      <source>Door</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="40" />
      <source>Eigenaar</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="151" />
      <source>Filter op eigenaar</source>
      <translation>Filter by owner</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="159" />
      <source>Filter op status</source>
      <translation>Filter by status</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="64" />
      <source>Geschiedenis van de actie</source>
      <translation>History of the action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="50" />
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="121" />
      <source>Kies een actie om haar geschiedenis te zien.</source>
      <translation>Select an action to see its history.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="157" />
      <source>Kies een andere status of schrijf een notitie.</source>
      <translation>Choose a different status or write a note.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="44" />
      <source>Laatste opvolging</source>
      <translation>Last follow-up</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="112" />
      <source>Nieu&amp;we actie…</source>
      <translation>Ne&amp;w action…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="108" />
      <source>Nieuwe &amp;status:</source>
      <translation>New s&amp;tatus:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="99" />
      <source>Nieuwe status</source>
      <translation>New status</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="200" />
      <source>Notitie</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="104" />
      <source>Notitie bij de opvolging</source>
      <translation>Follow-up note</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="161" />
      <source>Openstaand (open of lopend)</source>
      <translation>Outstanding (open or in progress)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="43" />
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="199" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="170" />
      <source>Status&amp;filter:</source>
      <translation>&amp;Status filter:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="114" />
      <source>Ter&amp;mijn of eigenaar wijzigen…</source>
      <translation>Chan&amp;ge deadline or owner…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="76" />
      <source>Tij&amp;dlijn van de casus</source>
      <translation>Case t&amp;imeline</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="92" />
      <source>Uw rol mag acties niet bijwerken.</source>
      <translation>Your role may not update actions.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="41" />
      <source>Verantwoordelijke</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="105" />
      <source>Wat is er gebeurd? (wordt gedateerd bewaard)</source>
      <translation>What happened? (saved with the date)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="129" />
      <source>{case} — {owner}, deadline {deadline}
{description}</source>
      <translation>{case} — {owner}, deadline {deadline}
{description}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="156" />
      <source>{date} (achterstallig)</source>
      <translation>{date} (overdue)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="158" />
      <source>{date} (deze week)</source>
      <translation>{date} (this week)</translation>
    </message>
  </context>
  <context>
    <name>AdminDialogs</name>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="39" />
      <source> jaar</source>
      <translation> years</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="94" />
      <source>%n afgesloten casussen voorbij de termijn van {years} jaar.</source>
      <translation>
        <numerusform>%n closed case past the period of {years} years.</numerusform>
        <numerusform>%n closed cases past the period of {years} years.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="129" />
      <source>%n casussen en alles erover definitief wissen: {codes}? Dit kan niet ongedaan gemaakt worden.</source>
      <translation>
        <numerusform>Permanently erase %n case and everything about it: {codes}? This cannot be undone.</numerusform>
        <numerusform>Permanently erase %n cases and everything about them: {codes}? This cannot be undone.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="152" />
      <source>%n oudere back-ups verwijderd.</source>
      <translation>
        <numerusform>%n older backup removed.</numerusform>
        <numerusform>%n older backups removed.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="101" />
      <source>&amp;Aantal bewaren:</source>
      <translation>Number to &amp;keep:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="64" />
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="64" />
      <source>&amp;Annuleren</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="70" />
      <source>&amp;Anonimiseren…</source>
      <translation>&amp;Anonymise…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_menu.py" line="58" />
      <source>&amp;Audittrail…</source>
      <translation>&amp;Audit trail…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_menu.py" line="52" />
      <source>&amp;Back-ups…</source>
      <translation>&amp;Backups…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_menu.py" line="123" />
      <source>&amp;Beheer</source>
      <translation>Administrat&amp;ion</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="76" />
      <source>&amp;Bevestigen</source>
      <translation>&amp;Acknowledge</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="35" />
      <source>&amp;Bewaartermijn van afgesloten casussen:</source>
      <translation>&amp;Retention period for closed cases:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_menu.py" line="56" />
      <source>&amp;Databasesleutel vernieuwen…</source>
      <translation>Renew database &amp;key…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="237" />
      <source>&amp;Herstellen</source>
      <translation>&amp;Restore</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="120" />
      <source>&amp;Herstellen…</source>
      <translation>&amp;Restore…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="53" />
      <source>&amp;Huidige wachtwoordzin:</source>
      <translation>C&amp;urrent passphrase:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="47" />
      <source>&amp;Nieuwe wachtwoordzin:</source>
      <translation>&amp;New passphrase:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_menu.py" line="51" />
      <source>&amp;Organisaties en leden…</source>
      <translation>&amp;Organisations and members…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="65" />
      <source>&amp;Reden:</source>
      <translation>&amp;Reason:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="167" />
      <source>&amp;Sluiten</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="111" />
      <source>&amp;Vernieuwen</source>
      <translation>&amp;Renew</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_menu.py" line="54" />
      <source>&amp;Wachtwoordzin wijzigen…</source>
      <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="63" />
      <source>&amp;Wijzigen</source>
      <translation>C&amp;hange</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="68" />
      <source>&amp;Wissen…</source>
      <translation>&amp;Erase…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="117" />
      <source>(%n bevindingen in totaal.)</source>
      <translation>
        <numerusform>(%n finding in all.)</numerusform>
        <numerusform>(%n findings in all.)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="45" />
      <source>(%n meldingen.)</source>
      <translation>
        <numerusform>(%n report.)</numerusform>
        <numerusform>(%n reports.)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="71" />
      <source>Aanleiding</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="89" />
      <source>Afgesloten op</source>
      <translation>Closed on</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="88" />
      <source>Alleen de voorzitter bekijkt de audittrail.</source>
      <translation>Only the chair can view the audit trail.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="89" />
      <source>Alleen de voorzitter kan dit bevestigen.</source>
      <translation>Only the chair can acknowledge this.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="159" />
      <source>Alleen de voorzitter maakt back-ups.</source>
      <translation>Only the chair makes backups.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="122" />
      <source>Alleen de voorzitter vernieuwt de databasesleutel.</source>
      <translation>Only the chair renews the database key.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="112" />
      <source>Alleen de voorzitter wijzigt de bewaartermijn.</source>
      <translation>Only the chair changes the retention period.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="174" />
      <source>Alleen de voorzitter wijzigt dit.</source>
      <translation>Only the chair can change this.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="188" />
      <source>Alleen de voorzitter wist of anonimiseert casussen.</source>
      <translation>Only the chair erases or anonymises cases.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="122" />
      <source>Ander &amp;bestand herstellen…</source>
      <translation>Restore another &amp;file…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/task_dialog.py" line="111" />
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="39" />
      <source>Audittrail onvolledig: %n gebeurtenissen ontbreken sinds {since}.</source>
      <translation>
        <numerusform>Audit trail incomplete: %n event missing since {since}.</numerusform>
        <numerusform>Audit trail incomplete: %n events missing since {since}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="43" />
      <source>Audittrail onvolledig: gebeurtenissen werden herschreven sinds {since}.</source>
      <translation>Audit trail incomplete: events were rewritten since {since}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="46" />
      <source>Audittrail — LIVC-R Desktop</source>
      <translation>Audit trail — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="150" />
      <source>Back-up gemaakt: {name}.</source>
      <translation>Backup created: {name}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="237" />
      <source>Back-up herstellen</source>
      <translation>Restore backup</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="200" />
      <source>Back-upbestand kiezen</source>
      <translation>Choose a backup file</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="93" />
      <source>Back-ups</source>
      <translation>Backups</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="75" />
      <source>Back-ups — LIVC-R Desktop</source>
      <translation>Backups — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_menu.py" line="57" />
      <source>Bewaar&amp;termijn…</source>
      <translation>&amp;Retention period…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="31" />
      <source>Bewaartermijn — LIVC-R Desktop</source>
      <translation>Retention period — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="192" />
      <source>Bezig met anonimiseren…</source>
      <translation>Anonymising…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="168" />
      <source>Bezig met de back-up…</source>
      <translation>Making the backup…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="192" />
      <source>Bezig met wissen…</source>
      <translation>Erasing…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="137" />
      <source>Casussen anonimiseren</source>
      <translation>Anonymise cases</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="53" />
      <source>Casussen voorbij de bewaartermijn</source>
      <translation>Cases past the retention period</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="128" />
      <source>Casussen wissen</source>
      <translation>Erase cases</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="86" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="106" />
      <source>Databasesleutel vernieuwen</source>
      <translation>Renew database key</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="33" />
      <source>Databasesleutel vernieuwen — LIVC-R Desktop</source>
      <translation>Renew database key — LIVC-R Desktop</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="178" />
      <source>De %n recentste back-ups worden bewaard.</source>
      <translation>
        <numerusform>The most recent backup is kept.</numerusform>
        <numerusform>The %n most recent backups are kept.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="115" />
      <source>De audittrail is NIET intact.</source>
      <translation>The audit trail is NOT intact.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="105" />
      <source>De audittrail is intact: %n gebeurtenissen, elke schakel klopt.</source>
      <translation>
        <numerusform>The audit trail is intact: %n event, every link checks out.</numerusform>
        <numerusform>The audit trail is intact: %n events, every link checks out.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="34" />
      <source>De audittrail klopt niet bij gebeurtenis {n}.</source>
      <translation>The audit trail does not check out at event {n}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="94" />
      <source>De audittrail wordt gecontroleerd…</source>
      <translation>Checking the audit trail…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="49" />
      <source>De back-up hoort bij een andere kluis.</source>
      <translation>The backup belongs to a different vault.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="55" />
      <source>De back-up is beschadigd: de integriteitscontrole is mislukt.</source>
      <translation>The backup is damaged: the integrity check failed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="53" />
      <source>De back-up is gemaakt met een nieuwere versie van LIVC-R Desktop.</source>
      <translation>The backup was made with a newer version of LIVC-R Desktop.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="248" />
      <source>De back-up is hersteld.</source>
      <translation>The backup has been restored.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="162" />
      <source>De back-up is mislukt ({error}).</source>
      <translation>The backup failed ({error}).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="61" />
      <source>De back-up kon niet gelezen worden.</source>
      <translation>The backup could not be read.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="223" />
      <source>De back-up wordt gecontroleerd…</source>
      <translation>Checking the backup…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="270" />
      <source>De back-up wordt hersteld…</source>
      <translation>Restoring the backup…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/task_dialog.py" line="84" />
      <source>De bewerking is mislukt ({error}). Er is niets gewijzigd.</source>
      <translation>The operation failed ({error}). Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="158" />
      <source>De databasesleutel is vernieuwd.</source>
      <translation>The database key has been renewed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="27" />
      <source>De gebeurtenissen vanaf nummer {n} ontbreken aan het einde van de audittrail.</source>
      <translation>The events from number {n} onwards are missing from the end of the audit trail.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="169" />
      <source>De gefinaliseerde verslagen van %n vergaderingen vermelden ze nog.</source>
      <translation>
        <numerusform>The finalised minutes of %n meeting still mention them.</numerusform>
        <numerusform>The finalised minutes of %n meetings still mention them.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="94" />
      <source>De huidige wachtwoordzin klopt niet. Er is niets gewijzigd.</source>
      <translation>The current passphrase is incorrect. Nothing has been changed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="107" />
      <source>De kluis wordt nu opnieuw versleuteld. Sluit eerst andere vensters van LIVC-R Desktop op deze kluis. Doorgaan?</source>
      <translation>The vault will now be re-encrypted. First close any other LIVC-R Desktop windows on this vault. Continue?</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="37" />
      <source>De kluis wordt opnieuw versleuteld met een nieuwe, willekeurige sleutel. Doe dit als een wachtwoordzin of een kopie van het sleutelbestand in verkeerde handen kan zijn. Alleen uw eigen wachtwoordzin en het onthouden op deze computer blijven werken. Back-ups van vóór de vernieuwing blijven de oude sleutel gebruiken: verwijder ze als een wachtwoordzin uitgelekt is.</source>
      <translation>The vault will be re-encrypted with a new, random key. Do this if a passphrase or a copy of the key file may have fallen into the wrong hands. Only your own passphrase and “remember on this computer” will keep working. Backups from before the renewal keep using the old key: delete them if a passphrase has leaked.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="147" />
      <source>De kluis wordt opnieuw versleuteld…</source>
      <translation>Re-encrypting the vault…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="232" />
      <source>De kluis wordt vervangen door de back-up van {time} ({cases} casussen, {events} gebeurtenissen in de audittrail). Wat sindsdien werd ingevoerd, staat niet in de back-up. De huidige kluis blijft bewaard naast de kluis (“vervangen”). Doorgaan?</source>
      <translation>The vault will be replaced by the backup of {time} ({cases} cases, {events} events in the audit trail). Anything entered since then is not in the backup. The current vault is kept beside it (as “replaced”). Continue?</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="74" />
      <source>De nieuwe wachtwoordzin is dezelfde als de huidige.</source>
      <translation>The new passphrase is the same as the current one.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="26" />
      <source>De schakel naar gebeurtenis {n} klopt niet: er is een gebeurtenis verwijderd of verplaatst.</source>
      <translation>The link to event {n} does not check out: an event has been deleted or moved.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="135" />
      <source>De sleutel kon niet vernieuwd worden ({error}); de kluis opent met de vorige sleutel.</source>
      <translation>The key could not be renewed ({error}); the vault opens with the previous key.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="51" />
      <source>De twee nieuwe wachtwoordzinnen verschillen.</source>
      <translation>The two new passphrases differ.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="250" />
      <source>De vorige kluis is bewaard als {name}.</source>
      <translation>The previous vault has been kept as {name}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="98" />
      <source>De wachtwoordzin kon niet gewijzigd worden. Er is niets gewijzigd.</source>
      <translation>The passphrase could not be changed. Nothing has been changed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="105" />
      <source>De wachtwoordzin wordt gewijzigd…</source>
      <translation>Changing the passphrase…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="145" />
      <source>Definitief &amp;anonimiseren</source>
      <translation>Permanently &amp;anonymise</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="135" />
      <source>Definitief &amp;wissen</source>
      <translation>Permanently &amp;erase</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="113" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_menu.py" line="169" />
      <source>Deze cel heeft nog geen organisaties en leden: Beheer &gt; Organisaties en leden…</source>
      <translation>This cell has no organisations and members yet: Administration &gt; Organisations and members…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="59" />
      <source>Deze gebruiker mag de kluis van de back-up niet beheren.</source>
      <translation>This user may not manage the vault of the backup.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="80" />
      <source>Deze gebruikers verliezen toegang tot ze een nieuwe wachtwoordzin krijgen: {names}.</source>
      <translation>These users lose access until they are given a new passphrase: {names}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="120" />
      <source>Deze wachtwoordzin klopt niet. Er is niets gewijzigd.</source>
      <translation>This passphrase is incorrect. Nothing has been changed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="51" />
      <source>Deze wachtwoordzin opent de back-up niet.</source>
      <translation>This passphrase does not open the backup.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="57" />
      <source>Dit is geen back-up van een LIVC-R-kluis (of het sleutelbestand ontbreekt).</source>
      <translation>This is not a backup of an LIVC-R vault (or the key file is missing).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="126" />
      <source>Een ander venster of programma gebruikt de kluis. Sluit het en probeer opnieuw; er is niets gewijzigd.</source>
      <translation>Another window or program is using the vault. Close it and try again; nothing has been changed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="79" />
      <source>Een back-up is een versleutelde kopie van de kluis; dezelfde wachtwoordzinnen openen ze. Na elk gefinaliseerd verslag wordt er automatisch een gemaakt. Bewaar een kopie van de map op een andere schijf om een defecte schijf te overleven.</source>
      <translation>A backup is an encrypted copy of the vault; the same passphrases open it. One is made automatically after every finalised set of minutes. Keep a copy of the folder on another disk to survive a disk failure.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="124" />
      <source>Een back-up van een andere schijf of USB-stick (het .keys-bestand ernaast)</source>
      <translation>A backup on another disk or USB stick (with its .keys file beside it)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="182" />
      <source>Een gekozen casus is niet (meer) voorbij de termijn. Er is niets gewijzigd.</source>
      <translation>A selected case is no longer (or not) past the retention period. Nothing has been changed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="62" />
      <source>Er is niets vervangen.</source>
      <translation>Nothing has been replaced.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="166" />
      <source>Geanonimiseerd: {codes}.</source>
      <translation>Anonymised: {codes}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="24" />
      <source>Gebeurtenis {n} is achteraf gewijzigd.</source>
      <translation>Event {n} was altered afterwards.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="28" />
      <source>Gebeurtenis {n} is niet meer dezelfde als vastgelegd: de audittrail is herschreven.</source>
      <translation>Event {n} is no longer the same as recorded: the audit trail has been rewritten.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="31" />
      <source>Gebeurtenis {n} meldt ontbrekende gebeurtenissen; een beheerder heeft dat nog niet bevestigd.</source>
      <translation>Event {n} reports missing events; an administrator has not acknowledged it yet.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="30" />
      <source>Gebeurtenis {n} verschilt van dezelfde gebeurtenis in een back-up.</source>
      <translation>Event {n} differs from the same event in a backup.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="72" />
      <source>Gebeurtenissen</source>
      <translation>Events</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="53" />
      <source>Gebeurtenissen van de audittrail</source>
      <translation>Audit trail events</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="110" />
      <source>Gebruiker</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="62" />
      <source>Geef de reden op; de bevestiging komt zelf in de audittrail.</source>
      <translation>Give the reason; the acknowledgement itself goes into the audit trail.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="92" />
      <source>Geef een reden op.</source>
      <translation>Give a reason.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="74" />
      <source>Geen andere gebruiker verliest toegang.</source>
      <translation>No other user loses access.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="112" />
      <source>Gegeven</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="70" />
      <source>Gemaakt op</source>
      <translation>Created on</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="166" />
      <source>Gewist: {codes}.</source>
      <translation>Erased: {codes}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="73" />
      <source>Grootte</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="111" />
      <source>Handeling</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="48" />
      <source>He&amp;rhaal:</source>
      <translation>&amp;Repeat:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="50" />
      <source>Herhaal de nieuwe wachtwoordzin</source>
      <translation>Repeat the new passphrase</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="29" />
      <source>Het vastgelegde eindpunt van de audittrail in het sleutelbestand is gewijzigd.</source>
      <translation>The recorded end point of the audit trail in the key file has been changed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="43" />
      <source>Huidige wachtwoordzin</source>
      <translation>Current passphrase</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="138" />
      <source>Identiteit, pseudoniem en alle teksten van %n casussen definitief wissen: {codes}? Code, data en kwalificaties blijven.</source>
      <translation>
        <numerusform>Permanently erase the identity, pseudonym and all texts of %n case: {codes}? Code, dates and qualifications remain.</numerusform>
        <numerusform>Permanently erase the identity, pseudonym and all texts of %n cases: {codes}? Codes, dates and qualifications remain.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="55" />
      <source>Ik begrijp dat de andere gebruikers een nieuwe wachtwoordzin nodig hebben.</source>
      <translation>I understand that the other users will need a new passphrase.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="91" />
      <source>In gefinaliseerde verslagen</source>
      <translation>In finalised minutes</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="191" />
      <source>Kies eerst een back-up in de lijst.</source>
      <translation>First select a backup in the list.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="202" />
      <source>LIVC-R-back-up (*.vault)</source>
      <translation>LIVC-R backup (*.vault)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="87" />
      <source>Map: {folder}</source>
      <translation>Folder: {folder}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="58" />
      <source>Naar de eerste &amp;breuk</source>
      <translation>Go to the first &amp;break</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="49" />
      <source>Nieuwe wachtwoordzin</source>
      <translation>New passphrase</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="108" />
      <source>Nr.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="97" />
      <source>Nu een back-up &amp;maken</source>
      <translation>Make a &amp;backup now</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="58" />
      <source>Onvolledige audittrail bevestigen — LIVC-R Desktop</source>
      <translation>Acknowledge an incomplete audit trail — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="60" />
      <source>Onvolledigheid b&amp;evestigen…</source>
      <translation>Ackno&amp;wledge the gap…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="56" />
      <source>Opnieuw &amp;controleren</source>
      <translation>Check &amp;again</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="107" />
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="41" />
      <source>Opslaan</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="87" />
      <source>Pseudoniem</source>
      <translation>Pseudonym</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="68" />
      <source>Reden van de bevestiging</source>
      <translation>Reason for the acknowledgement</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="62" />
      <source>Sleutel &amp;vernieuwen</source>
      <translation>&amp;Renew key</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="262" />
      <source>Sluit de toepassing en open de kluis opnieuw.</source>
      <translation>Close the application and open the vault again.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="88" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="90" />
      <source>Termijn verstreken op</source>
      <translation>Period expired on</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="109" />
      <source>Tijdstip</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="53" />
      <source>Uw &amp;wachtwoordzin:</source>
      <translation>Your &amp;passphrase:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="52" />
      <source>Uw wachtwoordzin</source>
      <translation>Your passphrase</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="36" />
      <source>Uw wachtwoordzin ({user}) wordt vervangen; die van andere gebruikers niet. Back-ups van vóór de wijziging openen nog met de oude wachtwoordzin.</source>
      <translation>Your passphrase ({user}) will be replaced; those of other users will not. Backups from before the change still open with the old passphrase.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="109" />
      <source>Vergeleken met %n back-ups.</source>
      <translation>
        <numerusform>Compared with %n backup.</numerusform>
        <numerusform>Compared with %n backups.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="160" />
      <source>Verwijderde toegang: {who}.</source>
      <translation>Access removed: {who}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="25" />
      <source>Vóór gebeurtenis {n} ontbreekt een gebeurtenis.</source>
      <translation>An event is missing before event {n}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="118" />
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="119" />
      <source>Wachtwoordzin van de back-up</source>
      <translation>Passphrase of the backup</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="32" />
      <source>Wachtwoordzin wijzigen — LIVC-R Desktop</source>
      <translation>Change passphrase — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="56" />
      <source>Wissen verwijdert de casus en alles erover (inbreng, inschattingen, beslissingen, acties, agendapunten, uitnodigingen, terugkoppelingen). Anonimiseren wist identiteit, pseudoniem en alle teksten, maar houdt code, data en kwalificaties voor statistiek. Gefinaliseerde verslagen blijven het officiële verslag van de cel en worden niet gewijzigd; de kolom toont in hoeveel ervan de casus voorkomt. Oudere back-ups bevatten de casus tot ze vervangen worden.</source>
      <translation>Erasing deletes the case and everything about it (contributions, assessments, decisions, actions, agenda items, invitations, feedback). Anonymising erases the identity, pseudonym and all texts, but keeps the code, dates and qualifications for statistics. Finalised minutes remain the cell's official record and are not changed; the column shows how many of them mention the case. Older backups contain the case until they are replaced.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="147" />
      <source>Ze staan in %n gefinaliseerde verslagen; die blijven ongewijzigd bewaard.</source>
      <translation>
        <numerusform>They are in %n finalised set of minutes, which is kept unchanged.</numerusform>
        <numerusform>They are in %n finalised sets of minutes, which are kept unchanged.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="61" />
      <source>na finaliseren verslag</source>
      <translation>after finalising minutes</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="162" />
      <source>onthouden</source>
      <translation>remembered</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="61" />
      <source>op vraag</source>
      <translation>on request</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="162" />
      <source>wachtwoordzin</source>
      <translation>passphrase</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="85" />
      <source>{n} keer “onthouden op een andere computer” vervalt.</source>
      <translation>{n} “remembered on another computer” entries will lapse.</translation>
    </message>
  </context>
  <context>
    <name>AnnualReportDialog</name>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="90" />
      <source>&amp;Bewaren…</source>
      <translation>&amp;Save…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="77" />
      <source>&amp;CSV (rekenblad)</source>
      <translation>&amp;CSV (spreadsheet)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="70" />
      <source>&amp;Jaar:</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="74" />
      <source>&amp;PDF</source>
      <translation>&amp;PDF</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="95" />
      <source>&amp;Sluiten</source>
      <translation>Cl&amp;ose</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="135" />
      <source>Bewaard: {path}</source>
      <translation>Saved: {path}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="111" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="82" />
      <source>Formaat:</source>
      <translation>Format:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="123" />
      <source>Het jaarverslag wordt gemaakt…</source>
      <translation>The annual report is being made…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="49" />
      <source>Jaarverslag</source>
      <translation>Annual report</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="113" />
      <source>Jaarverslag bewaren</source>
      <translation>Save the annual report</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="144" />
      <source>Niet bewaard.</source>
      <translation>Not saved.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="141" />
      <source>Niet bewaard: dat jaar kan niet.</source>
      <translation>Not saved: that year is not possible.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="139" />
      <source>Niet bewaard: {error}</source>
      <translation>Not saved: {error}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="111" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="52" />
      <source>Voor de burgemeester en de stuurgroep: gehouden vergaderingen, aanwezigheid per organisatie, dossiers per fenomeen, uitkomst en gemeente, tijd tot de eerste beslissing. Aantallen van 1 of 2 staan als "&lt;3".</source>
      <translation>For the mayor and the steering group: meetings held, attendance per organisation, cases by phenomenon, outcome and municipality, time to the first decision. Counts of 1 or 2 are shown as "&lt;3".</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="105" />
      <source>jaarverslag-{year}</source>
      <translation>annual-report-{year}</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../livcr_desktop/views/app.py" line="188" />
      <source>Demo: een verzonnen gemeente met verzonnen personen. Wachtwoordzin: &lt;b&gt;{p}&lt;/b&gt;</source>
      <translation>Demo: a fictitious municipality with fictitious people. Passphrase: &lt;b&gt;{p}&lt;/b&gt;</translation>
    </message>
  </context>
  <context>
    <name>BarChart</name>
    <message>
      <location filename="../../livcr_desktop/views/statistics/charts.py" line="145" />
      <source>geen gegevens</source>
      <translation>no data</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/charts.py" line="81" />
      <source>{title}: geen gegevens</source>
      <translation>{title}: no data</translation>
    </message>
  </context>
  <context>
    <name>CaseForm</name>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="100" />
      <source>&amp;1 Casus</source>
      <translation>&amp;1 Case</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="101" />
      <source>&amp;2 Aanmelding</source>
      <translation>&amp;2 Referral</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="102" />
      <source>&amp;3 Persoon en omgeving</source>
      <translation>&amp;3 Person and environment</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="103" />
      <source>&amp;4 Nota's</source>
      <translation>&amp;4 Notes</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="48" />
      <source>&amp;Achternaam:</source>
      <translation>&amp;Last name:</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="18" />
      <source>&amp;Code:</source>
      <translation>C&amp;ode:</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="88" />
      <source>&amp;Fenomeen:</source>
      <translation>P&amp;henomenon:</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="58" />
      <source>&amp;Geboortedatum:</source>
      <translation>&amp;Date of birth:</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="98" />
      <source>&amp;Ideologie:</source>
      <translation>&amp;Ideology:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="128" />
      <source>&amp;Opslaan</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="28" />
      <source>&amp;Pseudoniem:</source>
      <translation>&amp;Pseudonym:</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="108" />
      <source>&amp;Signaalgever (organisatie):</source>
      <translation>&amp;Referrer (organisation):</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="140" />
      <source>&amp;Status:</source>
      <translation>S&amp;tatus:</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="38" />
      <source>&amp;Voornaam:</source>
      <translation>&amp;First name:</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="128" />
      <source>Aan&amp;meldingsdatum:</source>
      <translation>Referr&amp;al date:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="222" />
      <source>Aanmeldingsdatum</source>
      <translation>Referral date</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="218" />
      <source>Achternaam</source>
      <translation>Last name</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="130" />
      <source>Annu&amp;leren</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="150" />
      <source>Case&amp;manager:</source>
      <translation>Case &amp;manager:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="183" />
      <source>Casema&amp;nager:</source>
      <translation>Case &amp;manager:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="224" />
      <source>Casemanager</source>
      <translation>Case manager</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="6" />
      <source>Casus</source>
      <translation>Case</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="142" />
      <source>Casus {code}</source>
      <translation>Case {code}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="215" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="261" />
      <source>Deze status volgt uit een beslissing in de vergadering.</source>
      <translation>This status follows from a decision taken in the meeting.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="219" />
      <source>Fenomeen</source>
      <translation>Phenomenon</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="198" />
      <source>Identiteit &amp;tonen (wordt gelogd)</source>
      <translation>Sho&amp;w identity (logged)</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="10" />
      <source>Identiteitsgegevens zijn optioneel: een casus kan pseudoniem blijven (alleen code). Ze verschijnen nooit in lijsten of op de projector.</source>
      <translation>Identity details are optional: a case can remain pseudonymous (code only). They never appear in lists or on the projector.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="220" />
      <source>Ideologie</source>
      <translation>Ideology</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="83" />
      <source>Minder&amp;jarig</source>
      <translation>Mi&amp;nor</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="135" />
      <source>Nieuwe casus</source>
      <translation>New case</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="216" />
      <source>Pseudoniem</source>
      <translation>Pseudonym</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="225" />
      <source>Screeningsnota's</source>
      <translation>Screening notes</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="185" />
      <source>Screeningsnota's:</source>
      <translation>Screening notes:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="181" />
      <source>Secto&amp;r signaalgever:</source>
      <translation>Referrer s&amp;ector:</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="118" />
      <source>Sector signaalge&amp;ver:</source>
      <translation>Referrer s&amp;ector:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="221" />
      <source>Signaalgever</source>
      <translation>Referrer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="182" />
      <source>Stat&amp;us:</source>
      <translation>S&amp;tatus:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="223" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="160" />
      <source>Volgende &amp;bespreking:</source>
      <translation>Ne&amp;xt review:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="217" />
      <source>Voornaam</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="73" />
      <source>dd/MM/yyyy</source>
      <translation>dd/MM/yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="66" />
      <source>gekend</source>
      <translation>known</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="170" />
      <source>— anoniem / niet opgegeven —</source>
      <translation>— anonymous / not given —</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="166" />
      <source>— kies —</source>
      <translation>— choose —</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="174" />
      <source>— nog niet toegewezen —</source>
      <translation>— not yet assigned —</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="167" />
      <source>— onbekend —</source>
      <translation>— unknown —</translation>
    </message>
  </context>
  <context>
    <name>CaseFormParts</name>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="50" />
      <source>Acties al ondernomen</source>
      <translation>Actions already taken</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="53" />
      <source>Contactgegevens</source>
      <translation>Contact details</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="51" />
      <source>Contactpersoon</source>
      <translation>Contact person</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="49" />
      <source>Datum van de feiten</source>
      <translation>Date of the facts</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="58" />
      <source>Datum van de nota</source>
      <translation>Date of the note</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="52" />
      <source>Functie</source>
      <translation>Function</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="60" />
      <source>Gekoppelde casus</source>
      <translation>Linked case</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="47" />
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="55" />
      <source>Geïnformeerd door</source>
      <translation>Informed by</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="54" />
      <source>Geïnformeerd op</source>
      <translation>Informed on</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="56" />
      <source>Reden niet geïnformeerd</source>
      <translation>Reason not informed</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="48" />
      <source>Signaal</source>
      <translation>Signal</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="57" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="59" />
      <source>Tekst van de nota</source>
      <translation>Text of the note</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="61" />
      <source>Toelichting koppeling</source>
      <translation>Explanation of the link</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="41" />
      <source>advies</source>
      <translation>advice</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="27" />
      <source>akkoord</source>
      <translation>agreed</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="36" />
      <source>andere</source>
      <translation>other</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="73" />
      <source>deze casussen zijn al gekoppeld.</source>
      <translation>these cases are already linked.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="68" />
      <source>deze datum ligt na de aanmeldingsdatum.</source>
      <translation>this date is after the referral date.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="69" />
      <source>deze status volgt alleen uit een beslissing in de vergadering; kies aangemeld of in screening.</source>
      <translation>this status can only follow from a decision in the meeting; choose referred or in screening.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="72" />
      <source>een casus kan niet aan zichzelf gekoppeld worden.</source>
      <translation>a case cannot be linked to itself.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="34" />
      <source>familie</source>
      <translation>family</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="28" />
      <source>geweigerd</source>
      <translation>refused</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="74" />
      <source>kies de casus om te koppelen.</source>
      <translation>choose the case to link.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="26" />
      <source>niet gevraagd</source>
      <translation>not asked</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="41" />
      <source>screeningsnota</source>
      <translation>screening note</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="35" />
      <source>vriendengroep</source>
      <translation>peer group</translation>
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="58" />
      <source>Aanmelding</source>
      <translation>Referral</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="91" />
      <source>Bespreking achterstallig</source>
      <translation>Review overdue</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="60" />
      <source>Casemanager</source>
      <translation>Case manager</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="52" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="55" />
      <source>Fenomeen</source>
      <translation>Phenomenon</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="56" />
      <source>Ideologie</source>
      <translation>Ideology</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="57" />
      <source>Minderjarig</source>
      <translation>Minor</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="53" />
      <source>Pseudoniem</source>
      <translation>Pseudonym</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="61" />
      <source>Signaalgever</source>
      <translation>Referrer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="54" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="59" />
      <source>Volgende bespreking</source>
      <translation>Next review</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="99" />
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="165" />
      <source>{date} (achterstallig)</source>
      <translation>{date} (overdue)</translation>
    </message>
  </context>
  <context>
    <name>CaseTimeline</name>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="212" />
      <source>&amp;Sluiten</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="208" />
      <source>&amp;Terugkoppeling aan signaalgever…</source>
      <translation>&amp;Feedback to referrer…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="114" />
      <source>(ongedaan gemaakt)</source>
      <translation>(undone)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="116" />
      <source>Aan {org}, door {user}:
{text}</source>
      <translation>To {org}, by {user}:
{text}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="85" />
      <source>Aangemeld (anonieme aanmelding: geen signaalgevende organisatie)</source>
      <translation>Referred (anonymous referral: no referring organisation)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="84" />
      <source>Aangemeld door {org}</source>
      <translation>Referred by {org}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="53" />
      <source>Aanmelding</source>
      <translation>Referral</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="58" />
      <source>Actie</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="108" />
      <source>Actie van {org} → {status} ({user})</source>
      <translation>Action by {org} → {status} ({user})</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="69" />
      <source>Advies</source>
      <translation>Advice</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="79" />
      <source>Advies ({user})</source>
      <translation>Advice ({user})</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="55" />
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="246" />
      <source>Anonieme aanmelding: er is geen signaalgever om terug te koppelen.</source>
      <translation>Anonymous referral: there is no referrer to give feedback to.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="57" />
      <source>Beslissing</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="91" />
      <source>Besproken op vergadering {number}</source>
      <translation>Discussed at meeting {number}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="186" />
      <source>Bezorgdheid per levensdomein (0 geen – 3 hoog)</source>
      <translation>Concern per life domain (0 none – 3 high)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="126" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="76" />
      <source>Gekoppeld aan {case} ({kind})</source>
      <translation>Linked to {case} ({kind})</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="67" />
      <source>Koppeling</source>
      <translation>Link</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="271" />
      <source>Laatste inschatting</source>
      <translation>Latest assessment</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="260" />
      <source>Nog geen inschatting per levensdomein.</source>
      <translation>No assessment per life domain yet.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="241" />
      <source>Op de volgende &amp;agenda zetten</source>
      <translation>Put on the next &amp;agenda</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="89" />
      <source>Op de volgende agenda gezet door {user}</source>
      <translation>Put on the next agenda by {user}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="59" />
      <source>Opvolging actie</source>
      <translation>Action follow-up</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="54" />
      <source>Screening</source>
      <translation>Screening</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="79" />
      <source>Screeningsnota ({user})</source>
      <translation>Screening note ({user})</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="87" />
      <source>Screeningsnotities: {text}</source>
      <translation>Screening notes: {text}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="130" />
      <source>Soort</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="60" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="113" />
      <source>Status gewijzigd: {before} → {after} ({user})</source>
      <translation>Status changed: {before} → {after} ({user})</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="61" />
      <source>Terugkoppeling</source>
      <translation>Feedback</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="175" />
      <source>Tijdlijn van de casus</source>
      <translation>Case timeline</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="228" />
      <source>Tijdlijn {case} — LIVC-R Desktop</source>
      <translation>Timeline {case} — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="241" />
      <source>Van de volgende &amp;agenda halen</source>
      <translation>Remove from the next &amp;agenda</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="56" />
      <source>Vergadering</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="262" />
      <source>Vergaderingen: {list}</source>
      <translation>Meetings: {list}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="131" />
      <source>Wat</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="100" />
      <source>status: {status}</source>
      <translation>status: {status}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="235" />
      <source>{case} — {status}</source>
      <translation>{case} — {status}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="103" />
      <source>{org}, deadline {deadline}: {text}</source>
      <translation>{org}, deadline {deadline}: {text}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="232" />
      <source>{status}, opgeschaald naar {target} sinds {date}</source>
      <translation>{status}, escalated to {target} since {date}</translation>
    </message>
  </context>
  <context>
    <name>CellSetupDialog</name>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="102" />
      <source> en </source>
      <translation> and </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="158" />
      <source>&amp;Beroepsgeheim (art. 458 Sw.)</source>
      <translation>&amp;Professional secrecy (art. 458 Criminal Code)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="79" />
      <source>&amp;Cel</source>
      <translation>&amp;Cell</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="206" />
      <source>&amp;Deelname:</source>
      <translation>&amp;Participation:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="207" />
      <source>&amp;Functie:</source>
      <translation>&amp;Function:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="133" />
      <source>&amp;Gemeente of politiezone:</source>
      <translation>M&amp;unicipality or police zone:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="453" />
      <source>&amp;Ja, terugtrekken</source>
      <translation>&amp;Yes, retire</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="161" />
      <source>&amp;Korte naam:</source>
      <translation>&amp;Short name:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="81" />
      <source>&amp;Leden</source>
      <translation>&amp;Members</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="133" />
      <source>&amp;Naam van de cel:</source>
      <translation>&amp;Name of the cell:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="454" />
      <source>&amp;Nee</source>
      <translation>&amp;No</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="80" />
      <source>&amp;Organisaties</source>
      <translation>&amp;Organisations</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="86" />
      <source>&amp;Wijzigen</source>
      <translation>C&amp;hange</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="200" />
      <source>&amp;Zetelt in het kernteam</source>
      <translation>Mem&amp;ber of the core team</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="209" />
      <source>Actief &amp;per:</source>
      <translation>Ac&amp;tive from:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="49" />
      <source>Actief vanaf</source>
      <translation>Active from</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="32" />
      <source>Actieve leden</source>
      <translation>Active members</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="117" />
      <source>Alleen wie de kluis beheert (de voorzitter) kan de cel instellen.</source>
      <translation>Only the vault's administrator (the chair) can set up the cell.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="31" />
      <source>Beroepsgeheim</source>
      <translation>Professional secrecy</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="76" />
      <source>Dat lid is teruggetrokken; kies een actief lid.</source>
      <translation>That member has been retired; choose an active member.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="66" />
      <source>De functie is te lang.</source>
      <translation>The function is too long.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="71" />
      <source>De gemeente is te lang.</source>
      <translation>The municipality is too long.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="312" />
      <source>De identiteit van de cel is opgeslagen: {cell} ({municipality}).</source>
      <translation>The cell's identity is saved: {cell} ({municipality}).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="65" />
      <source>De korte naam is te lang (hoogstens 40 tekens).</source>
      <translation>The short name is too long (40 characters at most).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="62" />
      <source>De naam is te lang.</source>
      <translation>The name is too long.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="73" />
      <source>De naam van de cel is te lang.</source>
      <translation>The cell's name is too long.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="67" />
      <source>De rol in de cel is te lang.</source>
      <translation>The role in the cell is too long.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="46" />
      <source>Deelname</source>
      <translation>Participation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="69" />
      <source>Deze organisatie is teruggetrokken; kies een actieve organisatie.</source>
      <translation>This organisation has been retired; choose an active organisation.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="64" />
      <source>Er is al een organisatie met deze korte naam.</source>
      <translation>There is already an organisation with this short name.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="61" />
      <source>Er is al een organisatie met deze naam.</source>
      <translation>There is already an organisation with this name.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="47" />
      <source>Functie</source>
      <translation>Function</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="135" />
      <source>Identiteit op&amp;slaan</source>
      <translation>Sa&amp;ve identity</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="175" />
      <source>Kernteam</source>
      <translation>Core team</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="74" />
      <source>Kies aan wie u overdraagt.</source>
      <translation>Choose to whom you hand over.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="75" />
      <source>Kies een ander lid dan wie u terugtrekt.</source>
      <translation>Choose a member other than the one you retire.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="68" />
      <source>Kies een organisatie uit de lijst.</source>
      <translation>Choose an organisation from the list.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="381" />
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="374" />
      <source>Kies eerst een rij in de lijst.</source>
      <translation>Choose a row in the list first.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="28" />
      <source>Korte naam</source>
      <translation>Short name</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="179" />
      <source>Leden</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="202" />
      <source>Lid van het kernteam: uitgenodigd op de vergaderingen van het kernteam.</source>
      <translation>Member of the core team: invited to the core team's meetings.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="370" />
      <source>Lid {name} gewijzigd.</source>
      <translation>Member {name} changed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="344" />
      <source>Lid {name} toegevoegd.</source>
      <translation>Member {name} added.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="102" />
      <source>Melding</source>
      <translation>Notice</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="204" />
      <source>N&amp;aam:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="161" />
      <source>Naa&amp;m:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="29" />
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="44" />
      <source>Naam</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="414" />
      <source>Of draag het hieronder over aan een ander lid en trek dan terug.</source>
      <translation>Or hand it over below to another member, then retire.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="205" />
      <source>Organ&amp;isatie:</source>
      <translation>Organ&amp;isation:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="45" />
      <source>Organisatie</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="357" />
      <source>Organisatie {name} gewijzigd.</source>
      <translation>Organisation {name} changed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="326" />
      <source>Organisatie {name} toegevoegd.</source>
      <translation>Organisation {name} added.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="148" />
      <source>Organisaties</source>
      <translation>Organisations</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="73" />
      <source>Organisaties en leden van de cel</source>
      <translation>Organisations and members of the cell</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="228" />
      <source>Overdragen aan:</source>
      <translation>Hand over to:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="233" />
      <source>Overdragen en terugtrekken</source>
      <translation>Hand over and retire</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="208" />
      <source>Rol in de c&amp;el:</source>
      <translation>Ro&amp;le in the cell:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="48" />
      <source>Rol in de cel</source>
      <translation>Role in the cell</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="161" />
      <source>Sec&amp;tor:</source>
      <translation>Sec&amp;tor:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="30" />
      <source>Sector</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="92" />
      <source>Sl&amp;uiten</source>
      <translation>Clos&amp;e</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="33" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="88" />
      <source>Te&amp;rugtrekken…</source>
      <translation>&amp;Retire…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="389" />
      <source>Terugtrekken</source>
      <translation>Retire</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="84" />
      <source>Toe&amp;voegen</source>
      <translation>&amp;Add</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="90" />
      <source>Toon ook &amp;historiek (teruggetrokken)</source>
      <translation>Also show histor&amp;y (retired)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="50" />
      <source>Tot</source>
      <translation>Until</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="70" />
      <source>Vul de gemeente of de politiezone in.</source>
      <translation>Enter the municipality or the police zone.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="60" />
      <source>Vul de naam in.</source>
      <translation>Enter the name.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="72" />
      <source>Vul de naam van de cel in.</source>
      <translation>Enter the cell's name.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="63" />
      <source>Vul een korte naam in (bv. PZ of OCMW).</source>
      <translation>Enter a short name (e.g. PZ or OCMW).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="21" />
      <source>actief</source>
      <translation>active</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="129" />
      <source>bv. Fictiefdonk, of PZ Noord voor een zonale cel</source>
      <translation>e.g. Fictiefdonk, or PZ Noord for a zonal cell</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="191" />
      <source>bv. inspecteur, maatschappelijk werker</source>
      <translation>e.g. inspector, social worker</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="194" />
      <source>bv. voorzitter, secretaris, casemanager</source>
      <translation>e.g. chair, secretary, case manager</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="175" />
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="31" />
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="31" />
      <source>nee</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="21" />
      <source>teruggetrokken</source>
      <translation>retired</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="97" />
      <source>verantwoordelijk voor %n open acties</source>
      <translation>
        <numerusform>responsible for %n open action</numerusform>
        <numerusform>responsible for %n open actions</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="93" />
      <source>voorzitter of secretaris van geplande vergadering {numbers}</source>
      <translation>chair or secretary of planned meeting {numbers}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="385" />
      <source>{name} en de leden die nog actief zijn terugtrekken? Oude verslagen blijven hen noemen.</source>
      <translation>Retire {name} and the members still active? Old minutes keep naming them.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="101" />
      <source>{name} is niet teruggetrokken: nog {what}. Kies daar eerst iemand anders.</source>
      <translation>{name} was not retired: still {what}. Choose someone else there first.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="402" />
      <source>{name} is teruggetrokken; de geschiedenis blijft bewaard.</source>
      <translation>{name} is retired; the history is kept.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="442" />
      <source>{name} is teruggetrokken; de vergaderingen en acties zijn overgedragen aan {other}.</source>
      <translation>{name} has been retired; the meetings and actions were handed over to {other}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="387" />
      <source>{name} terugtrekken? Oude vergaderingen en verslagen blijven dit lid noemen.</source>
      <translation>Retire {name}? Old meetings and minutes keep naming this member.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="251" />
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="409" />
      <source>— kies —</source>
      <translation>— choose —</translation>
    </message>
  </context>
  <context>
    <name>FeedbackDialog</name>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="180" />
      <source>&amp;Brief aan de signaalgever…</source>
      <translation>&amp;Letter to the referrer…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="183" />
      <source>&amp;Fiche voor de politie…</source>
      <translation>&amp;Form for the police…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="172" />
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="293" />
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="264" />
      <source>&amp;Opslaan</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="162" />
      <source>&amp;Sjabloon:</source>
      <translation>&amp;Template:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="163" />
      <source>&amp;Tekst:</source>
      <translation>Te&amp;xt:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="128" />
      <source>Aan: de signaalgever van de aanmelding</source>
      <translation>To: the signal giver of the referral</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="126" />
      <source>Aan: {org}</source>
      <translation>To: {org}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="124" />
      <source>Anonieme aanmelding: er is geen signaalgever om terug te koppelen.</source>
      <translation>Anonymous referral: there is no referrer to give feedback to.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="134" />
      <source>Beperkte terugkoppeling: geen inhoud van de bespreking, niets wat onder het beroepsgeheim valt en geen identiteitsgegevens.</source>
      <translation>Limited feedback: no content of the discussion, nothing covered by professional secrecy and no identity details.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="70" />
      <source>Besproken — afgesloten</source>
      <translation>Discussed — closed</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="54" />
      <source>Besproken — begeleiding opgestart</source>
      <translation>Discussed — support started</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="62" />
      <source>Besproken — doorverwezen</source>
      <translation>Discussed — referred onward</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="223" />
      <source>Brief aan de signaalgever bewaren</source>
      <translation>Save the letter to the referrer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="94" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="236" />
      <source>De brief is bewaard en staat in de lijst van terugkoppelingen.</source>
      <translation>The letter has been saved and is in the list of feedback.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="95" />
      <source>Door</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="144" />
      <source>Eerdere terugkoppelingen</source>
      <translation>Earlier feedback</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="97" />
      <source>Meegedeeld</source>
      <translation>Communicated</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="78" />
      <source>Ontvangen — in screening</source>
      <translation>Received — in screening</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="276" />
      <source>Opgelet: de tekst bevat de naam of de geboortedatum van betrokkene. Pas de tekst aan, of klik nogmaals om toch op te slaan.</source>
      <translation>Warning: the text contains the name or date of birth of the person concerned. Edit the text, or click again to save it anyway.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="223" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="271" />
      <source>Schrijf eerst wat aan de signaalgever werd meegedeeld.</source>
      <translation>First write what was communicated to the referrer.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="96" />
      <source>Sjabloon</source>
      <translation>Template</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="174" />
      <source>Sl&amp;uiten</source>
      <translation>Cl&amp;ose</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="160" />
      <source>Tekst van de terugkoppeling</source>
      <translation>Feedback text</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="115" />
      <source>Terugkoppeling aan de signaalgever — {case}</source>
      <translation>Feedback to the referrer — {case}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="292" />
      <source>Terugkoppeling opgeslagen.</source>
      <translation>Feedback saved.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="281" />
      <source>Toch &amp;opslaan</source>
      <translation>Save &amp;anyway</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="63" />
      <source>Uw melding werd besproken in de LIVC-R; betrokkene werd doorverwezen naar de gepaste hulpverlening. Meer informatie kunnen wij u niet geven.</source>
      <translation>Your report was discussed in the LIVC-R; the person concerned has been referred to appropriate support services. We cannot give you any further information.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="71" />
      <source>Uw melding werd besproken in de LIVC-R; de opvolging door de cel wordt afgesloten. Nieuwe signalen kunt u steeds aan de casemanager melden.</source>
      <translation>Your report was discussed in the LIVC-R; follow-up by the cell is being closed. You can always report new signals to the case manager.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="55" />
      <source>Uw melding werd besproken in de LIVC-R; er wordt een begeleiding opgestart. Meer informatie kunnen wij u niet geven. Nieuwe signalen kunt u steeds aan de casemanager melden.</source>
      <translation>Your report was discussed in the LIVC-R; support is being started. We cannot give you any further information. You can always report new signals to the case manager.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="79" />
      <source>Uw melding werd goed ontvangen en wordt door de casemanager bekeken.</source>
      <translation>Your report has been received and is being looked at by the case manager.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="203" />
      <source>Uw rol mag geen terugkoppeling registreren.</source>
      <translation>Your role may not record feedback.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="85" />
      <source>vrije tekst</source>
      <translation>free text</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="155" />
      <source>— kies een sjabloon —</source>
      <translation>— choose a template —</translation>
    </message>
  </context>
  <context>
    <name>FeedbackFormDialog</name>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="142" />
      <source>&amp;Contactpunt:</source>
      <translation>&amp;Contact point:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="143" />
      <source>&amp;Datum:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="160" />
      <source>&amp;Leden aanwezig voor deze casus:</source>
      <translation>Mem&amp;bers present for this case:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="189" />
      <source>&amp;Produceren…</source>
      <translation>Pr&amp;oduce…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="139" />
      <source>&amp;Referentie voor de politie:</source>
      <translation>Police &amp;reference:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="191" />
      <source>&amp;Sluiten</source>
      <translation>C&amp;lose</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="187" />
      <source>&amp;Tekst in het verslag</source>
      <translation>&amp;Text in the minutes</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="137" />
      <source>&amp;Vergadering:</source>
      <translation>&amp;Meeting:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="183" />
      <source>A&amp;kkoord</source>
      <translation>A&amp;gree</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="185" />
      <source>Akkoord &amp;intrekken</source>
      <translation>&amp;Withdraw agreement</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="66" />
      <source>Akkoord met deze tekst</source>
      <translation>Agrees with this text</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="247" />
      <source>Akkoord: {agreed} van {total} aanwezige leden.</source>
      <translation>Agreement: {agreed} of {total} members present.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="125" />
      <source>Algemene richting van de aanpak</source>
      <translation>General direction of the approach</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="243" />
      <source>Alle aanwezige leden gingen akkoord met deze tekst.</source>
      <translation>All members present agreed to this text.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="130" />
      <source>Contactpunt van de cel</source>
      <translation>Contact point of the cell</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="121" />
      <source>De cel volgt de casus &amp;op</source>
      <translation>The cell &amp;follows up the case</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="388" />
      <source>De fiche is bewaard. Het bestand is niet versleuteld: bezorg het veilig.</source>
      <translation>The form has been saved. The file is not encrypted: deliver it securely.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="302" />
      <source>De fiche is niet bewaard.</source>
      <translation>The form has not been saved.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="396" />
      <source>De fiche kon niet worden gemaakt: {error}</source>
      <translation>The form could not be created: {error}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="314" />
      <source>De tekst is gewijzigd: alle akkoorden zijn vervallen; vraag ze opnieuw.</source>
      <translation>The text has changed: all agreements have lapsed; ask for them again.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="219" />
      <source>Deze casus stond nog op geen enkele vergadering.</source>
      <translation>This case has not yet been on any meeting.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="98" />
      <source>Enkel wat de wet toelaat: geen bijdragen, geen acties, geen redenen van beslissingen, niets wat onder het beroepsgeheim valt. Elk lid dat aanwezig is voor deze casus moet akkoord gaan met precies deze tekst; elke wijziging doet de akkoorden vervallen.</source>
      <translation>Only what the law allows: no contributions, no actions, no reasons for decisions, nothing covered by professional secrecy. Every member present for this case must agree to exactly this text; any change makes the agreements lapse.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="273" />
      <source>Geef een datum als dd/mm/jjjj.</source>
      <translation>Give a date as dd/mm/yyyy.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="241" />
      <source>Geproduceerd op {at}.</source>
      <translation>Produced on {at}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="258" />
      <source>Het verslag van deze vergadering is gefinaliseerd: de tekst en de akkoorden wijzigen niet meer.</source>
      <translation>The minutes of this meeting are finalised: the text and the agreements no longer change.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="349" />
      <source>Het verslag van deze vergadering is gefinaliseerd: er is niets gewijzigd.</source>
      <translation>The minutes of this meeting are finalised: nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="324" />
      <source>Kies eerst een lid in de lijst.</source>
      <translation>First choose a member in the list.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="64" />
      <source>Lid</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="239" />
      <source>Nog niet bewaard: bewaar de tekst voor de leden akkoord gaan.</source>
      <translation>Not saved yet: save the text before the members agree.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="65" />
      <source>Organisatie</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="372" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="141" />
      <source>Richting van de &amp;aanpak:</source>
      <translation>Direction of the a&amp;pproach:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="156" />
      <source>Tekst &amp;bewaren</source>
      <translation>&amp;Save text</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="316" />
      <source>Tekst bewaard.</source>
      <translation>Text saved.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="95" />
      <source>Terugkoppelingsfiche aan de politie — {case}</source>
      <translation>Feedback form to the police — {case}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="372" />
      <source>Terugkoppelingsfiche bewaren</source>
      <translation>Save the feedback form</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="253" />
      <source>Uw rol mag de tekst niet wijzigen en geen akkoorden registreren: dat doen de voorzitter of de secretaris.</source>
      <translation>Your role may not change the text or record agreements: the chair or the secretary does that.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="135" />
      <source>dd/mm/jjjj</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="336" />
      <source>{name} gaat akkoord.</source>
      <translation>{name} agrees.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="336" />
      <source>{name} trekt het akkoord in.</source>
      <translation>{name} withdraws their agreement.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialogs</name>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="176" />
      <source>%n casussen en alle bijhorende gegevens in deze kluis importeren?</source>
      <translation>
        <numerusform>Import %n case and all its data into this vault?</numerusform>
        <numerusform>Import %n cases and all their data into this vault?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="94" />
      <source>%n rijen worden als casus geïmporteerd.</source>
      <translation>
        <numerusform>%n row will be imported as a case.</numerusform>
        <numerusform>%n rows will be imported as cases.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="54" />
      <source>&amp;Annuleren</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="67" />
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="73" />
      <source>&amp;Bestand kiezen…</source>
      <translation>Choose &amp;file…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="78" />
      <source>&amp;Bladeren…</source>
      <translation>&amp;Browse…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="94" />
      <source>&amp;Exporteren</source>
      <translation>&amp;Export</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="53" />
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="88" />
      <source>&amp;Importeren</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="95" />
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="90" />
      <location filename="../../livcr_desktop/views/exchange/issue_list_dialog.py" line="43" />
      <source>&amp;Sluiten</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="51" />
      <source>&amp;Volgende &gt;</source>
      <translation>&amp;Next &gt;</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="52" />
      <source>&lt; V&amp;orige</source>
      <translation>&lt; &amp;Back</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="174" />
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="144" />
      <source>Aanmeldingsdatum</source>
      <translation>Referral date</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="54" />
      <source>Bestand</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="77" />
      <source>Bestand (.json)</source>
      <translation>File (.json)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="150" />
      <source>Bestand vervangen</source>
      <translation>Replace file</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="88" />
      <source>Bevat een NUL-teken of een ongeldig teken.</source>
      <translation>Contains a NUL character or an invalid character.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="164" />
      <source>Bewaard: {path} ({counts}).</source>
      <translation>Saved: {path} ({counts}).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="182" />
      <source>Bezig met exporteren…</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="137" />
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="203" />
      <source>Bezig met importeren…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="66" />
      <source>CSV-bestand</source>
      <translation>CSV file</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="82" />
      <source>CSV-bestand (*.csv *.txt)</source>
      <translation>CSV file (*.csv *.txt)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="42" />
      <source>Caselijst importeren (CSV) — LIVC-R Desktop</source>
      <translation>Import case list (CSV) — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="82" />
      <source>Caselijst kiezen</source>
      <translation>Choose case list</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="148" />
      <source>Casemanager</source>
      <translation>Case manager</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="68" />
      <source>Casus</source>
      <translation>Case</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="133" />
      <source>Controle</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="57" />
      <source>De &amp;hele kluis (om over te zetten of te archiveren)</source>
      <translation>The &amp;whole vault (to transfer or archive it)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="116" />
      <source>De export van één casus bevat precies één casus.</source>
      <translation>The export of one case contains exactly one case.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="127" />
      <source>De kluis weigerde de gegevens; er werd niets geïmporteerd.</source>
      <translation>The vault refused the data; nothing was imported.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="146" />
      <source>De map {folder} bestaat niet.</source>
      <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="193" />
      <source>De tekens in dit bestand zijn niet leesbaar (geen UTF-8 of Windows-1252).</source>
      <translation>The characters in this file cannot be read (not UTF-8 or Windows-1252).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="169" />
      <source>Deze dossiercode komt al voor (in het bestand of in de kluis).</source>
      <translation>This case code already occurs (in the file or in the vault).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="123" />
      <source>Deze kluis bevat al gegevens: een volledige export wordt alleen in een lege kluis geïmporteerd.</source>
      <translation>This vault already contains data: a full export is only imported into an empty vault.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="65" />
      <source>Dit bestand heeft formaatversie {version} en werd gemaakt met een nieuwere versie van LIVC-R Desktop; deze versie leest tot versie {supported}. Werk de toepassing bij.</source>
      <translation>This file has format version {version} and was made with a newer version of LIVC-R Desktop; this version reads up to version {supported}. Update the application.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="118" />
      <source>Dit is de export van één casus (inzageverzoek); alleen de export van een hele kluis kan geïmporteerd worden.</source>
      <translation>This is the export of one case (subject access request); only the export of a whole vault can be imported.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="192" />
      <source>Dit is een rekenblad (.xlsx of .ods), geen CSV. Bewaar het eerst als CSV.</source>
      <translation>This is a spreadsheet (.xlsx or .ods), not a CSV file. Save it as CSV first.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="195" />
      <source>Dit is geen CSV-tekstbestand.</source>
      <translation>This is not a CSV text file.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="63" />
      <source>Dit is geen LIVC-R-uitwisselingsbestand.</source>
      <translation>This is not an LIVC-R exchange file.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="198" />
      <source>Dit is geen leesbaar CSV-bestand.</source>
      <translation>This is not a readable CSV file.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/background.py" line="56" />
      <source>Dit is mislukt ({error}); er is niets gewijzigd.</source>
      <translation>This failed ({error}); nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="84" />
      <source>Dit veld staat er meer dan eens.</source>
      <translation>This field appears more than once.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="170" />
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="135" />
      <source>Dossiercode</source>
      <translation>Case code</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="108" />
      <source>Dubbel: hetzelfde als {first}.</source>
      <translation>Duplicate: the same as {first}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="61" />
      <source>Een volledige export (JSON) wordt in deze kluis geïmporteerd als de kluis nog leeg is. Het hele bestand wordt eerst gecontroleerd: alles wordt geïmporteerd, of niets.</source>
      <translation>A full export (JSON) is imported into this vault if the vault is still empty. The whole file is checked first: everything is imported, or nothing.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="135" />
      <source>Elke rij is gecontroleerd zoals in het casusformulier. Er wordt pas geïmporteerd als geen enkele rij nog een probleem heeft: alles, of niets.</source>
      <translation>Every row has been checked as in the case form. Nothing is imported until no row has a problem left: everything, or nothing.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="193" />
      <source>Er werd niets geïmporteerd.</source>
      <translation>Nothing was imported.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="155" />
      <source>Export van {when}: {counts}. Alles is in orde.</source>
      <translation>Export of {when}: {counts}. Everything is in order.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="76" />
      <source>Exportbestand</source>
      <translation>Export file</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="130" />
      <source>Exportbestand opslaan</source>
      <translation>Save export file</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="53" />
      <source>Exporteren — LIVC-R Desktop</source>
      <translation>Export — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="59" />
      <source>Eén &amp;casus (inzageverzoek van de betrokkene, AVG art. 15)</source>
      <translation>&amp;One case (subject access request by the person concerned, GDPR Art. 15)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="173" />
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="142" />
      <source>Fenomeen</source>
      <translation>Phenomenon</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="139" />
      <source>Geboortedatum</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="112" />
      <source>Geen agendapunt op positie {position} in deze vergadering.</source>
      <translation>No agenda item at position {position} in this meeting.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="102" />
      <source>Geen geldig tijdstip (UU:MM:SS).</source>
      <translation>Not a valid time (HH:MM:SS).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="53" />
      <source>Geen geldige JSON (regel {line}, kolom {column}).</source>
      <translation>Not valid JSON (line {line}, column {column}).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="98" />
      <source>Geen geldige datum (JJJJ-MM-DD).</source>
      <translation>Not a valid date (YYYY-MM-DD).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="157" />
      <source>Geen geldige datum (dd/mm/jjjj of jjjj-mm-dd).</source>
      <translation>Not a valid date (dd/mm/yyyy or yyyy-mm-dd).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="100" />
      <source>Geen geldige datum en tijd (JJJJ-MM-DDTUU:MM:SS).</source>
      <translation>Not a valid date and time (YYYY-MM-DDTHH:MM:SS).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="171" />
      <source>Geen kolom gekoppeld aan het verplichte veld „{field}”.</source>
      <translation>No column mapped to the required field “{field}”.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="165" />
      <source>Geen lid met deze naam in de kluis.</source>
      <translation>No member with this name in the vault.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="163" />
      <source>Geen organisatie met deze naam in de kluis.</source>
      <translation>No organisation with this name in the vault.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="90" />
      <source>Heeft niet de vereiste vorm.</source>
      <translation>Does not have the required format.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="199" />
      <source>Het bestand bevat geen rijen.</source>
      <translation>The file contains no rows.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="59" />
      <source>Het bestand bevat meer dan {max} waarden.</source>
      <translation>The file holds more than {max} values.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/exchange/issue_list_dialog.py" line="29" />
      <source>Het bestand heeft %n problemen. Er werd niets geïmporteerd.</source>
      <translation>
        <numerusform>The file has %n problem. Nothing was imported.</numerusform>
        <numerusform>The file has %n problems. Nothing was imported.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="143" />
      <source>Het bestand heeft %n problemen; er wordt niets geïmporteerd.</source>
      <translation>
        <numerusform>The file has %n problem; nothing will be imported.</numerusform>
        <numerusform>The file has %n problems; nothing will be imported.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="197" />
      <source>Het bestand heeft te veel cellen.</source>
      <translation>The file has too many cells.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="196" />
      <source>Het bestand heeft te veel rijen.</source>
      <translation>The file has too many rows.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="51" />
      <source>Het bestand is geen UTF-8-tekst.</source>
      <translation>The file is not UTF-8 text.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="47" />
      <source>Het bestand is groter dan {max} MiB.</source>
      <translation>The file is larger than {max} MiB.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="194" />
      <source>Het bestand is te groot.</source>
      <translation>The file is too large.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="49" />
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="200" />
      <source>Het bestand kan niet gelezen worden.</source>
      <translation>The file cannot be read.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="123" />
      <source>Het bestand kan niet gelezen worden: {reason}</source>
      <translation>The file cannot be read: {reason}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="174" />
      <source>Het bestand kon niet geschreven worden: {reason}</source>
      <translation>The file could not be written: {reason}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="131" />
      <source>Het bestand wordt gecontroleerd…</source>
      <translation>Checking the file…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="173" />
      <source>Het veld „{field}” is aan meer dan één kolom gekoppeld.</source>
      <translation>The field “{field}” is mapped to more than one column.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="114" />
      <source>Hoort alleen in de export van één casus.</source>
      <translation>Belongs only in the export of one case.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="143" />
      <source>Ideologie</source>
      <translation>Ideology</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="175" />
      <source>Importeren</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/issue_list_dialog.py" line="25" />
      <source>Importeren niet mogelijk — LIVC-R Desktop</source>
      <translation>Import not possible — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="57" />
      <source>Importeren uit een uitwisselingsbestand — LIVC-R Desktop</source>
      <translation>Import from an exchange file — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="82" />
      <source>Interne gegevens van een kluis, geen instelling van de cel: kan niet geïmporteerd worden.</source>
      <translation>Internal data of a vault, not a setting of the cell: cannot be imported.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="56" />
      <source>Kies de caselijst als CSV (uit Excel: „Opslaan als… CSV”). Puntkomma of komma, UTF-8 of Windows-1252 worden herkend.</source>
      <translation>Choose the case list as a CSV file (from Excel: “Save as… CSV”). Semicolon or comma, UTF-8 or Windows-1252 are recognised.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="96" />
      <source>Kies voor elke kolom het veld van de casus, of „niet importeren”. Aanmeldingsdatum en fenomeen zijn verplicht; zonder dossiercode krijgt een rij de volgende vrije code.</source>
      <translation>For each column, choose the case field, or “do not import”. Referral date and phenomenon are required; a row without a case code gets the next free code.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="82" />
      <source>Kolom in het bestand</source>
      <translation>Column in the file</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="94" />
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="104" />
      <source>Kolommen koppelen</source>
      <translation>Map columns</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="22" />
      <source>Let op: het exportbestand is NIET versleuteld. Het bevat identiteiten en informatie onder het gedeeld beroepsgeheim (art. 458ter Sw.). Bewaar het alleen op een versleutelde drager, geef het enkel persoonlijk of versleuteld door en wis het zodra het gediend heeft. De export wordt gelogd.</source>
      <translation>Warning: the export file is NOT encrypted. It contains identities and information covered by shared professional secrecy (Art. 458ter Criminal Code). Store it only on an encrypted medium, hand it over only in person or encrypted, and delete it as soon as it has served its purpose. The export is logged.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="78" />
      <source>Mag niet leeg zijn.</source>
      <translation>Must not be empty.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="167" />
      <source>Meer cellen dan de kopregel kolommen heeft.</source>
      <translation>More cells than the header row has columns.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="140" />
      <source>Minderjarig</source>
      <translation>Minor</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="104" />
      <source>Moet tussen {minimum} en {maximum} liggen.</source>
      <translation>Must be between {minimum} and {maximum}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="138" />
      <source>Naam</source>
      <translation>Last name</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="80" />
      <source>Onbekend veld.</source>
      <translation>Unknown field.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="94" />
      <source>Onbekende waarde „{value}”; toegelaten: {allowed}.</source>
      <translation>Unknown value “{value}”; allowed: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="161" />
      <source>Onbekende waarde.</source>
      <translation>Unknown value.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="70" />
      <source>Ongeldige formaatversie.</source>
      <translation>Invalid format version.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="93" />
      <source>Ongeldige waarde.</source>
      <translation>Invalid value.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="149" />
      <source>Opmerkingen (screening)</source>
      <translation>Remarks (screening)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="146" />
      <source>Organisatie signaalgever</source>
      <translation>Referrer organisation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="50" />
      <source>Plaats in het bestand</source>
      <translation>Location in the file</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="51" />
      <source>Probleem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="175" />
      <source>Problemen</source>
      <translation>Problems</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/common_widgets.py" line="27" />
      <source>Problemen in het bestand</source>
      <translation>Problems in the file</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="171" />
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="136" />
      <source>Pseudoniem</source>
      <translation>Pseudonym</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="169" />
      <source>Rij</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="184" />
      <source>Rij {row}, kolom „{column}”: {message}</source>
      <translation>Row {row}, column “{column}”: {message}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="187" />
      <source>Rij {row}: {message}</source>
      <translation>Row {row}: {message}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="148" />
      <source>Rijen van het bestand</source>
      <translation>Rows of the file</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="159" />
      <source>Schrijf het jaar met vier cijfers (dd/mm/jjjj).</source>
      <translation>Write the year with four digits (dd/mm/yyyy).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="147" />
      <source>Sector signaalgever</source>
      <translation>Referrer sector</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="172" />
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="141" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="57" />
      <source>Te diep genest.</source>
      <translation>Nested too deeply.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="86" />
      <source>Te lang: {length} tekens, hoogstens {max}.</source>
      <translation>Too long: {length} characters, at most {max}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="71" />
      <source>Uitwisselingsbestand</source>
      <translation>Exchange file</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="130" />
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="100" />
      <source>Uitwisselingsbestand (*.json)</source>
      <translation>Exchange file (*.json)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="100" />
      <source>Uitwisselingsbestand kiezen</source>
      <translation>Choose exchange file</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="125" />
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="178" />
      <source>Uw rol laat geen export toe.</source>
      <translation>Your role does not allow exports.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="115" />
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="130" />
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="139" />
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="196" />
      <source>Uw rol laat geen import toe.</source>
      <translation>Your role does not allow imports.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="85" />
      <source>Veld van de casus</source>
      <translation>Case field</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="72" />
      <source>Verkeerd type: {expected} verwacht, {found} gevonden.</source>
      <translation>Wrong type: {expected} expected, {found} found.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="76" />
      <source>Verplicht veld ontbreekt.</source>
      <translation>Required field missing.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="110" />
      <source>Verwijst naar „{value}”, dat niet in het bestand staat.</source>
      <translation>Refers to “{value}”, which is not in the file.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="145" />
      <source>Volgende bespreking</source>
      <translation>Next review</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="83" />
      <source>Voorbeelden</source>
      <translation>Examples</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="137" />
      <source>Voornaam</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="216" />
      <source>aanwezigheden</source>
      <translation>attendance records</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="222" />
      <source>actie-opvolgingen</source>
      <translation>action follow-ups</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="221" />
      <source>acties</source>
      <translation>actions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="215" />
      <source>agendapunten</source>
      <translation>agenda items</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="220" />
      <source>beslissingen</source>
      <translation>decisions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="213" />
      <source>casussen</source>
      <translation>cases</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="218" />
      <source>domeinbeoordelingen</source>
      <translation>domain assessments</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="32" />
      <source>geheel getal</source>
      <translation>integer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="37" />
      <source>getal</source>
      <translation>number</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="217" />
      <source>inbrengen</source>
      <translation>contributions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="219" />
      <source>integrale analyses</source>
      <translation>integral assessments</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="71" />
      <source>komma</source>
      <translation>comma</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="212" />
      <source>leden</source>
      <translation>members</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="34" />
      <source>lijst</source>
      <translation>list</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="36" />
      <source>null</source>
      <translation>null</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="35" />
      <source>object</source>
      <translation>object</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="211" />
      <source>organisaties</source>
      <translation>organisations</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="71" />
      <source>puntkomma</source>
      <translation>semicolon</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="71" />
      <source>tab</source>
      <translation>tab</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="31" />
      <source>tekst</source>
      <translation>text</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="223" />
      <source>terugkoppelingen aan signaalgevers</source>
      <translation>feedback messages to referrers</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="33" />
      <source>true of false</source>
      <translation>true or false</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="214" />
      <source>vergaderingen</source>
      <translation>meetings</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="224" />
      <source>verslagdocumenten (enkel vermeld)</source>
      <translation>minutes documents (listed only)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="71" />
      <source>verticale streep</source>
      <translation>vertical bar</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="142" />
      <source>{code} (automatisch)</source>
      <translation>{code} (automatic)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="100" />
      <source>{issues} probleem/problemen in {rows} rij(en); er wordt niets geïmporteerd tot ze opgelost zijn (in het bestand of in de koppeling).</source>
      <translation>{issues} problem(s) in {rows} row(s); nothing will be imported until they are resolved (in the file or in the mapping).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="150" />
      <source>{name} bestaat al. Vervangen?</source>
      <translation>{name} already exists. Replace it?</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="75" />
      <source>{rows} rijen, {columns} kolommen; scheidingsteken: {delimiter}; codering: {encoding}.</source>
      <translation>{rows} rows, {columns} columns; delimiter: {delimiter}; encoding: {encoding}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="36" />
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="206" />
      <source>— niet importeren —</source>
      <translation>— do not import —</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="61" />
      <source>… en nog %n problemen.</source>
      <translation>
        <numerusform>… and %n more problem.</numerusform>
        <numerusform>… and %n more problems.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>IntakePage</name>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="69" />
      <source>&amp;Acties al ondernomen:</source>
      <translation>&amp;Actions already taken:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="90" />
      <source>&amp;Contactgegevens:</source>
      <translation>C&amp;ontact details:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="67" />
      <source>&amp;Datum van de feiten</source>
      <translation>&amp;Date of the facts</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="73" />
      <source>&amp;Enkel adviesvraag (geen casus; apart geteld)</source>
      <translation>Advice re&amp;quest only (not a case; counted separately)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="89" />
      <source>&amp;Functie:</source>
      <translation>&amp;Function:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="58" />
      <source>&amp;Gemeente:</source>
      <translation>&amp;Municipality:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="96" />
      <source>&amp;Identiteit bewust niet meegedeeld door de signaalgever</source>
      <translation>&amp;Identity deliberately withheld by the referrer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="66" />
      <source>&amp;Signaal:</source>
      <translation>Si&amp;gnal:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="103" />
      <source>A&amp;kkoord signaalgever (kernteam / LIVC-R):</source>
      <translation>&amp;Referrer's agreement (core team / LIVC-R):</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="68" />
      <source>Acties al ondernomen</source>
      <translation>Actions already taken</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="101" />
      <source>Akkoord signaalgever om de casus in te brengen</source>
      <translation>Referrer's agreement to bring in the case</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="88" />
      <source>Contact&amp;persoon (burger, ouder of professional):</source>
      <translation>Contact &amp;person (citizen, parent or professional):</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="86" />
      <source>Contactgegevens signaalgever</source>
      <translation>Referrer's contact details</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="82" />
      <source>Contactpersoon signaalgever</source>
      <translation>Referrer's contact person</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="70" />
      <source>D&amp;ringend</source>
      <translation>&amp;Urgent</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="85" />
      <source>Functie signaalgever</source>
      <translation>Referrer's function</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="54" />
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="76" />
      <source>I&amp;nkomende doorverwijzing van de LTF (Local Task Force)</source>
      <translation>I&amp;nbound referral from the LTF (Local Task Force)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="65" />
      <source>Signaal</source>
      <translation>Signal</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="92" />
      <source>Signaalgever &amp;tonen (wordt gelogd)</source>
      <translation>Sho&amp;w referrer (logged)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="55" />
      <source>— kies —</source>
      <translation>— choose —</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="170" />
      <source>Capaciteit en middelen</source>
      <translation>Capability and resources</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="202" />
      <source>Casus — zonder genodigden</source>
      <translation>Case — without invitees</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="164" />
      <source>Financiën en huisvesting</source>
      <translation>Finances and housing</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="165" />
      <source>Fysieke en mentale gezondheid</source>
      <translation>Physical and mental health</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="162" />
      <source>Gezin en thuissituatie</source>
      <translation>Family and home situation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="172" />
      <source>Identiteit, zingeving en grieven</source>
      <translation>Identity, meaning and grievances</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="168" />
      <source>Ideologie, opvattingen en houding tegenover geweld</source>
      <translation>Ideology, beliefs and attitude to violence</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="169" />
      <source>Intentie en gedragssignalen</source>
      <translation>Intent and behavioural signals</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="171" />
      <source>Justitie en politie</source>
      <translation>Justice and police</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="149" />
      <source>OCMW</source>
      <translation>OCMW</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="163" />
      <source>Onderwijs, werk en dagbesteding</source>
      <translation>Education, work and daily activities</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="167" />
      <source>Online gedrag en informatieomgeving</source>
      <translation>Online behaviour and information environment</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="78" />
      <source>Q0 geen radicaliseringsproblematiek</source>
      <translation>Q0 no radicalisation issue</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="79" />
      <source>Q1 zorgwekkend, onvoldoende informatie</source>
      <translation>Q1 concerning, insufficient information</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="80" />
      <source>Q2 radicaliseringsproces, sociaal-preventieve aanpak</source>
      <translation>Q2 radicalisation process, socio-preventive approach</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="81" />
      <source>Q3 verhoogd risico, veiligheidsluik nodig</source>
      <translation>Q3 increased risk, security component needed</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="173" />
      <source>Recente gebeurtenissen en triggers</source>
      <translation>Recent events and triggers</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="166" />
      <source>Sociaal netwerk en vrije tijd</source>
      <translation>Social network and leisure</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="48" />
      <source>aangemeld</source>
      <translation>referred</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="108" />
      <source>aanwezig</source>
      <translation>present</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="101" />
      <source>afgerond</source>
      <translation>completed</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="53" />
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="127" />
      <source>afgesloten</source>
      <translation>closed</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="91" />
      <source>afschalen</source>
      <translation>scale down</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="92" />
      <source>afsluiten</source>
      <translation>close</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="110" />
      <source>afwezig</source>
      <translation>absent</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="156" />
      <source>andere</source>
      <translation>other</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="70" />
      <source>anti-overheid</source>
      <translation>anti-government</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="93" />
      <source>bijkomende informatie verzamelen</source>
      <translation>gather further information</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="119" />
      <source>buitengewone vergadering</source>
      <translation>extraordinary meeting</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="135" />
      <source>casusbespreking</source>
      <translation>case review</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="52" />
      <source>doorverwezen en afgesloten</source>
      <translation>referred onward and closed</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="89" />
      <source>doorverwijzen en afsluiten</source>
      <translation>refer onward and close</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="69" />
      <source>extreemlinks</source>
      <translation>extreme left</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="68" />
      <source>extreemrechts</source>
      <translation>extreme right</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="60" />
      <source>extremisme</source>
      <translation>extremism</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="153" />
      <source>geestelijke gezondheid (CGG)</source>
      <translation>mental health (CGG)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="128" />
      <source>gefinaliseerd</source>
      <translation>finalised</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="155" />
      <source>gemeente</source>
      <translation>municipality</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="125" />
      <source>gepland</source>
      <translation>planned</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="50" />
      <source>in opvolging</source>
      <translation>in follow-up</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="49" />
      <source>in screening</source>
      <translation>in screening</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="154" />
      <source>jeugdwerk</source>
      <translation>youth work</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="150" />
      <source>justitiehuis</source>
      <translation>justice house</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="118" />
      <source>kernteam</source>
      <translation>core team</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="100" />
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="126" />
      <source>lopend</source>
      <translation>in progress</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="102" />
      <source>niet uitgevoerd</source>
      <translation>not carried out</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="136" />
      <source>nieuwe aanmelding</source>
      <translation>new referral</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="111" />
      <source>nog niet geregistreerd</source>
      <translation>not yet registered</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="152" />
      <source>onderwijs (school, CLB)</source>
      <translation>education (school, CLB)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="72" />
      <source>onduidelijk</source>
      <translation>unclear</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="99" />
      <source>open</source>
      <translation>open</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="51" />
      <source>opgeschaald</source>
      <translation>escalated</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="90" />
      <source>opschalen</source>
      <translation>escalate</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="134" />
      <source>opvolging openstaande acties</source>
      <translation>review of open actions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="87" />
      <source>opvolging opstarten</source>
      <translation>start follow-up</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="88" />
      <source>opvolging verderzetten</source>
      <translation>continue follow-up</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="147" />
      <source>politie</source>
      <translation>police</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="148" />
      <source>preventie</source>
      <translation>prevention</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="59" />
      <source>radicalisme</source>
      <translation>radicalism</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="117" />
      <source>reguliere LIVC-R</source>
      <translation>regular LIVC-R</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="67" />
      <source>religieus geïnspireerd</source>
      <translation>religiously inspired</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="71" />
      <source>single-issue</source>
      <translation>single-issue</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="61" />
      <source>terrorisme</source>
      <translation>terrorism</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="142" />
      <source>uitgenodigd</source>
      <translation>invited</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="137" />
      <source>varia</source>
      <translation>any other business</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="142" />
      <source>vast lid</source>
      <translation>permanent member</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="109" />
      <source>verontschuldigd</source>
      <translation>excused</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="151" />
      <source>welzijn (CAW)</source>
      <translation>welfare (CAW)</translation>
    </message>
  </context>
  <context>
    <name>LiveMeeting</name>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="77" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/draft_close.py" line="63" />
      <source>&amp;Terug naar de vergadering</source>
      <translation>&amp;Back to the meeting</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="54" />
      <source>&amp;Verder vergaderen</source>
      <translation>&amp;Continue the meeting</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="50" />
      <source>&amp;Vergadering</source>
      <translation>&amp;Meeting</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="163" />
      <source>'{title}' van de agenda halen?</source>
      <translation>Remove '{title}' from the agenda?</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="62" />
      <source>+ casus</source>
      <translation>+ case</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="65" />
      <source>+ punt</source>
      <translation>+ item</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="43" />
      <source>&lt;b&gt;Agenda&lt;/b&gt;</source>
      <translation>&lt;b&gt;Agenda&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="54" />
      <source>Aanwezigheid</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_header.py" line="43" />
      <source>Aanwezigheid (F2)</source>
      <translation>Attendance (F2)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="14" />
      <source>Aanwezigheid en geheimhouding</source>
      <translation>Attendance and confidentiality</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="212" />
      <source>Aanwezigheid niet volledig</source>
      <translation>Attendance incomplete</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="15" />
      <source>Aanwezigheidslijst: de aanwezigheid van het lid op deze rij kiezen</source>
      <translation>Attendance list: choose the presence of the member on this row</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="16" />
      <source>Aanwezigheidslijst: geheimhouding van dit lid bevestigen / intrekken</source>
      <translation>Attendance list: confirm / withdraw this member's confidentiality</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="33" />
      <source>Afgesloten vergadering heropenen</source>
      <translation>Reopen a closed meeting</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="47" />
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="59" />
      <source>Agendapunt hoger</source>
      <translation>Move agenda item up</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="29" />
      <source>Agendapunt hoger / lager zetten</source>
      <translation>Move agenda item up / down</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="60" />
      <source>Agendapunt lager</source>
      <translation>Move agenda item down</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="144" />
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="150" />
      <source>Agendapunt toevoegen</source>
      <translation>Add agenda item</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="162" />
      <source>Agendapunt verwijderen</source>
      <translation>Remove agenda item</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="366" />
      <source>Agendapunt: {used} / {planned}:00</source>
      <translation>Item: {used} / {planned}:00</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/draft_close.py" line="59" />
      <source>Als &amp;ontwerp bewaren</source>
      <translation>Keep as &amp;draft</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/draft_close.py" line="56" />
      <source>Als ontwerp bewaard komt de invoer terug wanneer u deze casus opnieuw opent.</source>
      <translation>Kept as a draft, the input comes back when you open this case again.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="70" />
      <source>Be&amp;werken</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="44" />
      <source>Besproken zonder beslissing:</source>
      <translation>Discussed without a decision:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="25" />
      <source>Bijdrage: beroepsgeheim aan / uit</source>
      <translation>Contribution: professional secrecy on / off</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="26" />
      <source>Bijdrage: niet projecteren aan / uit</source>
      <translation>Contribution: do not project on / off</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="20" />
      <source>Bijdrage: toevoegen; het toetsenbord gaat naar de organisatie van de volgende spreker</source>
      <translation>Contribution: add; the keyboard moves to the next speaker's organisation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="61" />
      <source>Casus om toe te voegen</source>
      <translation>Case to add</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="390" />
      <source>Datum van de volgende vergadering (dd/mm/jjjj, leeg: nog niet gekend):</source>
      <translation>Date of the next meeting (dd/mm/yyyy; leave empty if not yet known):</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="250" />
      <source>De geheimhouding (art. 458ter) nog niet bevestigd: {n} van de aanwezigen.</source>
      <translation>Confidentiality (art. 458ter) not yet confirmed: {n} of those present.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="35" />
      <source>Deze hulp</source>
      <translation>This help</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="93" />
      <source>Deze vergadering is afgesloten: alles is te lezen, niets te wijzigen. Heropenen: Ctrl+Shift+O.</source>
      <translation>This meeting is closed: everything can be read, nothing changed. Reopen: Ctrl+Shift+O.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/draft_close.py" line="48" />
      <source>Er is nog getypte invoer die niet is vastgelegd. Wat wilt u ermee doen?</source>
      <translation>Some typed input has not been recorded yet. What do you want to do with it?</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="399" />
      <source>Geef de datum als dd/mm/jjjj.</source>
      <translation>Give the date as dd/mm/yyyy.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="375" />
      <source>Gepland: {n} min</source>
      <translation>Planned: {n} min</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="95" />
      <source>Het verslag van deze vergadering is gefinaliseerd: niets kan nog gewijzigd worden.</source>
      <translation>The minutes of this meeting are finalised: nothing can be changed any more.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="36" />
      <source>Identiteit van de casus tonen op de projector (met bevestiging, gelogd)</source>
      <translation>Show the case's identity on the projector (with confirmation, logged)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/draft_close.py" line="61" />
      <source>Invoer &amp;weggooien</source>
      <translation>D&amp;iscard input</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="245" />
      <source>Niemand is als aanwezig geregistreerd.</source>
      <translation>Nobody is registered as present.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="50" />
      <source>Niet alles op de agenda is afgerond. Toch afsluiten?</source>
      <translation>Not everything on the agenda is done. Close anyway?</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="42" />
      <source>Niet behandeld:</source>
      <translation>Not discussed:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="108" />
      <source>Niet getoond: een genodigde voor enkele casussen is in de zaal.</source>
      <translation>Not shown: an invitee for some cases is in the room.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/draft_close.py" line="47" />
      <source>Niet vastgelegde invoer</source>
      <translation>Unrecorded input</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="57" />
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="23" />
      <source>Nieuwe actie</source>
      <translation>New action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="56" />
      <source>Nieuwe beslissing</source>
      <translation>New decision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="22" />
      <source>Nieuwe beslissing (eerst de kwalificatie, zolang de casus er geen heeft)</source>
      <translation>New decision (the qualification first, while the case has none)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="55" />
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="17" />
      <source>Nieuwe bijdrage</source>
      <translation>New contribution</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="247" />
      <source>Nog niet geregistreerd: {n} van de verwachte leden.</source>
      <translation>Not yet registered: {n} of the expected members.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="71" />
      <source>Ongedaan maken</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="30" />
      <source>Ongedaan maken / opnieuw</source>
      <translation>Undo / redo</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="73" />
      <source>Opnieuw</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="105" />
      <source>P&amp;rojector</source>
      <translation>&amp;Projector</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="24" />
      <source>Plan van aanpak: de actie toevoegen (in elk veld van de nieuwe actie)</source>
      <translation>Action plan: add the action (from any field of the new action)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="109" />
      <source>Projector</source>
      <translation>Projector</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="28" />
      <source>Projector aan / uit</source>
      <translation>Projector on / off</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="34" />
      <source>Projector bevriezen / vrijgeven</source>
      <translation>Freeze / release projector</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="35" />
      <source>Projector volgt de voorzitter / blijft op dit punt</source>
      <translation>Projector follows the chair / stays on this item</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="29" />
      <source>Projector zwart / terug (B niet in een tekstveld of lijst)</source>
      <translation>Projector black / back (B outside a text field or list)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="32" />
      <source>Projector: volgende / vorige pagina van een lang punt</source>
      <translation>Projector: next / previous page of a long item</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="373" />
      <source>Resterend: {left}</source>
      <translation>Remaining: {left}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="57" />
      <source>Sluiten</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="78" />
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="49" />
      <source>Sneltoetsen</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="37" />
      <source>Tekst op de projector groter / kleiner / normaal</source>
      <translation>Projector text larger / smaller / normal</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="31" />
      <source>Terugkoppelingsfiche van de casus (op de projector zolang ze open is)</source>
      <translation>The case's feedback form (on the projector while it is open)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="65" />
      <source>Terugkoppelingsfiche…</source>
      <translation>Feedback form…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="340" />
      <location filename="../../livcr_desktop/views/meeting/meeting_header.py" line="40" />
      <source>Timer starten (Ctrl+T)</source>
      <translation>Start timer (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="28" />
      <source>Timer starten / stoppen</source>
      <translation>Start / stop timer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="58" />
      <source>Timer starten/stoppen</source>
      <translation>Start/stop timer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="340" />
      <source>Timer stoppen (Ctrl+T)</source>
      <translation>Stop timer (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="144" />
      <source>Titel van het agendapunt:</source>
      <translation>Title of the agenda item:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="53" />
      <source>Toch &amp;afsluiten</source>
      <translation>&amp;Close anyway</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="27" />
      <source>Venster sluiten (vraagt wat er met niet vastgelegde invoer moet gebeuren)</source>
      <translation>Close the window (asks what to do with unrecorded input)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="83" />
      <source>Vergadering &amp;heropenen…</source>
      <translation>&amp;Reopen the meeting…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="49" />
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="389" />
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="399" />
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="32" />
      <source>Vergadering afsluiten</source>
      <translation>Close meeting</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="68" />
      <source>Vergadering afsluiten…</source>
      <translation>Close meeting…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="63" />
      <source>Vergadering heropenen</source>
      <translation>Reopen the meeting</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="69" />
      <source>Vergadering heropenen…</source>
      <translation>Reopen the meeting…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="64" />
      <source>Vergadering {number} heropenen? Wat vastgelegd is, kan dan weer gewijzigd worden; het heropenen wordt in het auditlogboek bewaard.</source>
      <translation>Reopen meeting {number}? What was recorded can then be changed again; the reopening is kept in the audit trail.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="81" />
      <source>Vergadering {number} — LIVC-R Desktop</source>
      <translation>Meeting {number} — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="68" />
      <source>Verwijderen</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="52" />
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="12" />
      <source>Volgend agendapunt</source>
      <translation>Next agenda item</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="53" />
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="13" />
      <source>Vorig agendapunt</source>
      <translation>Previous agenda item</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/draft_close.py" line="26" />
      <source>actie</source>
      <translation>action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/draft_close.py" line="25" />
      <source>beslissing</source>
      <translation>decision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/draft_close.py" line="24" />
      <source>bijdrage</source>
      <translation>contribution</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_header.py" line="23" />
      <source>{kind} {number} — {date} {time}, {place} — voorzitter: {chair}</source>
      <translation>{kind} {number} — {date} {time}, {place} — chair: {chair}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="213" />
      <source>{missing} Toch de casusbespreking beginnen?</source>
      <translation>{missing} Start the case discussion anyway?</translation>
    </message>
  </context>
  <context>
    <name>LongText</name>
    <message>
      <location filename="../../livcr_desktop/views/widgets/long_text.py" line="53" />
      <source>{n} tekens — lang voor het verslag</source>
      <translation>{n} characters — long for the minutes</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/long_text.py" line="47" />
      <source>{n} tekens — te lang om te bewaren (hoogstens {max}); kort de tekst in</source>
      <translation>{n} characters — too long to keep (at most {max}); shorten the text</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="104" />
      <source>&amp;Actieopvolging</source>
      <translation>&amp;Action tracking</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="90" />
      <source>&amp;Acties</source>
      <translation>&amp;Actions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="85" />
      <source>&amp;Afsluiten</source>
      <translation>E&amp;xit</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="79" />
      <source>&amp;Bestand</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="75" />
      <source>&amp;Casussen</source>
      <translation>&amp;Cases</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="130" />
      <source>&amp;Exporteren (uitwisselingsformaat)…</source>
      <translation>&amp;Export (exchange format)…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="126" />
      <source>&amp;Gebruikers…</source>
      <translation>&amp;Users…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="90" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="122" />
      <source>&amp;Instellingen van de cel…</source>
      <translation>&amp;Cell settings…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="55" />
      <source>&amp;Nieuwe casus</source>
      <translation>&amp;New case</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="80" />
      <source>&amp;Nieuwe casus…</source>
      <translation>&amp;New case…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meetings_page.py" line="32" />
      <source>&amp;Nieuwe vergadering…</source>
      <translation>&amp;New meeting…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="98" />
      <source>&amp;Opvolging</source>
      <translation>F&amp;ollow-up</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="93" />
      <source>&amp;Over LIVC-R Desktop</source>
      <translation>&amp;About LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="91" />
      <source>&amp;Sneltoetsen</source>
      <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="119" />
      <source>&amp;Statistiek voor preventie…</source>
      <translation>&amp;Statistics for prevention…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="62" />
      <source>&amp;Status:</source>
      <translation>S&amp;tatus:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="150" />
      <source>&amp;Taal</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="100" />
      <source>&amp;Tijdlijn van de casus</source>
      <translation>Case &amp;timeline</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="85" />
      <source>&amp;Vergaderingen</source>
      <translation>&amp;Meetings</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="88" />
      <source>&amp;Zoeken</source>
      <translation>&amp;Search</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="106" />
      <source>&amp;Zoeken in alles</source>
      <translation>&amp;Search everything</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="61" />
      <source>&amp;Zoeken:</source>
      <translation>&amp;Search:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_alerts.py" line="76" />
      <source>Achterstallige acties: {n}</source>
      <translation>Overdue actions: {n}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_alerts.py" line="71" />
      <source>Achterstallige besprekingen: {n}</source>
      <translation>Overdue discussions: {n}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="49" />
      <source>Alle casussen</source>
      <translation>All cases</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="50" />
      <source>Alle lopende casussen</source>
      <translation>All open cases</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="133" />
      <source>Alles over de gekozen &amp;casus exporteren (inzageverzoek)…</source>
      <translation>Export every&amp;thing about the selected case (subject access request)…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="375" />
      <source>Alt+onderstreepte letter</source>
      <translation>Alt+underlined letter</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="116" />
      <source>Behee&amp;r</source>
      <translation>A&amp;dministration</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="51" />
      <source>Bespreking achterstallig</source>
      <translation>Review overdue</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_alerts.py" line="38" />
      <source>Bevestigen met een reden…</source>
      <translation>Acknowledge with a reason…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="83" />
      <source>Casus &amp;openen</source>
      <translation>&amp;Open case</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="205" />
      <source>Casus exporteren</source>
      <translation>Export case</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="138" />
      <source>Casus&amp;lijst importeren uit CSV…</source>
      <translation>Import case list from CS&amp;V…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="70" />
      <source>Casussen</source>
      <translation>Cases</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_alerts.py" line="44" />
      <source>Casussen waarvan de volgende bespreking voorbij is</source>
      <translation>Cases whose next discussion has passed</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="43" />
      <source>Casussen zoeken</source>
      <translation>Search cases</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="125" />
      <source>Casussen: {shown} van {total}</source>
      <translation>Cases: {shown} of {total}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="374" />
      <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
      <translation>Ctrl+Tab / Ctrl+Shift+Tab</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/next_agenda.py" line="24" />
      <source>De agenda van vergadering {number} ({date}) is al volledig.</source>
      <translation>The agenda of meeting {number} ({date}) is already complete.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="276" />
      <source>De casus staat klaar voor de volgende agenda.</source>
      <translation>The case is ready for the next agenda.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="377" />
      <source>De gekozen casus, vergadering of actie openen</source>
      <translation>Open the chosen case, meeting or action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="377" />
      <source>Enter</source>
      <translation>Enter</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/next_agenda.py" line="21" />
      <source>Er is geen geplande vergadering. Plan eerst een vergadering.</source>
      <translation>There is no planned meeting. Plan a meeting first.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="47" />
      <source>Filter op status</source>
      <translation>Filter by status</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_alerts.py" line="76" />
      <source>Geen achterstallige acties</source>
      <translation>No overdue actions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="137" />
      <source>Im&amp;porteren (uitwisselingsformaat)…</source>
      <translation>&amp;Import (exchange format)…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="205" />
      <source>Kies eerst een casus in de lijst.</source>
      <translation>First select a case in the list.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="119" />
      <source>Kluis: {path} — aangemeld als {user}</source>
      <translation>Vault: {path} — signed in as {user}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="394" />
      <source>LIVC-R Desktop {version}

Casusoverleg van de Lokale Integrale Veiligheidscel (wet van 30 juli 2018). Alle gegevens vallen onder het gedeeld beroepsgeheim (art. 458ter Sw.) en blijven versleuteld op deze computer.</source>
      <translation>LIVC-R Desktop {version}

Case meetings of the Local Integral Security Cell (Act of 30 July 2018). All data are covered by shared professional secrecy (Art. 458ter Criminal Code) and remain encrypted on this computer.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="53" />
      <source>LIVC-R Desktop — Acties</source>
      <translation>LIVC-R Desktop — Actions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="51" />
      <source>LIVC-R Desktop — Casussen</source>
      <translation>LIVC-R Desktop — Cases</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="52" />
      <source>LIVC-R Desktop — Vergaderingen</source>
      <translation>LIVC-R Desktop — Meetings</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="54" />
      <source>LIVC-R Desktop — Zoeken</source>
      <translation>LIVC-R Desktop — Search</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="375" />
      <source>Naar dat tabblad, veld of menu</source>
      <translation>To that tab, field or menu</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="57" />
      <source>Nieuwe casus (Ctrl+N)</source>
      <translation>New case (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="101" />
      <source>Op de &amp;volgende agenda zetten</source>
      <translation>Put on the &amp;next agenda</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_alerts.py" line="46" />
      <source>Open of lopende acties waarvan de deadline verstreken is</source>
      <translation>Open or in-progress actions whose deadline has passed</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="393" />
      <source>Over LIVC-R Desktop</source>
      <translation>About LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="379" />
      <source>Sneltoetsen van het hoofdvenster</source>
      <translation>Keyboard shortcuts of the main window</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="376" />
      <source>Tab / Shift+Tab</source>
      <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="102" />
      <source>Terugkoppeling aan &amp;signaalgever…</source>
      <translation>Feedback to &amp;referrer…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="58" />
      <source>Tij&amp;dlijn</source>
      <translation>T&amp;imeline</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="60" />
      <source>Tijdlijn van de gekozen casus (Ctrl+T)</source>
      <translation>Timeline of the selected case (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/next_agenda.py" line="38" />
      <source>Uw rol mag de agenda van een vergadering niet aanpassen.</source>
      <translation>Your role may not change the agenda of a meeting.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meetings_page.py" line="36" />
      <source>Ver&amp;slag…</source>
      <translation>M&amp;inutes…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meetings_page.py" line="34" />
      <source>Vergadering &amp;leiden</source>
      <translation>&amp;Run meeting</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meetings_page.py" line="54" />
      <source>Vergaderingen</source>
      <translation>Meetings</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="374" />
      <source>Volgend / vorig tabblad</source>
      <translation>Next / previous tab</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="376" />
      <source>Volgend / vorig veld</source>
      <translation>Next / previous field</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/next_agenda.py" line="41" />
      <source>Volgende agenda</source>
      <translation>Next agenda</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="105" />
      <location filename="../../livcr_desktop/views/meeting/meetings_page.py" line="38" />
      <source>Volgende agenda v&amp;ullen</source>
      <translation>Fill next a&amp;genda</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meetings_page.py" line="41" />
      <source>Zet de casussen die aan bespreking toe zijn en de nieuwe aanmeldingen op de agenda van de volgende geplande vergadering</source>
      <translation>Put the cases due for review and the new referrals on the agenda of the next planned meeting</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="91" />
      <source>Zoeken &amp;in alles</source>
      <translation>Search e&amp;verything</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="43" />
      <source>Zoeken op code, pseudoniem, status, casemanager… (Ctrl+F)</source>
      <translation>Search by code, pseudonym, status, case manager… (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/next_agenda.py" line="27" />
      <source>{n} casussen op de agenda van vergadering {number} ({date}) gezet: {codes}.</source>
      <translation>{n} cases put on the agenda of meeting {number} ({date}): {codes}.</translation>
    </message>
  </context>
  <context>
    <name>MeetingDialog</name>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="65" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="106" />
      <source>&amp;Annuleren</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="80" />
      <source>&amp;Datum:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="83" />
      <source>&amp;Plaats:</source>
      <translation>&amp;Place:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="79" />
      <source>&amp;Soort:</source>
      <translation>&amp;Type:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="84" />
      <source>&amp;Voorzitter:</source>
      <translation>C&amp;hair:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="81" />
      <source>Aa&amp;nvang:</source>
      <translation>&amp;Start time:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="82" />
      <source>D&amp;uur:</source>
      <translation>D&amp;uration:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="119" />
      <source>De agenda wordt voorgesteld: eerst de openstaande acties, dan de casussen die aan bespreking toe zijn, dan de nieuwe aanmeldingen.</source>
      <translation>The agenda is proposed: first the open actions, then the cases due for review, then the new referrals.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="123" />
      <source>Een casus die al op de agenda van een andere geplande vergadering staat, wordt niet opnieuw voorgesteld.</source>
      <translation>A case already on the agenda of another planned meeting is not proposed again.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="44" />
      <source>Nieuwe vergadering</source>
      <translation>New meeting</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="85" />
      <source>S&amp;ecretaris:</source>
      <translation>S&amp;ecretary:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="114" />
      <source>Uitgenodigd: de leden van het kernteam. De agenda wordt voorgesteld: eerst de openstaande acties, dan de nieuwe aanmeldingen en de dringende casussen.</source>
      <translation>Invited: the members of the core team. The agenda is proposed: first the open actions, then the new referrals and the urgent cases.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="105" />
      <source>Vergadering p&amp;lannen</source>
      <translation>Plan &amp;meeting</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="74" />
      <source>— geen —</source>
      <translation>— none —</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="73" />
      <source>— kies —</source>
      <translation>— choose —</translation>
    </message>
  </context>
  <context>
    <name>MeetingModels</name>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="219" />
      <source>Aanwezigheid</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="347" />
      <source>Actie</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="275" />
      <source>Bezorgdheid
(vorige → nu)</source>
      <translation>Concern
(last → now)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="346" />
      <source>Casus</source>
      <translation>Case</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="69" />
      <source>Casus: {label}</source>
      <translation>Case: {label}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="376" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="350" />
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="342" />
      <source>Deadline verstreken</source>
      <translation>Deadline passed</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="348" />
      <source>Eigenaar</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="226" />
      <source>Geheimhouding</source>
      <translation>Confidentiality</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="274" />
      <source>Levensdomein</source>
      <translation>Life domain</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="217" />
      <source>Lid</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="68" />
      <source>Nieuw: {label}</source>
      <translation>New: {label}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="374" />
      <source>Nummer</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="62" />
      <source>Opvolging openstaande acties</source>
      <translation>Review of open actions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="216" />
      <source>Organisatie</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="380" />
      <source>Plaats</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="378" />
      <source>Soort</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="352" />
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="379" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="224" />
      <source>Uitgenodigd voor</source>
      <translation>Invited for</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="349" />
      <source>Verantwoordelijke</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="320" />
      <source>[beroepsgeheim]</source>
      <translation>[professional secrecy]</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="324" />
      <source>[bevestigd]</source>
      <translation>[confirmed]</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="322" />
      <source>[niet projecteren]</source>
      <translation>[do not project]</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="211" />
      <source>bevestigd om {time}</source>
      <translation>confirmed at {time}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="204" />
      <source>hele vergadering</source>
      <translation>whole meeting</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="212" />
      <source>nog niet</source>
      <translation>not yet</translation>
    </message>
  </context>
  <context>
    <name>MeetingPages</name>
    <message>
      <location filename="../../livcr_desktop/views/meeting/review_page.py" line="68" />
      <source>&amp;Afgerond</source>
      <translation>&amp;Completed</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/invite_dialog.py" line="103" />
      <source>&amp;Casussen (Spatie vinkt aan; geen enkele: de hele vergadering):</source>
      <translation>&amp;Cases (Space ticks; none: the whole meeting):</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="130" />
      <source>&amp;Casussen van de genodigde…</source>
      <translation>Ca&amp;ses of the invitee…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/invite_dialog.py" line="87" />
      <source>&amp;Lid:</source>
      <translation>&amp;Member:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/review_page.py" line="70" />
      <source>&amp;Lopend</source>
      <translation>&amp;In progress</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/review_page.py" line="69" />
      <source>&amp;Niet uitgevoerd</source>
      <translation>&amp;Not carried out</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="86" />
      <source>&amp;in verslag</source>
      <translation>&amp;in minutes</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="82" />
      <source>&amp;niet projecteren ({keys})</source>
      <translation>do &amp;not project ({keys})</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="42" />
      <source>0 geen/onbekend</source>
      <translation>0 none/unknown</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="42" />
      <source>1 laag</source>
      <translation>1 low</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="42" />
      <source>2 matig</source>
      <translation>2 moderate</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="42" />
      <source>3 hoog</source>
      <translation>3 high</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="80" />
      <source>Aanwezigheid en geheimhouding</source>
      <translation>Attendance and confidentiality</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="91" />
      <source>Aanwezigheidslijst</source>
      <translation>Attendance list</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="96" />
      <source>Actie toevoegen</source>
      <translation>Add action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="93" />
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="126" />
      <source>Beroeps&amp;geheim</source>
      <translation>Professional &amp;secrecy</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="95" />
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="128" />
      <source>Beroepsgeheim</source>
      <translation>Professional secrecy</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="96" />
      <source>Beroepsgeheim &amp;opgeheven met akkoord van:</source>
      <translation>Secrecy lifted with the a&amp;greement of:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="98" />
      <source>Beroepsgeheim opgeheven met akkoord van</source>
      <translation>Professional secrecy lifted with the agreement of</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="56" />
      <source>Beschermende factoren</source>
      <translation>Protective factors</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="59" />
      <source>Beschermende factoren:</source>
      <translation>Protective factors:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="65" />
      <source>Beslissing</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="130" />
      <source>Beslissing vast&amp;leggen</source>
      <translation>&amp;Record decision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="41" />
      <source>Bezorgdheid</source>
      <translation>Concern</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="49" />
      <source>Bezorgdheid:</source>
      <translation>Concern:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/case_page.py" line="82" />
      <source>Bij&amp;drage</source>
      <translation>&amp;Contribution</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="78" />
      <source>Bijdrage</source>
      <translation>Contribution</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/case_page.py" line="147" />
      <source>Casus {code}{pseudo} — {status}</source>
      <translation>Case {code}{pseudo} — {status}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/invite_dialog.py" line="73" />
      <source>Casussen van de genodigde</source>
      <translation>Cases of the invitee</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/invite_dialog.py" line="92" />
      <source>Casussen waarvoor het lid uitgenodigd is</source>
      <translation>Cases the member is invited for</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/invite_dialog.py" line="142" />
      <source>Casussen: een uitnodiging kan alleen voor een casus op de agenda van deze vergadering.</source>
      <translation>Cases: an invitation can only be for a case on the agenda of this meeting.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="159" />
      <source>De actie volgt uit een feit onder beroepsgeheim: ze verlaat de cel nooit.</source>
      <translation>The action follows from a fact under professional secrecy: it never leaves the cell.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="129" />
      <source>De beslissing herhaalt een feit onder beroepsgeheim: ze verlaat de cel nooit.</source>
      <translation>The decision repeats a fact under professional secrecy: it never leaves the cell.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="88" />
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/case_page.py" line="83" />
      <source>Do&amp;mein</source>
      <translation>D&amp;omain</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="104" />
      <source>Domein:</source>
      <translation>Domain:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="92" />
      <source>Doorverwezen naar</source>
      <translation>Referred onward to</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="153" />
      <source>Doorverwezen naar:</source>
      <translation>Referred onward to:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="157" />
      <source>Een actie van een organisatie met beroepsgeheim is altijd beroepsgeheim: ze verlaat de cel nooit.</source>
      <translation>An action of an organisation bound by professional secrecy is always under professional secrecy: it never leaves the cell.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="79" />
      <source>Eigenaar (organisatie)</source>
      <translation>Owner (organisation)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/review_page.py" line="78" />
      <source>Er staan geen acties van vorige vergaderingen open.</source>
      <translation>No actions from previous meetings are open.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="91" />
      <source>Geen informatie / wenst niet te delen</source>
      <translation>No information / does not wish to share</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="125" />
      <source>Genodigde &amp;toevoegen…</source>
      <translation>Add &amp;invitee…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/invite_dialog.py" line="73" />
      <source>Genodigde toevoegen</source>
      <translation>Add invitee</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="56" />
      <source>Herinnering — gedeeld beroepsgeheim (art. 458ter §2 Strafwetboek). Wie aan dit casusoverleg deelneemt, is gehouden tot geheimhouding van wat hier gedeeld wordt. Niemand is verplicht te spreken; wie niets wil of mag delen, meldt dat en wordt genoteerd als 'geen informatie / wenst niet te delen'.</source>
      <translation>Reminder — shared professional secrecy (Art. 458ter §2 Criminal Code). Anyone taking part in this case meeting is bound to keep secret what is shared here. No one is obliged to speak; anyone who will not or may not share anything says so and is recorded as 'no information / does not wish to share'.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="117" />
      <source>Iedereen &amp;aanwezig en bevestigd…</source>
      <translation>Everyone present and &amp;confirmed…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="287" />
      <source>Iedereen aanwezig</source>
      <translation>Everyone present</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="192" />
      <source>In de zaal voor punt {item}: {names}</source>
      <translation>In the room for item {item}: {names}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/case_page.py" line="84" />
      <source>In&amp;schatting en beslissing</source>
      <translation>&amp;Assessment and decision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/case_page.py" line="68" />
      <source>Integrale analyse: levensdomeinen en bijdragen per organisatie</source>
      <translation>Integral assessment: life domains and contributions per organisation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/assessment_form.py" line="31" />
      <source>Integrale inschatting</source>
      <translation>Integral assessment</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="35" />
      <source>Kies een levensdomein in het rooster.</source>
      <translation>Select a life domain in the grid.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/assessment_form.py" line="41" />
      <source>Kwalificatie</source>
      <translation>Qualification</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/assessment_form.py" line="46" />
      <source>Kwalificatie:</source>
      <translation>Qualification:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="97" />
      <source>LTF (Local Task Force)</source>
      <translation>LTF (Local Task Force)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="128" />
      <source>Laatste bijdrage in deze cel verwijderen</source>
      <translation>Delete the last contribution in this cell</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="73" />
      <source>Levensdomein</source>
      <translation>Life domain</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/invite_dialog.py" line="135" />
      <source>Lid: kies een lid om uit te nodigen.</source>
      <translation>Member: choose a member to invite.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/invite_dialog.py" line="144" />
      <source>Lid: {message}</source>
      <translation>Member: {message}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="85" />
      <source>Motivering</source>
      <translation>Reasons</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="148" />
      <source>Motivering:</source>
      <translation>Reasons:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="76" />
      <source>Nieuwe actie</source>
      <translation>New action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="77" />
      <source>Nieuwe actie (Enter voegt toe)</source>
      <translation>New action (Enter adds it)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="188" />
      <source>Nog geen agendapunt gekozen.</source>
      <translation>No agenda item chosen yet.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="283" />
      <source>Nog geen beslissing voor deze casus.</source>
      <translation>No decision for this case yet.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/review_page.py" line="64" />
      <source>Nota bij de opvolging</source>
      <translation>Follow-up note</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/review_page.py" line="63" />
      <source>Nota bij de opvolging (optioneel)</source>
      <translation>Follow-up note (optional)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="108" />
      <source>Op de rij van een lid: Enter kiest de aanwezigheid, Spatie bevestigt de geheimhouding (nogmaals Spatie trekt ze in).</source>
      <translation>On a member's row: Enter chooses the presence, Space confirms confidentiality (Space again withdraws it).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/review_page.py" line="49" />
      <source>Openstaande acties</source>
      <translation>Open actions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="95" />
      <source>Opgeschaald naar</source>
      <translation>Escalated to</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="156" />
      <source>Opgeschaald naar:</source>
      <translation>Escalated to:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="335" />
      <source>Opgeschaald naar: kies de LTF of het parket.</source>
      <translation>Escalated to: choose the LTF or the public prosecutor.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="104" />
      <source>Opgeschaald sinds</source>
      <translation>Escalated since</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/review_page.py" line="43" />
      <source>Opvolging van de openstaande acties van de vorige vergaderingen</source>
      <translation>Follow-up of the open actions from previous meetings</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="70" />
      <source>Organisatie</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="102" />
      <source>Organisatie:</source>
      <translation>Organisation:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/case_page.py" line="86" />
      <source>Plan van &amp;aanpak</source>
      <translation>P&amp;lan of approach</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="63" />
      <source>Plan van aanpak</source>
      <translation>Plan of approach</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="121" />
      <source>Registreert wie nog niet geregistreerd is als aanwezig; elk aanwezig lid bevestigt de geheimhouding</source>
      <translation>Registers everyone not yet registered as present; each member present confirms confidentiality</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="52" />
      <source>Risicofactoren</source>
      <translation>Risk factors</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="58" />
      <source>Risicofactoren:</source>
      <translation>Risk factors:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/assessment_form.py" line="37" />
      <source>Samenvatting van de integrale inschatting</source>
      <translation>Summary of the integral assessment</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/assessment_form.py" line="45" />
      <source>Samenvatting:</source>
      <translation>Summary:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="78" />
      <source>Soort beslissing</source>
      <translation>Type of decision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="146" />
      <source>Soort:</source>
      <translation>Type:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="327" />
      <source>Soort: «{decision}» kan alleen voor een casus in opvolging; deze casus is {status}.</source>
      <translation>Type: “{decision}” is only possible for a case in follow-up; this case is {status}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="89" />
      <source>Toevoegen</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="281" />
      <source>Vastgelegd om {time}; wijzigingen worden meteen bewaard.</source>
      <translation>Recorded at {time}; changes are saved immediately.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="82" />
      <source>Verantwoordelijke</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="89" />
      <source>Verwachtingen tegen de volgende bespreking</source>
      <translation>Expectations for the next review</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="149" />
      <source>Verwachtingen:</source>
      <translation>Expectations:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="121" />
      <source>Volgende bespreking:</source>
      <translation>Next review:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="252" />
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="333" />
      <source>Volgende bespreking: verplicht, de casus blijft in opvolging.</source>
      <translation>Next review: required, the case stays in follow-up.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="133" />
      <source>Voor welke casussen het lid op de geselecteerde rij uitgenodigd is</source>
      <translation>Which cases the member on the selected row is invited for</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="79" />
      <source>Wat weet deze organisatie over dit domein? (Enter voegt toe)</source>
      <translation>What does this organisation know about this domain? (Enter adds it)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="206" />
      <source>Wie stemt in met het opheffen van het beroepsgeheim? Vul een naam in.</source>
      <translation>Who agrees to lift professional secrecy? Enter a name.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="47" />
      <source>afschalen</source>
      <translation>scale down</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="84" />
      <source>b&amp;evestigd</source>
      <translation>con&amp;firmed</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="80" />
      <source>beroeps&amp;geheim ({keys})</source>
      <translation>professional &amp;secrecy ({keys})</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/case_page.py" line="152" />
      <source>geen informatie / wenst niet te delen: {orgs}</source>
      <translation>no information / does not wish to share: {orgs}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="112" />
      <source>gepland</source>
      <translation>planned</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/invite_dialog.py" line="41" />
      <source>hele vergadering</source>
      <translation>whole meeting</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="54" />
      <source>opgeschaald naar {target} sinds {date}</source>
      <translation>escalated to {target} since {date}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="98" />
      <source>parket</source>
      <translation>public prosecutor</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="107" />
      <source>sinds</source>
      <translation>since</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="81" />
      <source>vorige vergadering: {lvl}</source>
      <translation>previous meeting: {lvl}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="288" />
      <source>{n} leden als aanwezig registreren; elk van hen bevestigt de geheimhouding (art. 458ter). Verontschuldigde en afwezige leden blijven zoals ze zijn.</source>
      <translation>Register {n} members as present; each of them confirms confidentiality (art. 458ter). Excused and absent members stay as they are.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="170" />
      <source>{p} aanwezig, {a} bevestigd, {e} verontschuldigd, {x} afwezig, {u} nog niet geregistreerd</source>
      <translation>{p} present, {a} confirmed, {e} excused, {x} absent, {u} not yet registered</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="78" />
      <source>— eigenaar —</source>
      <translation>— owner —</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="79" />
      <source>— kies —</source>
      <translation>— choose —</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/assessment_form.py" line="42" />
      <source>— nog niet gekwalificeerd —</source>
      <translation>— not yet qualified —</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="83" />
      <source>— verantwoordelijke —</source>
      <translation>— responsible —</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="67" />
      <source>Aanmeldingsdatum</source>
      <translation>Referral date</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="85" />
      <source>Beslissing</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="62" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="76" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="87" />
      <source>Datum van de notitie</source>
      <translation>Date of the note</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="43" />
      <source>De geboortedatum ligt na de aanmeldingsdatum.</source>
      <translation>The date of birth is after the referral date.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="184" />
      <source>De kluis kon niet geopend worden.</source>
      <translation>The vault could not be opened.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="48" />
      <source>De kluis moet minstens één voorzitter houden.</source>
      <translation>The vault must keep at least one chair.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="118" />
      <source>De kluis staat op een alleen-lezen medium: kopieer de bestanden .vault en .vault.keys naar een map waarin u kunt schrijven en open die kopie. Er is niets gewijzigd.</source>
      <translation>The vault is on a read-only medium: copy the .vault and .vault.keys files to a folder you can write to and open that copy. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="123" />
      <source>De map {folder} staat op een alleen-lezen medium: kies een andere map. Er is niets gewijzigd.</source>
      <translation>The folder {folder} is on a read-only medium: choose another folder. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="114" />
      <source>De schijf is vol: maak {megabytes} MB vrij en probeer opnieuw. Er is niets gewijzigd.</source>
      <translation>The disk is full: free {megabytes} MB and try again. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="42" />
      <source>Deze code bestaat al; kies een andere.</source>
      <translation>This code already exists; choose another.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="41" />
      <source>Deze datum ligt in de toekomst.</source>
      <translation>This date is in the future.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="45" />
      <source>Deze datum ligt in het verleden.</source>
      <translation>This date is in the past.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="40" />
      <source>Deze datum ligt vóór de aanmeldingsdatum.</source>
      <translation>This date is before the referral date.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="44" />
      <source>Deze datum ligt vóór de vergadering.</source>
      <translation>This date is before the meeting.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="155" />
      <source>Deze kluis is gemaakt met een nieuwere versie van LIVC-R Desktop. Werk de toepassing bij; de kluis is niet gewijzigd.</source>
      <translation>This vault was made with a newer version of LIVC-R Desktop. Update the application; the vault has not been changed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="182" />
      <source>Deze kluis wordt niet onthouden op deze computer.</source>
      <translation>This vault is not remembered on this computer.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="49" />
      <source>Deze tekst bevat een onzichtbaar teken dat de schrijfrichting omkeert; verwijder het.</source>
      <translation>This text holds an invisible character that reverses the writing direction; remove it.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="39" />
      <source>Deze tekst is te lang.</source>
      <translation>This text is too long.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="175" />
      <source>Dit is geen LIVC-R-kluis (geen geldig sleutelbestand ernaast).</source>
      <translation>This is not an LIVC-R vault (no valid key file next to it).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="37" />
      <source>Dit veld is verplicht.</source>
      <translation>This field is required.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="77" />
      <source>Duur</source>
      <translation>Duration</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="169" />
      <source>Een sleutel van deze kluis vraagt meer geheugen of tijd dan deze toepassing ooit instelt: het sleutelbestand werd door iemand anders gewijzigd. Herstel het uit een back-up; er werd niets geopend.</source>
      <translation>A key of this vault asks for more memory or time than this application ever sets: the key file was changed by someone else. Restore it from a backup; nothing was opened.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="83" />
      <source>Eigenaar</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="177" />
      <source>Er is op deze computer geen beveiligde sleutelopslag van het besturingssysteem beschikbaar. Gebruik de wachtwoordzin.</source>
      <translation>No secure key storage from the operating system is available on this computer. Use the passphrase.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="132" />
      <source>Er kon niet geschreven worden in de map {folder}. Er is niets gewijzigd.</source>
      <translation>Could not write in the folder {folder}. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="65" />
      <source>Familienaam</source>
      <translation>Surname</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="69" />
      <source>Fenomeen</source>
      <translation>Phenomenon</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="72" />
      <source>Functie</source>
      <translation>Function</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="66" />
      <source>Geboortedatum</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="38" />
      <source>Gebruik de vorm LIVC-2026-014 (letters, jaar, volgnummer).</source>
      <translation>Use the format LIVC-2026-014 (letters, year, sequence number).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="88" />
      <source>Gemeente of politiezone</source>
      <translation>Municipality or police zone</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="140" />
      <source>Het bestand kon niet gelezen of geschreven worden.</source>
      <translation>The file could not be read or written.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="165" />
      <source>Het databasebestand van deze kluis ontbreekt naast het sleutelbestand.</source>
      <translation>The database file of this vault is missing from beside the key file.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="160" />
      <source>Het kluisbestand is beschadigd of onvolledig en kan niet gelezen worden. Herstel een back-up; het bestand is niet gewijzigd.</source>
      <translation>The vault file is damaged or incomplete and cannot be read. Restore a backup; the file has not been changed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="61" />
      <source>Korte naam</source>
      <translation>Short name</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="90" />
      <source>Levensdomein</source>
      <translation>Life domain</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="59" />
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="60" />
      <source>Naam</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="89" />
      <source>Naam van de cel</source>
      <translation>Name of the cell</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="86" />
      <source>Notitie</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="81" />
      <source>Omschrijving</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="167" />
      <source>Op deze plaats bestaat al een kluis.</source>
      <translation>A vault already exists at this location.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="84" />
      <source>Organisatie</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="75" />
      <source>Plaats</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="63" />
      <source>Pseudoniem</source>
      <translation>Pseudonym</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="71" />
      <source>Rol</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="80" />
      <source>Samenvatting</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="70" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="46" />
      <source>Te kort (minstens 10 tekens).</source>
      <translation>Too short (at least 10 characters).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="79" />
      <source>Tekst</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="82" />
      <source>Termijn</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="74" />
      <source>Titel</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="47" />
      <source>U kunt uzelf niet verwijderen.</source>
      <translation>You cannot remove yourself.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="127" />
      <source>U mag niet schrijven in de map {folder}: vraag schrijfrechten of kies een andere map. Er is niets gewijzigd.</source>
      <translation>You may not write in the folder {folder}: ask for write access or choose another folder. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="153" />
      <source>Verkeerde wachtwoordzin. De kluis is niet geopend.</source>
      <translation>Wrong passphrase. The vault has not been opened.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="68" />
      <source>Volgende bespreking</source>
      <translation>Next review</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="64" />
      <source>Voornaam</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="78" />
      <source>Voorzitter</source>
      <translation>Chair</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="73" />
      <source>Wachtwoordzin</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="91" />
      <source>Zorgniveau</source>
      <translation>Concern level</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="106" />
      <source>{field}: {message}</source>
      <translation>{field}: {message}</translation>
    </message>
  </context>
  <context>
    <name>MinutesDialog</name>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="113" />
      <source>&amp;Afdrukvoorbeeld…</source>
      <translation>Print pre&amp;view…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="125" />
      <source>&amp;Finaliseren…</source>
      <translation>&amp;Finalise…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="132" />
      <source>&amp;Handtekening controleren…</source>
      <translation>Ve&amp;rify signature…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="127" />
      <source>&amp;Ondertekenen met certificaat (.p12)…</source>
      <translation>&amp;Sign with certificate (.p12)…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="106" />
      <source>&amp;Soort:</source>
      <translation>&amp;Type:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="86" />
      <source>1 teken kan niet afgedrukt worden: {chars}. Het verschijnt als {mark} in het verslag.</source>
      <translation>1 character cannot be printed: {chars}. It appears as {mark} in the minutes.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="84" />
      <source>Actielijst voor één organisatie</source>
      <translation>Action list for one organisation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="131" />
      <source>Adde&amp;ndum…</source>
      <translation>&amp;Addendum…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="27" />
      <source>Addendum</source>
      <translation>Addendum</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="30" />
      <source>Addendum bewaard (SHA-256 {hash}).</source>
      <translation>Addendum saved (SHA-256 {hash}).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="115" />
      <source>Af&amp;drukken…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="136" />
      <source>Beide handtekeningen staan er al.</source>
      <translation>Both signatures are already present.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="359" />
      <source>Bewaard: {path}</source>
      <translation>Saved: {path}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="94" />
      <source>Bezig met controleren…</source>
      <translation>Verifying…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="77" />
      <source>Bezig met ondertekenen…</source>
      <translation>Signing…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="33" />
      <source>Certificaat kiezen</source>
      <translation>Choose certificate</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="27" />
      <source>Correctie of aanvulling:</source>
      <translation>Correction or addition:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="33" />
      <source>De kaart vraagt een pincode. Er werd niets ondertekend.</source>
      <translation>The card asks for a PIN. Nothing was signed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="30" />
      <source>De middleware voor de kaartlezer (PKCS#11) is niet gevonden.</source>
      <translation>The middleware for the card reader (PKCS#11) was not found.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="31" />
      <source>De pincode klopt niet. Er werd niets ondertekend.</source>
      <translation>The PIN is wrong. Nothing was signed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="32" />
      <source>De pincode van de kaart is geblokkeerd. Er werd niets ondertekend.</source>
      <translation>The card's PIN is blocked. Nothing was signed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="99" />
      <source>De terugkoppelingsfiche aan de politie en de brief aan de signaalgever maakt u per casus: Opvolging &gt; Terugkoppeling aan signaalgever.</source>
      <translation>The feedback form to the police and the letter to the signal giver are made per case: Follow-up &gt; Feedback to the signal giver.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="188" />
      <source>De vergadering is nog niet afgesloten: het verslag kan nog wijzigen en nog niet gefinaliseerd worden.</source>
      <translation>The meeting is not closed yet: the minutes may still change and cannot be finalised yet.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="97" />
      <source>De vergadering is nog niet afgesloten: sluit ze eerst af in het vergadervenster.</source>
      <translation>The meeting is not closed yet: close it first in the meeting window.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="28" />
      <source>Dit certificaat is nog niet geldig. Er werd niets ondertekend.</source>
      <translation>This certificate is not yet valid. Nothing was signed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="27" />
      <source>Dit certificaat is verlopen. Er werd niets ondertekend.</source>
      <translation>This certificate has expired. Nothing was signed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="26" />
      <source>Dit is geen leesbaar PKCS#12-bestand (.p12/.pfx). Er werd niets ondertekend.</source>
      <translation>This is not a readable PKCS#12 file (.p12/.pfx). Nothing was signed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="200" />
      <source>Dit is het gefinaliseerde verslag zoals de kluis het bewaart: voorbeeld, afdrukken en opslaan geven precies dat document.</source>
      <translation>This is the finalised minutes as the vault keeps them: preview, print and save give exactly that document.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/base.py" line="85" />
      <source>Dit is mislukt ({error}).</source>
      <translation>This failed ({error}).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="99" />
      <source>Dit verslag is al gefinaliseerd; correcties worden een addendum.</source>
      <translation>These minutes are already finalised; corrections become an addendum.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="78" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/finalising.py" line="104" />
      <source>Doorgaan?</source>
      <translation>Continue?</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="95" />
      <source>Er werd niets gefinaliseerd: {reason}</source>
      <translation>Nothing was finalised: {reason}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="35" />
      <source>Er zijn meerdere kaarten of tokens: laat er één in de lezer. Er werd niets ondertekend.</source>
      <translation>There are several cards or tokens: leave only one in the reader. Nothing was signed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="123" />
      <source>Finaliseren en ondertekenen</source>
      <translation>Finalise and sign</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="103" />
      <source>Finaliseren is mislukt: {error}</source>
      <translation>Finalising failed: {error}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="152" />
      <source>GEWIJZIGD NA ONDERTEKENING</source>
      <translation>CHANGED AFTER SIGNING</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="150" />
      <source>Geen (leesbare) handtekening gevonden.</source>
      <translation>No (readable) signature found.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="29" />
      <source>Geen kaart of token gevonden. Steek de eID in de lezer en probeer opnieuw.</source>
      <translation>No card or token found. Insert the eID into the reader and try again.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="181" />
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="250" />
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="138" />
      <source>Gefinaliseerd, maar het verslag zit niet in deze kluis (bv. na een import).</source>
      <translation>Finalised, but the minutes are not in this vault (e.g. after an import).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/finalising.py" line="117" />
      <source>Gefinaliseerd. SHA-256: {hash}</source>
      <translation>Finalised. SHA-256: {hash}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="179" />
      <source>Gefinaliseerd; SHA-256 {hash}.</source>
      <translation>Finalised; SHA-256 {hash}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="196" />
      <source>Het document kon niet opgemaakt worden: {reason}</source>
      <translation>The document could not be laid out: {reason}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="276" />
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="304" />
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="340" />
      <source>Het document wordt opgemaakt…</source>
      <translation>Preparing the document…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="104" />
      <source>Het verslag kon niet opgemaakt worden ({error}): er werd niets gefinaliseerd. Meld dit aan de beheerder; het conceptverslag kan intussen nog opgeslagen worden.</source>
      <translation>The minutes could not be laid out ({error}): nothing was finalised. Report this to the administrator; the draft minutes can still be saved meanwhile.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/finalising.py" line="120" />
      <source>Het verslag wordt gefinaliseerd…</source>
      <translation>Finalising the minutes…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/finalising.py" line="76" />
      <source>Het verslag wordt nagekeken…</source>
      <translation>Checking the minutes…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="23" />
      <source>Het wachtwoord van het certificaatbestand klopt niet. Er werd niets ondertekend.</source>
      <translation>The password of the certificate file is incorrect. Nothing was signed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="93" />
      <source>Identiteiten afdrukken (wordt gelogd)</source>
      <translation>Print identities (logged)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="147" />
      <source>In de kluis: NEE — dit bestand is niet zoals het bewaard werd.</source>
      <translation>In the vault: NO — this file is not as it was saved.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="145" />
      <source>In de kluis: ja (document {id}).</source>
      <translation>In the vault: yes (document {id}).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="253" />
      <source>Kies eerst een organisatie.</source>
      <translation>Choose an organisation first.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="70" />
      <source>Let op: het PDF-bestand verlaat de versleutelde kluis. Het is NIET versleuteld en bevat informatie onder het gedeeld beroepsgeheim (art. 458ter Sw.). Bewaar het alleen op een versleutelde drager, geef het enkel persoonlijk of versleuteld door en wis het zodra het gediend heeft.</source>
      <translation>Note: the PDF file leaves the encrypted vault. It is NOT encrypted and holds information under shared professional secrecy (art. 458ter Criminal Code). Keep it only on an encrypted medium, hand it over only in person or encrypted, and delete it once it has served.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/finalising.py" line="88" />
      <source>Na het finaliseren is de vergadering vergrendeld; correcties worden een addendum.</source>
      <translation>After finalising, the meeting is locked; corrections become an addendum.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="357" />
      <source>Niet bewaard: {error}</source>
      <translation>Not saved: {error}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/base.py" line="82" />
      <source>Niet gelukt: {error}</source>
      <translation>Failed: {error}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="186" />
      <source>Nog niet gefinaliseerd: finaliseren is mislukt. {reason}</source>
      <translation>Not finalised yet: finalising failed. {reason}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="192" />
      <source>Nog niet gefinaliseerd: het verslag kan nog wijzigen (elke pagina draagt "ONTWERP").</source>
      <translation>Not finalised yet: the minutes may still change (every page carries "DRAFT").</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="108" />
      <source>O&amp;rganisatie:</source>
      <translation>&amp;Organisation:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="67" />
      <source>Ondertekend ({field}).</source>
      <translation>Signed ({field}).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="184" />
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="205" />
      <source>Ondertekend door: {who}.</source>
      <translation>Signed by: {who}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="81" />
      <source>Ondertekend verslag controleren</source>
      <translation>Verify signed minutes</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="38" />
      <source>Ondertekenen is mislukt. Er werd niets ondertekend.</source>
      <translation>Signing failed. Nothing was signed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="129" />
      <source>Ondertekenen met &amp;eID-kaart…</source>
      <translation>Sign with &amp;eID card…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="49" />
      <source>Ondertekenen met eID-kaart</source>
      <translation>Sign with eID card</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="43" />
      <source>Oordeel: NIET in orde (geen leesbare handtekening).</source>
      <translation>Verdict: NOT OK (no readable signature).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="44" />
      <source>Oordeel: NIET in orde (gewijzigd na ondertekening).</source>
      <translation>Verdict: NOT OK (changed after signing).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="46" />
      <source>Oordeel: NIET in orde (niet in de kluis).</source>
      <translation>Verdict: NOT OK (not in the vault).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="45" />
      <source>Oordeel: NIET in orde (ondertekenaar niet vertrouwd).</source>
      <translation>Verdict: NOT OK (signer not trusted).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="42" />
      <source>Oordeel: in orde.</source>
      <translation>Verdict: OK.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="34" />
      <source>Op de kaart of token staat geen handtekeningsleutel. Er werd niets ondertekend.</source>
      <translation>The card or token holds no signing key. Nothing was signed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="117" />
      <source>Opslaan als &amp;PDF…</source>
      <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="347" />
      <source>Opslaan als PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="331" />
      <source>Opslaan buiten de kluis</source>
      <translation>Save outside the vault</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="347" />
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="81" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="50" />
      <source>PKCS#11-bibliotheek van de eID-middleware (de pincode vraagt de middleware zelf):</source>
      <translation>PKCS#11 library of the eID middleware (the middleware asks for the PIN itself):</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="33" />
      <source>PKCS#12 (*.p12 *.pfx)</source>
      <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/finalising.py" line="92" />
      <source>Tekens die niet afgedrukt worden</source>
      <translation>Characters that will not print</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/finalising.py" line="98" />
      <source>Toch &amp;finaliseren</source>
      <translation>&amp;Finalise anyway</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/finalising.py" line="93" />
      <source>Toch finaliseren?</source>
      <translation>Finalise anyway?</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/base.py" line="80" />
      <source>Uw rol laat dit niet toe.</source>
      <translation>Your role does not allow this.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="101" />
      <source>Uw rol laat finaliseren niet toe (enkel voorzitter en secretaris).</source>
      <translation>Your role does not allow finalising (only the chair and the secretary).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/finalising.py" line="104" />
      <source>Verslag finaliseren</source>
      <translation>Finalise minutes</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="70" />
      <source>Verslag van vergadering {number}</source>
      <translation>Minutes of meeting {number}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="83" />
      <source>Volledig verslag (archief van de cel)</source>
      <translation>Full minutes (the cell's archive)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="37" />
      <source>Wachtwoord</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="37" />
      <source>Wachtwoord van het certificaatbestand:</source>
      <translation>Password of the certificate file:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="84" />
      <source>en {count} andere</source>
      <translation>and {count} more</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="154" />
      <source>ondertekenaar niet vertrouwd</source>
      <translation>signer not trusted</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="152" />
      <source>ongewijzigd sinds ondertekening</source>
      <translation>unchanged since signing</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="154" />
      <source>vertrouwde ondertekenaar</source>
      <translation>trusted signer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="88" />
      <source>{count} tekens kunnen niet afgedrukt worden: {chars}. Ze verschijnen als {mark} in het verslag.</source>
      <translation>{count} characters cannot be printed: {chars}. They appear as {mark} in the minutes.</translation>
    </message>
  </context>
  <context>
    <name>NotesPage</name>
    <message>
      <location filename="../../livcr_desktop/views/cases/notes_page.py" line="53" />
      <source>&amp;Datum:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/notes_page.py" line="44" />
      <source>&amp;Nota's:</source>
      <translation>&amp;Notes:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/notes_page.py" line="49" />
      <source>&amp;Soort:</source>
      <translation>&amp;Type:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/notes_page.py" line="59" />
      <source>&amp;Tekst:</source>
      <translation>Te&amp;xt:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/notes_page.py" line="83" />
      <source>Bewaar de casus eerst; daarna kunt u nota's toevoegen.</source>
      <translation>Save the case first; then you can add notes.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/notes_page.py" line="50" />
      <source>Datum van de nota</source>
      <translation>Date of the note</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/notes_page.py" line="60" />
      <source>Nota toe&amp;voegen</source>
      <translation>&amp;Add note</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/notes_page.py" line="42" />
      <source>Nota's van de casemanager</source>
      <translation>Case manager's notes</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/notes_page.py" line="47" />
      <source>Soort nota</source>
      <translation>Type of note</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/notes_page.py" line="56" />
      <source>Tekst van de nota</source>
      <translation>Text of the note</translation>
    </message>
  </context>
  <context>
    <name>OutgoingMessages</name>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="34" />
      <source>De cel heeft nog niet beslist over deze casus: er is nog niets mee te delen.</source>
      <translation>The cell has not yet decided on this case: there is nothing to communicate yet.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="26" />
      <source>De fiche werd al geproduceerd: de tekst en de akkoorden wijzigen niet meer.</source>
      <translation>The form has already been produced: the text and the agreements no longer change.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="27" />
      <source>De signaalgever koos voor anonimiteit: er gaat geen brief uit.</source>
      <translation>The referrer chose anonymity: no letter is sent.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="16" />
      <source>Deze casus stond niet op die vergadering. Er is niets gemaakt.</source>
      <translation>This case was not on that meeting. Nothing has been created.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="18" />
      <source>Dit lid is niet aanwezig voor deze casus en kan dus niet akkoord gaan. Er is niets gewijzigd.</source>
      <translation>This member is not present for this case and so cannot agree. Nothing has been changed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="28" />
      <source>Er is geen signaalgever gekend (geen naam en geen aanmeldende organisatie): er gaat geen brief uit.</source>
      <translation>No signal giver is known (no name and no referring organisation): no letter is sent.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="17" />
      <source>Er is nog geen fiche voor deze casus op die vergadering: bewaar eerst de tekst.</source>
      <translation>There is no form yet for this case at that meeting: save the text first.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="25" />
      <source>Niemand is aanwezig voor deze casus: niemand kan akkoord gaan.</source>
      <translation>Nobody is present for this case: nobody can agree.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="21" />
      <source>Nog niet alle leden die aanwezig zijn voor deze casus gingen akkoord met deze tekst. De fiche wordt niet gemaakt.</source>
      <translation>Not all members present for this case have agreed to this text yet. The form is not created.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="35" />
      <source>Uw rol mag dit niet. Er is niets gewijzigd.</source>
      <translation>Your role may not do this. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="31" />
      <source>Van de signaalgever zijn geen contactgegevens gekend: er gaat geen brief uit.</source>
      <translation>The referrer's contact details are not known: no letter is sent.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseFields</name>
    <message>
      <location filename="../../livcr_desktop/views/widgets/passphrase.py" line="46" />
      <source>Redelijk: nog een woord maakt ze sterk.</source>
      <translation>Fair: one more word makes it strong.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/passphrase.py" line="47" />
      <source>Sterk.</source>
      <translation>Strong.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/passphrase.py" line="104" />
      <source>Sterkte van de wachtwoordzin</source>
      <translation>Passphrase strength</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/passphrase.py" line="42" />
      <source>Te kort: minstens {n} tekens. Een zin van vier of meer woorden is sterk en makkelijk te onthouden.</source>
      <translation>Too short: at least {n} characters. A sentence of four or more words is strong and easy to remember.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/passphrase.py" line="48" />
      <source>Zeer sterk.</source>
      <translation>Very strong.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/passphrase.py" line="45" />
      <source>Zwak: maak ze langer of voeg woorden toe.</source>
      <translation>Weak: make it longer or add words.</translation>
    </message>
  </context>
  <context>
    <name>PersonPage</name>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="51" />
      <source>&amp;Geïnformeerd op</source>
      <translation>&amp;Informed on</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="90" />
      <source>&amp;Koppelen</source>
      <translation>Lin&amp;k</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="59" />
      <source>&amp;Reden niet geïnformeerd (bv. lopend onderzoek):</source>
      <translation>Reason &amp;not informed (e.g. ongoing investigation):</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="84" />
      <source>&amp;Soort koppeling:</source>
      <translation>Link &amp;type:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="69" />
      <source>&amp;Toestemming ouders (minderjarige):</source>
      <translation>&amp;Parental consent (minor):</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="64" />
      <source>&amp;Vrijwillige deelname:</source>
      <translation>&amp;Voluntary participation:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="147" />
      <source>Bewaar de casus eerst; daarna kunt u ze koppelen.</source>
      <translation>Save the case first; then you can link them.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="75" />
      <source>Gekoppelde &amp;casussen:</source>
      <translation>&amp;Linked cases:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="73" />
      <source>Gekoppelde casussen</source>
      <translation>Linked cases</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="55" />
      <source>Geïnformeerd &amp;door:</source>
      <translation>Informed &amp;by:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="54" />
      <source>Geïnformeerd door</source>
      <translation>Informed by</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="79" />
      <source>Koppel &amp;met:</source>
      <translation>Link &amp;with:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="78" />
      <source>Koppel met casus</source>
      <translation>Link with case</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="92" />
      <source>Koppeling &amp;wissen</source>
      <translation>&amp;Delete link</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="58" />
      <source>Reden niet geïnformeerd</source>
      <translation>Reason not informed</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="82" />
      <source>Soort koppeling</source>
      <translation>Link type</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="88" />
      <source>Toelic&amp;hting:</source>
      <translation>E&amp;xplanation:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="87" />
      <source>Toelichting koppeling</source>
      <translation>Explanation of the link</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="67" />
      <source>Toestemming ouders (minderjarige)</source>
      <translation>Parental consent (minor)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="62" />
      <source>Vrijwillige deelname</source>
      <translation>Voluntary participation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="159" />
      <source>— kies een casus —</source>
      <translation>— choose a case —</translation>
    </message>
  </context>
  <context>
    <name>Projector</name>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="99" />
      <source>, geboren {date}</source>
      <translation>, born {date}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="123" />
      <source>1 actie van een casus zonder genodigden niet geprojecteerd</source>
      <translation>1 action of a case without invitees not projected</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="28" />
      <source>1 bijdrage niet geprojecteerd</source>
      <translation>1 contribution not projected</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="75" />
      <source>Aan (F5)</source>
      <translation>On (F5)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="322" />
      <source>Aan op {screen} ({how})</source>
      <translation>On: {screen} ({how})</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/audience_models.py" line="143" />
      <source>Actie</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/audience_models.py" line="44" />
      <location filename="../../livcr_desktop/views/projector/audience_window.py" line="96" />
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="184" />
      <source>Akkoord met deze tekst: {agreed} van {total} aanwezige leden.</source>
      <translation>Agreed to this text: {agreed} of {total} members present.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/panel.py" line="111" />
      <source>Automatisch (ander scherm dan de voorzitter)</source>
      <translation>Automatic (a screen other than the chair's)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="329" />
      <source>BEVROREN</source>
      <translation>FROZEN</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="140" />
      <source>Beslissing (in opmaak): {kind}</source>
      <translation>Decision (draft): {kind}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="140" />
      <source>Beslissing: {kind}</source>
      <translation>Decision: {kind}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="77" />
      <source>Bevriezen</source>
      <translation>Freeze</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/audience_models.py" line="148" />
      <source>Casus</source>
      <translation>Case</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="53" />
      <source>Casus {case}</source>
      <translation>Case {case}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="161" />
      <source>Contactpunt: {text}</source>
      <translation>Contact point: {text}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="162" />
      <source>Datum: {date}</source>
      <translation>Date: {date}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="167" />
      <source>De cel volgt de casus niet op.</source>
      <translation>The cell does not follow the case up.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="167" />
      <source>De cel volgt de casus op.</source>
      <translation>The cell follows the case up.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/reveal_prompt.py" line="26" />
      <source>De naam en geboortedatum van deze casus worden op de projector getoond, voor iedereen in de zaal. Dit wordt in het auditlog vastgelegd. Ze verdwijnen bij het volgende agendapunt.

Identiteit tonen?</source>
      <translation>The name and date of birth of this case will be shown on the projector, for everyone in the room. This is recorded in the audit log. They disappear at the next agenda item.

Show identity?</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="80" />
      <source>De vergadering begint zo</source>
      <translation>The meeting will start shortly</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/audience_models.py" line="145" />
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="147" />
      <source>Doorverwezen naar: {text}</source>
      <translation>Referred onward to: {text}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/audience_models.py" line="144" />
      <source>Eigenaar</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="134" />
      <source>Er staan geen acties van vorige vergaderingen open.</source>
      <translation>No actions from previous meetings are open.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="113" />
      <source>Geen informatie / wenst niet te delen: {orgs}</source>
      <translation>No information / does not wish to share: {orgs}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="181" />
      <source>Geproduceerd.</source>
      <translation>Produced.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="336" />
      <source>IDENTITEIT ZICHTBAAR</source>
      <translation>IDENTITY VISIBLE</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/reveal_prompt.py" line="16" />
      <source>Identiteit tonen</source>
      <translation>Show identity</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/reveal_prompt.py" line="25" />
      <source>Identiteit tonen op de projector</source>
      <translation>Show identity on the projector</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="80" />
      <source>Identiteit tonen op de projector…</source>
      <translation>Show identity on the projector…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="97" />
      <source>Identiteit, getoond door de voorzitter: {name}</source>
      <translation>Identity, shown by the chair: {name}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="80" />
      <source>Identiteit…</source>
      <translation>Identity…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="106" />
      <source>Kwalificatie: {q}</source>
      <translation>Qualification: {q}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/audience_models.py" line="102" />
      <source>Levensdomein</source>
      <translation>Life domain</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="143" />
      <source>Motivering: {text}</source>
      <translation>Reasons: {text}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="52" />
      <source>Nieuwe aanmelding {case}</source>
      <translation>New referral {case}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/audience_models.py" line="103" />
      <source>Niveau</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="132" />
      <source>Nog geen bijdragen.</source>
      <translation>No contributions yet.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="149" />
      <source>Opgeschaald naar: {text}</source>
      <translation>Escalated to: {text}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="65" />
      <location filename="../../livcr_desktop/views/projector/texts.py" line="82" />
      <source>Opvolging openstaande acties</source>
      <translation>Review of open actions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/audience_window.py" line="48" />
      <source>Projectie — LIVC-R Desktop</source>
      <translation>Projection — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="75" />
      <source>Projector aan</source>
      <translation>Projector on</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="77" />
      <source>Projector bevriezen</source>
      <translation>Freeze projector</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="317" />
      <source>Projector uit (voorbeeld)</source>
      <translation>Projector off (preview)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="78" />
      <source>Projector volgt de voorzitter</source>
      <translation>Projector follows the chair</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="76" />
      <source>Projector zwart</source>
      <translation>Blank projector</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="90" />
      <source>Projector: volgende pagina</source>
      <translation>Projector: next page</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="93" />
      <source>Projector: vorige pagina</source>
      <translation>Projector: previous page</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="83" />
      <source>Projectortekst groter</source>
      <translation>Projector text larger</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="85" />
      <source>Projectortekst kleiner</source>
      <translation>Projector text smaller</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="87" />
      <source>Projectortekst normaal</source>
      <translation>Projector text normal</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="158" />
      <source>Referentie voor de politie: {text}</source>
      <translation>Reference for the police: {text}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="160" />
      <source>Richting van de aanpak: {text}</source>
      <translation>Direction of the approach: {text}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="286" />
      <source>Scherm '{name}' is weg: de projectie staat in een venster.</source>
      <translation>Screen '{name}' is gone: the projection is shown in a window.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/panel.py" line="59" />
      <source>Scherm van de projector</source>
      <translation>Projector screen</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/audience_models.py" line="146" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="175" />
      <source>Terugkoppelingsfiche aan de politie (ontwerp)</source>
      <translation>Feedback form to the police (draft)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/reveal_prompt.py" line="17" />
      <source>Van deze casus is geen identiteit gekend: er is niets te tonen.</source>
      <translation>No identity is known for this case: there is nothing to show.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="145" />
      <source>Verwachtingen: {text}</source>
      <translation>Expectations: {text}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="78" />
      <source>Volgen</source>
      <translation>Follow</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="151" />
      <source>Volgende bespreking: {date}</source>
      <translation>Next review: {date}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/panel.py" line="34" />
      <source>Voorbeeld van de projector</source>
      <translation>Projector preview</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="130" />
      <source>Wie niet voor deze casus uitgenodigd is, is aanwezig: er wordt niets geprojecteerd.</source>
      <translation>Someone not invited for this case is present: nothing is projected.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="327" />
      <source>ZWART</source>
      <translation>BLANK</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="76" />
      <source>Zwart (B)</source>
      <translation>Blank (B)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="332" />
      <source>blijft op punt {n}</source>
      <translation>stays on item {n}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="58" />
      <source>casus — zonder genodigden</source>
      <translation>case — without invitees</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="340" />
      <source>pagina {page}/{pages} (Ctrl+Shift+PgDown)</source>
      <translation>page {page}/{pages} (Ctrl+Shift+PgDown)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/screens.py" line="25" />
      <source>scherm {n} '{name}', {w}×{h}</source>
      <translation>screen {n} '{name}', {w}×{h}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="337" />
      <source>tekst {pct}%</source>
      <translation>text {pct}%</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="323" />
      <source>venster</source>
      <translation>window</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="334" />
      <source>volgt de voorzitter</source>
      <translation>follows the chair</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="323" />
      <source>volledig scherm</source>
      <translation>full screen</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="73" />
      <source>{kind} {number}</source>
      <translation>{kind} {number}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="124" />
      <source>{n} acties van casussen zonder genodigden niet geprojecteerd</source>
      <translation>{n} actions of cases without invitees not projected</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="29" />
      <source>{n} bijdragen niet geprojecteerd</source>
      <translation>{n} contributions not projected</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/agenda_fit.py" line="23" />
      <source>… 1 eerder punt</source>
      <translation>… 1 earlier item</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/agenda_fit.py" line="27" />
      <source>… 1 punt meer</source>
      <translation>… 1 more item</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/agenda_fit.py" line="23" />
      <source>… {n} eerdere punten</source>
      <translation>… {n} earlier items</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/agenda_fit.py" line="27" />
      <source>… {n} punten meer</source>
      <translation>… {n} more items</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="100" />
      <source>&amp;Zoeken:</source>
      <translation>&amp;Search:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="37" />
      <source>Actie</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="36" />
      <source>Beslissing</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="35" />
      <source>Bijdrage</source>
      <translation>Contribution</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="75" />
      <source>Bijdrage onder beroepsgeheim, niet te projecteren of niet in het verslag: enkel zichtbaar voor wie vergaderingen leidt.</source>
      <translation>Contribution under professional secrecy, not to be projected or not in the minutes: only visible to those who run meetings.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="34" />
      <source>Casus</source>
      <translation>Case</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="139" />
      <source>Niets gevonden.</source>
      <translation>Nothing found.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="136" />
      <source>Treffers: {n} ({ms} ms)</source>
      <translation>Hits: {n} ({ms} ms)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="99" />
      <source>Volledige tekst zoeken</source>
      <translation>Full-text search</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="97" />
      <source>Zoek in casussen, bijdragen, beslissingen en acties…</source>
      <translation>Search cases, contributions, decisions and actions…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="108" />
      <source>Zoekresultaten</source>
      <translation>Search results</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="70" />
      <source>[afgeschermd]</source>
      <translation>[restricted]</translation>
    </message>
  </context>
  <context>
    <name>SessionLock</name>
    <message>
      <location filename="../../livcr_desktop/views/vault/lock.py" line="152" />
      <source>De sessie is vergrendeld. Geef uw wachtwoordzin om verder te werken waar u was.</source>
      <translation>The session is locked. Enter your passphrase to continue where you left off.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/lock.py" line="155" />
      <source>Vergrendeld — LIVC-R Desktop</source>
      <translation>Locked — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/lock.py" line="63" />
      <source>Vergrendelen</source>
      <translation>Lock</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="74" />
      <source>"{key}" staat er twee keer in.</source>
      <translation>"{key}" appears twice.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="183" />
      <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="154" />
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="233" />
      <source>Alleen de voorzitter kan de instellingen wijzigen.</source>
      <translation>Only the chair can change the settings.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="145" />
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="144" />
      <source>Bewaren</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="68" />
      <source>De afbeelding is groter dan 512 KB.</source>
      <translation>The image is larger than 512 KB.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="203" />
      <source>Deze afbeelding kan niet gelezen worden.</source>
      <translation>This image cannot be read.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="289" />
      <source>Deze naam is te lang (hoogstens {n} tekens).</source>
      <translation>This name is too long (at most {n} characters).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="56" />
      <source>Deze tekst is te lang (hoogstens {n} tekens).</source>
      <translation>This text is too long (at most {n} characters).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="66" />
      <source>Dit is geen PNG- of JPEG-afbeelding.</source>
      <translation>This is not a PNG or JPEG image.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="54" />
      <source>Dit veld is verplicht.</source>
      <translation>This field is required.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="76" />
      <source>Er moet minstens één levensdomein zijn.</source>
      <translation>There must be at least one life domain.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="54" />
      <source>Geef een naam op.</source>
      <translation>Enter a name.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="92" />
      <source>Instellingen van de cel</source>
      <translation>Cell settings</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="194" />
      <source>Kan het bestand niet lezen: {error}</source>
      <translation>Cannot read the file: {error}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="64" />
      <source>Kies een van de mogelijkheden.</source>
      <translation>Choose one of the options.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="146" />
      <source>Kiezen…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="278" />
      <source>Levensdomein toevoegen</source>
      <translation>Add life domain</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="223" />
      <source>Levensdomeinen, in volgorde</source>
      <translation>Life domains, in order</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="183" />
      <source>Logo kiezen</source>
      <translation>Choose logo</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="278" />
      <source>Naam van het domein:</source>
      <translation>Name of the domain:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="230" />
      <source>Niet bewaard: verbeter de aangeduide velden.</source>
      <translation>Not saved: correct the marked fields.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="229" />
      <source>Omhoog</source>
      <translation>Up</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="230" />
      <source>Omlaag</source>
      <translation>Down</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="80" />
      <source>Onbekende instelling.</source>
      <translation>Unknown setting.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="70" />
      <source>Ongeldige sleutel "{key}": gebruik a-z, 0-9 en _ (2 tot 40 tekens, eerst een letter).</source>
      <translation>Invalid key "{key}": use a-z, 0-9 and _ (2 to 40 characters, starting with a letter).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="81" />
      <source>Ongeldige waarde.</source>
      <translation>Invalid value.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="231" />
      <source>Standaardrooster</source>
      <translation>Default grid</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="62" />
      <source>Te groot: hoogstens {n}.</source>
      <translation>Too large: at most {n}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="60" />
      <source>Te klein: minstens {n}.</source>
      <translation>Too small: at least {n}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="78" />
      <source>Te veel: hoogstens {n}.</source>
      <translation>Too many: at most {n}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="227" />
      <source>Toevoegen…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="148" />
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="228" />
      <source>Verwijderen</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="169" />
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="170" />
      <source>geen logo</source>
      <translation>no logo</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="178" />
      <source>logo, {w} × {h} pixels</source>
      <translation>logo, {w} × {h} pixels</translation>
    </message>
  </context>
  <context>
    <name>ShortcutHelp</name>
    <message>
      <location filename="../../livcr_desktop/views/widgets/shortcut_help.py" line="55" />
      <source>Sluiten</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/shortcut_help.py" line="46" />
      <source>Sneltoetsen</source>
      <translation>Keyboard shortcuts</translation>
    </message>
  </context>
  <context>
    <name>Sparkline</name>
    <message>
      <location filename="../../livcr_desktop/views/widgets/sparkline.py" line="50" />
      <source>{title}: bezorgdheid {values}</source>
      <translation>{title}: concern {values}</translation>
    </message>
  </context>
  <context>
    <name>StatisticsView</name>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="99" />
      <source>&amp;Jaarverslag…</source>
      <translation>A&amp;nnual report…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="77" />
      <source>&amp;Periode:</source>
      <translation>&amp;Period:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="49" />
      <source>12–17</source>
      <translation>12–17</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="50" />
      <source>18–24</source>
      <translation>18–24</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="51" />
      <source>25–34</source>
      <translation>25–34</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="52" />
      <source>35 en ouder</source>
      <translation>35 and over</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="51" />
      <source>&lt;3 dossiers</source>
      <translation>&lt;3 cases</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="39" />
      <source>Aanmeldingen</source>
      <translation>Referrals</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="25" />
      <source>Aanmeldingen per kwartaal</source>
      <translation>Referrals per quarter</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="85" />
      <source>Aantal</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="32" />
      <source>Acties afgesproken</source>
      <translation>Actions agreed</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="33" />
      <source>Acties open</source>
      <translation>Actions open</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="34" />
      <source>Acties over tijd</source>
      <translation>Actions overdue</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="41" />
      <source>Adviesvragen (geen casus)</source>
      <translation>Advice requests (not cases)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="83" />
      <source>Andere periode…</source>
      <translation>Other period…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="270" />
      <source>Bewaard: {path}</source>
      <translation>Saved: {path}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="260" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="95" />
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="259" />
      <source>CSV exporteren</source>
      <translation>Export CSV</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="83" />
      <source>Categorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="216" />
      <source>De periode eindigt vóór ze begint.</source>
      <translation>The period ends before it begins.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="48" />
      <source>Dossiers met een beslissing</source>
      <translation>Cases with a decision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="26" />
      <source>Fenomeen</source>
      <translation>Phenomenon</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="117" />
      <source>Geen persoonsgegevens, enkel aantallen. Aantallen van 1 of 2 staan als "&lt;3" (gearceerd); waar zo'n aantal uit het totaal af te leiden is, is ook een tweede aantal verborgen ("≥3"). Status, uitkomst en openstaande acties: stand van vandaag.</source>
      <translation>No personal data, only counts. Counts of 1 or 2 are shown as "&lt;3" (shaded); where such a count could be worked out from the total, a second count is hidden as well ("≥3"). Status, outcome and open actions: as of today.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="51" />
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="54" />
      <source>Gemiddeld aantal dagen tot eerste beslissing</source>
      <translation>Average number of days to first decision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="30" />
      <source>Huidige status</source>
      <translation>Current status</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="27" />
      <source>Ideologie</source>
      <translation>Ideology</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="101" />
      <source>Jaarverslag voor de burgemeester en de stuurgroep (PDF of CSV)</source>
      <translation>Annual report for the mayor and the steering group (PDF or CSV)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="38" />
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="150" />
      <source>Kerncijfers</source>
      <translation>Key figures</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="64" />
      <source>K{q} {year}</source>
      <translation>Q{q} {year}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="29" />
      <source>Leeftijd bij aanmelding</source>
      <translation>Age at referral</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="55" />
      <source>Mediaan aantal dagen tot eerste beslissing</source>
      <translation>Median number of days to first decision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="268" />
      <source>Niet bewaard: {error}</source>
      <translation>Not saved: {error}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="134" />
      <source>Open acties en acties over tijd, per organisatie</source>
      <translation>Open and overdue actions, per organisation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="260" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="97" />
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="259" />
      <source>PDF exporteren</source>
      <translation>Export PDF</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="28" />
      <source>Sector van de signaalgever</source>
      <translation>Referrer sector</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="72" />
      <source>Statistiek LIVC-R — geen persoonsgegevens</source>
      <translation>LIVC-R statistics — no personal data</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="87" />
      <source>Tot en met</source>
      <translation>Up to and including</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="62" />
      <source>Totaal</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="31" />
      <source>Uitkomst (laatste beslissing)</source>
      <translation>Outcome (latest decision)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="87" />
      <source>Van</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="69" />
      <source>Verborgen zodat niemand herkenbaar is: "&lt;3" is 1 of 2, "≥3" is verborgen zodat een klein aantal niet uit het totaal af te leiden is.</source>
      <translation>Hidden so that no one can be identified: "&lt;3" means 1 or 2; "≥3" is hidden so that a small count cannot be worked out from the total.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="238" />
      <source>aantal</source>
      <translation>count</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="40" />
      <source>afgesproken</source>
      <translation>agreed</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="99" />
      <source>gemiddeld {mean} dagen tot de eerste beslissing (mediaan {median}; {n} dossiers)</source>
      <translation>on average {mean} days to the first decision (median {median}; {n} cases)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="48" />
      <source>jonger dan 12</source>
      <translation>under 12</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="53" />
      <source>minderjarig, leeftijd onbekend</source>
      <translation>minor, age unknown</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="68" />
      <source>niet opgegeven</source>
      <translation>not given</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="70" />
      <source>nog geen beslissing</source>
      <translation>no decision yet</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="54" />
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="68" />
      <source>onbekend</source>
      <translation>unknown</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="41" />
      <source>open</source>
      <translation>open</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="42" />
      <source>over tijd</source>
      <translation>overdue</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="252" />
      <source>statistiek-{period}</source>
      <translation>statistics-{period}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="98" />
      <source>tijd tot eerste beslissing: &lt;3 dossiers</source>
      <translation>time to first decision: &lt;3 cases</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="94" />
      <source>tot en met</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="223" />
      <source>{n} aanmeldingen · {days}</source>
      <translation>{n} referrals · {days}</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <location filename="../../livcr_desktop/views/meeting/undo_commands.py" line="115" />
      <source>actie toevoegen</source>
      <translation>add action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/undo_commands.py" line="138" />
      <source>actiestatus wijzigen</source>
      <translation>change action status</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/undo_commands.py" line="159" />
      <source>beslissing vastleggen</source>
      <translation>record decision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/undo_commands.py" line="102" />
      <source>bezorgdheid wijzigen</source>
      <translation>change concern level</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/undo_commands.py" line="63" />
      <source>bijdrage toevoegen</source>
      <translation>add contribution</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/undo_commands.py" line="78" />
      <source>bijdrage verwijderen</source>
      <translation>delete contribution</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/undo_commands.py" line="145" />
      <source>ongedaan gemaakt</source>
      <translation>undone</translation>
    </message>
  </context>
  <context>
    <name>UsersDialog</name>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="48" />
      <source>%n wachtwoordzinnen</source>
      <translation>
        <numerusform>%n passphrase</numerusform>
        <numerusform>%n passphrases</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="115" />
      <source>&amp;Gebruikersnaam:</source>
      <translation>&amp;Username:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="119" />
      <source>&amp;Herhaal:</source>
      <translation>R&amp;epeat:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="116" />
      <source>&amp;Naam:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="117" />
      <source>&amp;Rol:</source>
      <translation>&amp;Role:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="118" />
      <source>&amp;Wachtwoordzin:</source>
      <translation>&amp;Passphrase:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="157" />
      <source>Alleen de voorzitter kan gebruikers beheren.</source>
      <translation>Only the chair can manage users.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="169" />
      <source>De twee wachtwoordzinnen verschillen.</source>
      <translation>The two passphrases differ.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="79" />
      <source>Elke gebruiker opent de kluis met een eigen wachtwoordzin. Wie verwijderd wordt, kan de kluis niet meer openen. Alleen de voorzitter beheert de gebruikers.</source>
      <translation>Each user opens the vault with their own passphrase. Anyone who is removed can no longer open the vault. Only the chair manages the users.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="60" />
      <source>Gebruiker</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="126" />
      <source>Gebruiker &amp;toevoegen</source>
      <translation>&amp;Add user</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="130" />
      <source>Gebruiker &amp;verwijderen…</source>
      <translation>Re&amp;move user…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="205" />
      <source>Gebruiker verwijderen</source>
      <translation>Remove user</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="183" />
      <source>Gebruiker {name} toegevoegd.</source>
      <translation>User {name} added.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="75" />
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="89" />
      <source>Gebruikers van deze kluis</source>
      <translation>Users of this vault</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="61" />
      <source>Naam</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="62" />
      <source>Rol</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="128" />
      <source>Rol w&amp;ijzigen naar de gekozen rol</source>
      <translation>&amp;Change role to the selected role</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="63" />
      <source>Sleutels</source>
      <translation>Keys</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="100" />
      <source>bv. casemanager of j.peeters</source>
      <translation>e.g. casemanager or j.peeters</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="42" />
      <source>casemanager</source>
      <translation>case manager</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="43" />
      <source>lid (alleen lezen)</source>
      <translation>member (read-only)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="41" />
      <source>secretaris</source>
      <translation>secretary</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="62" />
      <source>verwijderd</source>
      <translation>removed</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="40" />
      <source>voorzitter</source>
      <translation>chair</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="215" />
      <source>{name} verwijderd.</source>
      <translation>{name} removed.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="206" />
      <source>{name} verwijderen? Hun wachtwoordzin opent de kluis daarna niet meer.</source>
      <translation>Remove {name}? Their passphrase will no longer open the vault.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="50" />
      <source>{n} onthouden op een computer</source>
      <translation>{n} remembered on a computer</translation>
    </message>
  </context>
  <context>
    <name>VaultDialogs</name>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="148" />
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="339" />
      <source>&amp;Annuleren</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="323" />
      <source>&amp;Herhaal:</source>
      <translation>R&amp;epeat:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="147" />
      <source>&amp;Openen</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="127" />
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="322" />
      <source>&amp;Wachtwoordzin:</source>
      <translation>&amp;Passphrase:</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="332" />
      <source>Bezig met aanmaken…</source>
      <translation>Creating…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="139" />
      <source>Bezig met openen…</source>
      <translation>Opening…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="326" />
      <source>De twee wachtwoordzinnen verschillen.</source>
      <translation>The two passphrases differ.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="192" />
      <source>Deze computer heeft geen beveiligde sleutelopslag (keyring) die werkt. De kluis opent alleen met de wachtwoordzin; er wordt niets onversleuteld bewaard.</source>
      <translation>This computer has no working secure key storage (keyring). The vault opens only with the passphrase; nothing is stored unencrypted.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="311" />
      <source>Er is nog geen kluis op &lt;b&gt;{path}&lt;/b&gt;. Kies een wachtwoordzin: alle gegevens worden ermee versleuteld. Zonder wachtwoordzin (of een back-up met zijn eigen wachtwoordzin) zijn de gegevens niet terug te halen.</source>
      <translation>There is no vault at &lt;b&gt;{path}&lt;/b&gt; yet. Choose a passphrase: all data will be encrypted with it. Without the passphrase (or a backup with its own passphrase) the data cannot be recovered.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="110" />
      <source>Geef de wachtwoordzin van de kluis &lt;b&gt;{name}&lt;/b&gt;.</source>
      <translation>Enter the passphrase of the vault &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="325" />
      <source>Herhaal de wachtwoordzin</source>
      <translation>Repeat the passphrase</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="338" />
      <source>Kluis &amp;maken</source>
      <translation>Create &amp;vault</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="106" />
      <source>Kluis openen — LIVC-R Desktop</source>
      <translation>Open vault — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="307" />
      <source>Nieuwe kluis — LIVC-R Desktop</source>
      <translation>New vault — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="324" />
      <source>Nieuwe wachtwoordzin</source>
      <translation>New passphrase</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="130" />
      <source>Ont&amp;houden op deze computer</source>
      <translation>&amp;Remember on this computer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="126" />
      <source>Wachtwoordzin</source>
      <translation>Passphrase</translation>
    </message>
  </context>
</TS>
