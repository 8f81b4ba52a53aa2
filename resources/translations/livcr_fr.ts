<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="nl_BE">
  <context>
    <name>ActionEdit</name>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="68" />
      <source>&amp;Actie:</source>
      <translation>&amp;Action :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="119" />
      <source>&amp;Bewaren</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="67" />
      <source>&amp;Casus:</source>
      <translation>&amp;Cas :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="95" />
      <source>&amp;Deadline:</source>
      <translation>Éc&amp;héance :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="93" />
      <source>&amp;Eigenaar:</source>
      <translation>P&amp;orteur :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="94" />
      <source>&amp;Verantwoordelijke:</source>
      <translation>&amp;Responsable :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="62" />
      <source>Actie</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="54" />
      <source>Actie wijzigen</source>
      <translation>Modifier l'action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="120" />
      <source>Annu&amp;leren</source>
      <translation>Annu&amp;ler</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="96" />
      <source>Beroeps&amp;geheim</source>
      <translation>Secret pro&amp;fessionnel</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="98" />
      <source>Beroepsgeheim</source>
      <translation>Secret professionnel</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="109" />
      <source>Beroepsgeheim opgeheven met akkoord van</source>
      <translation>Secret professionnel levé avec l'accord de</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="59" />
      <source>Casus</source>
      <translation>Cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="195" />
      <source>Casus: kies een open casus.</source>
      <translation>Cas : choisissez un cas ouvert.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="99" />
      <source>De actie volgt uit een feit onder beroepsgeheim: ze verlaat de cel nooit.</source>
      <translation>L'action découle d'un fait couvert par le secret professionnel : elle ne quitte jamais la cellule.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="89" />
      <source>Deadline</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="77" />
      <source>Eigenaar (organisatie)</source>
      <translation>Porteur (organisation)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="54" />
      <source>Nieuwe actie</source>
      <translation>Nouvelle action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="107" />
      <source>Opgeheven met akkoord &amp;van:</source>
      <translation>Levé avec l'acc&amp;ord de :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="83" />
      <source>Verantwoordelijke</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="186" />
      <source>Wie van de eigenaar stemt in met het opheffen van het beroepsgeheim? Vul een naam in.</source>
      <translation>Qui, chez le responsable, accepte de lever le secret professionnel ? Indiquez un nom.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="78" />
      <source>— kies —</source>
      <translation>— choisir —</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_edit.py" line="84" />
      <source>— niemand in het bijzonder —</source>
      <translation>— personne en particulier —</translation>
    </message>
  </context>
  <context>
    <name>ActionTracker</name>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="169" />
      <source>&amp;Eigenaar:</source>
      <translation>P&amp;orteur :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="59" />
      <source>&amp;Geschiedenis</source>
      <translation>Histori&amp;que</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="109" />
      <source>&amp;Notitie:</source>
      <translation>&amp;Note :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="163" />
      <source>Achterstallig</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="147" />
      <source>Achterstallig: de deadline is {days} dag(en) verstreken</source>
      <translation>En retard : l'échéance est dépassée de {days} jour(s)</translation>
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
      <translation>Rechercher des actions par cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="210" />
      <source>Acties: {shown} van {total} — achterstallig: {overdue}</source>
      <translation>Actions : {shown} sur {total} — en retard : {overdue}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="162" />
      <source>Alle acties</source>
      <translation>Toutes les actions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="153" />
      <source>Alle organisaties</source>
      <translation>Toutes les organisations</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="166" />
      <source>Bijgewerkt.</source>
      <translation>Mis à jour.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="78" />
      <source>Bijwer&amp;ken</source>
      <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="168" />
      <source>Cas&amp;us:</source>
      <translation>Cas conc&amp;erné :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="38" />
      <source>Casus</source>
      <translation>Cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="148" />
      <source>Casus, pseudoniem of actie…</source>
      <translation>Cas, pseudonyme ou action…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="197" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="42" />
      <source>Deadline</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="149" />
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="164" />
      <source>Deadline deze week</source>
      <translation>Échéance cette semaine</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="198" />
      <source>Door</source>
      <translation>Par</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="40" />
      <source>Eigenaar</source>
      <translation>Porteur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="151" />
      <source>Filter op eigenaar</source>
      <translation>Filtrer par porteur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="159" />
      <source>Filter op status</source>
      <translation>Filtrer par statut</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="64" />
      <source>Geschiedenis van de actie</source>
      <translation>Historique de l'action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="50" />
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="121" />
      <source>Kies een actie om haar geschiedenis te zien.</source>
      <translation>Choisissez une action pour voir son historique.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="157" />
      <source>Kies een andere status of schrijf een notitie.</source>
      <translation>Choisissez un autre statut ou rédigez une note.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="44" />
      <source>Laatste opvolging</source>
      <translation>Dernier suivi</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="112" />
      <source>Nieu&amp;we actie…</source>
      <translation>Nou&amp;velle action…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="108" />
      <source>Nieuwe &amp;status:</source>
      <translation>Nouveau s&amp;tatut :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="99" />
      <source>Nieuwe status</source>
      <translation>Nouveau statut</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="200" />
      <source>Notitie</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="104" />
      <source>Notitie bij de opvolging</source>
      <translation>Note de suivi</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="161" />
      <source>Openstaand (open of lopend)</source>
      <translation>En suspens (ouvertes ou en cours)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="43" />
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="199" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="170" />
      <source>Status&amp;filter:</source>
      <translation>Filtre de stat&amp;ut :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_tracker.py" line="114" />
      <source>Ter&amp;mijn of eigenaar wijzigen…</source>
      <translation>Mo&amp;difier l'échéance ou le porteur…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="76" />
      <source>Tij&amp;dlijn van de casus</source>
      <translation>C&amp;hronologie du cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="92" />
      <source>Uw rol mag acties niet bijwerken.</source>
      <translation>Votre rôle ne permet pas de mettre à jour les actions.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="41" />
      <source>Verantwoordelijke</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="105" />
      <source>Wat is er gebeurd? (wordt gedateerd bewaard)</source>
      <translation>Que s'est-il passé ? (enregistré avec la date)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_detail.py" line="129" />
      <source>{case} — {owner}, deadline {deadline}
{description}</source>
      <translation>{case} — {owner}, échéance {deadline}
{description}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="156" />
      <source>{date} (achterstallig)</source>
      <translation>{date} (en retard)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/action_models.py" line="158" />
      <source>{date} (deze week)</source>
      <translation>{date} (cette semaine)</translation>
    </message>
  </context>
  <context>
    <name>AdminDialogs</name>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="39" />
      <source> jaar</source>
      <translation> ans</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="94" />
      <source>%n afgesloten casussen voorbij de termijn van {years} jaar.</source>
      <translation>
        <numerusform>%n cas clôturé au-delà du délai de {years} ans.</numerusform>
        <numerusform>%n cas clôturés au-delà du délai de {years} ans.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="129" />
      <source>%n casussen en alles erover definitief wissen: {codes}? Dit kan niet ongedaan gemaakt worden.</source>
      <translation>
        <numerusform>Effacer définitivement %n cas et tout ce qui le concerne : {codes} ? Cette opération est irréversible.</numerusform>
        <numerusform>Effacer définitivement %n cas et tout ce qui les concerne : {codes} ? Cette opération est irréversible.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="152" />
      <source>%n oudere back-ups verwijderd.</source>
      <translation>
        <numerusform>%n sauvegarde plus ancienne supprimée.</numerusform>
        <numerusform>%n sauvegardes plus anciennes supprimées.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="101" />
      <source>&amp;Aantal bewaren:</source>
      <translation>&amp;Nombre à conserver :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="64" />
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="64" />
      <source>&amp;Annuleren</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="70" />
      <source>&amp;Anonimiseren…</source>
      <translation>A&amp;nonymiser…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_menu.py" line="58" />
      <source>&amp;Audittrail…</source>
      <translation>&amp;Journal d'audit…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_menu.py" line="52" />
      <source>&amp;Back-ups…</source>
      <translation>Sauve&amp;gardes…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_menu.py" line="123" />
      <source>&amp;Beheer</source>
      <translation>&amp;Gestion</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="76" />
      <source>&amp;Bevestigen</source>
      <translation>&amp;Confirmer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="35" />
      <source>&amp;Bewaartermijn van afgesloten casussen:</source>
      <translation>&amp;Délai de conservation des cas clôturés :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_menu.py" line="56" />
      <source>&amp;Databasesleutel vernieuwen…</source>
      <translation>Re&amp;nouveler la clé de la base de données…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="237" />
      <source>&amp;Herstellen</source>
      <translation>&amp;Restaurer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="120" />
      <source>&amp;Herstellen…</source>
      <translation>&amp;Restaurer…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="53" />
      <source>&amp;Huidige wachtwoordzin:</source>
      <translation>Phrase secrète a&amp;ctuelle :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="47" />
      <source>&amp;Nieuwe wachtwoordzin:</source>
      <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_menu.py" line="51" />
      <source>&amp;Organisaties en leden…</source>
      <translation>&amp;Organisations et membres…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="65" />
      <source>&amp;Reden:</source>
      <translation>&amp;Motif :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="167" />
      <source>&amp;Sluiten</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="111" />
      <source>&amp;Vernieuwen</source>
      <translation>&amp;Renouveler</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_menu.py" line="54" />
      <source>&amp;Wachtwoordzin wijzigen…</source>
      <translation>&amp;Modifier la phrase secrète…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="63" />
      <source>&amp;Wijzigen</source>
      <translation>&amp;Modifier</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="68" />
      <source>&amp;Wissen…</source>
      <translation>&amp;Effacer…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="117" />
      <source>(%n bevindingen in totaal.)</source>
      <translation>
        <numerusform>(%n constat au total.)</numerusform>
        <numerusform>(%n constats au total.)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="45" />
      <source>(%n meldingen.)</source>
      <translation>
        <numerusform>(%n signalement.)</numerusform>
        <numerusform>(%n signalements.)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="71" />
      <source>Aanleiding</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="89" />
      <source>Afgesloten op</source>
      <translation>Clôturé le</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="88" />
      <source>Alleen de voorzitter bekijkt de audittrail.</source>
      <translation>Seul le président consulte le journal d'audit.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="89" />
      <source>Alleen de voorzitter kan dit bevestigen.</source>
      <translation>Seul le président peut le confirmer.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="159" />
      <source>Alleen de voorzitter maakt back-ups.</source>
      <translation>Seul le président crée des sauvegardes.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="122" />
      <source>Alleen de voorzitter vernieuwt de databasesleutel.</source>
      <translation>Seul le président renouvelle la clé de la base de données.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="112" />
      <source>Alleen de voorzitter wijzigt de bewaartermijn.</source>
      <translation>Seul le président modifie le délai de conservation.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="174" />
      <source>Alleen de voorzitter wijzigt dit.</source>
      <translation>Seul le président peut modifier ceci.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="188" />
      <source>Alleen de voorzitter wist of anonimiseert casussen.</source>
      <translation>Seul le président efface ou anonymise des cas.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="122" />
      <source>Ander &amp;bestand herstellen…</source>
      <translation>Restaurer un autre &amp;fichier…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/task_dialog.py" line="111" />
      <source>Annuleren</source>
      <translation>Annuler</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="39" />
      <source>Audittrail onvolledig: %n gebeurtenissen ontbreken sinds {since}.</source>
      <translation>
        <numerusform>Journal d'audit incomplet : %n événement manque depuis {since}.</numerusform>
        <numerusform>Journal d'audit incomplet : %n événements manquent depuis {since}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="43" />
      <source>Audittrail onvolledig: gebeurtenissen werden herschreven sinds {since}.</source>
      <translation>Journal d'audit incomplet : des événements ont été réécrits depuis {since}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="46" />
      <source>Audittrail — LIVC-R Desktop</source>
      <translation>Journal d'audit — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="150" />
      <source>Back-up gemaakt: {name}.</source>
      <translation>Sauvegarde créée : {name}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="237" />
      <source>Back-up herstellen</source>
      <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="200" />
      <source>Back-upbestand kiezen</source>
      <translation>Choisir un fichier de sauvegarde</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="93" />
      <source>Back-ups</source>
      <translation>Sauvegardes</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="75" />
      <source>Back-ups — LIVC-R Desktop</source>
      <translation>Sauvegardes — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_menu.py" line="57" />
      <source>Bewaar&amp;termijn…</source>
      <translation>Délai de &amp;conservation…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="31" />
      <source>Bewaartermijn — LIVC-R Desktop</source>
      <translation>Délai de conservation — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="192" />
      <source>Bezig met anonimiseren…</source>
      <translation>Anonymisation en cours…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="168" />
      <source>Bezig met de back-up…</source>
      <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="192" />
      <source>Bezig met wissen…</source>
      <translation>Effacement en cours…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="137" />
      <source>Casussen anonimiseren</source>
      <translation>Anonymiser des cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="53" />
      <source>Casussen voorbij de bewaartermijn</source>
      <translation>Cas ayant dépassé le délai de conservation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="128" />
      <source>Casussen wissen</source>
      <translation>Effacer des cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="86" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="106" />
      <source>Databasesleutel vernieuwen</source>
      <translation>Renouveler la clé de la base de données</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="33" />
      <source>Databasesleutel vernieuwen — LIVC-R Desktop</source>
      <translation>Renouveler la clé de la base de données — LIVC-R Desktop</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="178" />
      <source>De %n recentste back-ups worden bewaard.</source>
      <translation>
        <numerusform>La sauvegarde la plus récente est conservée.</numerusform>
        <numerusform>Les %n sauvegardes les plus récentes sont conservées.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="115" />
      <source>De audittrail is NIET intact.</source>
      <translation>Le journal d'audit n'est PAS intact.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="105" />
      <source>De audittrail is intact: %n gebeurtenissen, elke schakel klopt.</source>
      <translation>
        <numerusform>Le journal d'audit est intact : %n événement, chaque maillon est correct.</numerusform>
        <numerusform>Le journal d'audit est intact : %n événements, chaque maillon est correct.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="34" />
      <source>De audittrail klopt niet bij gebeurtenis {n}.</source>
      <translation>Le journal d'audit est incorrect à l'événement {n}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="94" />
      <source>De audittrail wordt gecontroleerd…</source>
      <translation>Vérification du journal d'audit…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="49" />
      <source>De back-up hoort bij een andere kluis.</source>
      <translation>La sauvegarde appartient à un autre coffre-fort.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="55" />
      <source>De back-up is beschadigd: de integriteitscontrole is mislukt.</source>
      <translation>La sauvegarde est endommagée : le contrôle d'intégrité a échoué.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="53" />
      <source>De back-up is gemaakt met een nieuwere versie van LIVC-R Desktop.</source>
      <translation>La sauvegarde a été créée avec une version plus récente de LIVC-R Desktop.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="248" />
      <source>De back-up is hersteld.</source>
      <translation>La sauvegarde a été restaurée.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="162" />
      <source>De back-up is mislukt ({error}).</source>
      <translation>La sauvegarde a échoué ({error}).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="61" />
      <source>De back-up kon niet gelezen worden.</source>
      <translation>La sauvegarde n'a pas pu être lue.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="223" />
      <source>De back-up wordt gecontroleerd…</source>
      <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="270" />
      <source>De back-up wordt hersteld…</source>
      <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/task_dialog.py" line="84" />
      <source>De bewerking is mislukt ({error}). Er is niets gewijzigd.</source>
      <translation>L'opération a échoué ({error}). Rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="158" />
      <source>De databasesleutel is vernieuwd.</source>
      <translation>La clé de la base de données a été renouvelée.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="27" />
      <source>De gebeurtenissen vanaf nummer {n} ontbreken aan het einde van de audittrail.</source>
      <translation>Les événements à partir du numéro {n} manquent à la fin du journal d'audit.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="169" />
      <source>De gefinaliseerde verslagen van %n vergaderingen vermelden ze nog.</source>
      <translation>
        <numerusform>Le procès-verbal finalisé de %n réunion les mentionne encore.</numerusform>
        <numerusform>Les procès-verbaux finalisés de %n réunions les mentionnent encore.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="94" />
      <source>De huidige wachtwoordzin klopt niet. Er is niets gewijzigd.</source>
      <translation>La phrase secrète actuelle est incorrecte. Rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="107" />
      <source>De kluis wordt nu opnieuw versleuteld. Sluit eerst andere vensters van LIVC-R Desktop op deze kluis. Doorgaan?</source>
      <translation>Le coffre-fort va maintenant être rechiffré. Fermez d'abord les autres fenêtres de LIVC-R Desktop ouvertes sur ce coffre-fort. Continuer ?</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="37" />
      <source>De kluis wordt opnieuw versleuteld met een nieuwe, willekeurige sleutel. Doe dit als een wachtwoordzin of een kopie van het sleutelbestand in verkeerde handen kan zijn. Alleen uw eigen wachtwoordzin en het onthouden op deze computer blijven werken. Back-ups van vóór de vernieuwing blijven de oude sleutel gebruiken: verwijder ze als een wachtwoordzin uitgelekt is.</source>
      <translation>Le coffre-fort est rechiffré avec une nouvelle clé aléatoire. Faites-le si une phrase secrète ou une copie du fichier de clé a pu tomber entre de mauvaises mains. Seules votre propre phrase secrète et la mémorisation sur cet ordinateur continuent de fonctionner. Les sauvegardes antérieures au renouvellement gardent l'ancienne clé : supprimez-les si une phrase secrète a fuité.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="147" />
      <source>De kluis wordt opnieuw versleuteld…</source>
      <translation>Le coffre-fort est rechiffré…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="232" />
      <source>De kluis wordt vervangen door de back-up van {time} ({cases} casussen, {events} gebeurtenissen in de audittrail). Wat sindsdien werd ingevoerd, staat niet in de back-up. De huidige kluis blijft bewaard naast de kluis (“vervangen”). Doorgaan?</source>
      <translation>Le coffre-fort va être remplacé par la sauvegarde du {time} ({cases} cas, {events} événements dans le journal d'audit). Ce qui a été encodé depuis ne figure pas dans la sauvegarde. Le coffre-fort actuel est conservé à côté du coffre-fort (« remplacé »). Continuer ?</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="74" />
      <source>De nieuwe wachtwoordzin is dezelfde als de huidige.</source>
      <translation>La nouvelle phrase secrète est identique à l'actuelle.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="26" />
      <source>De schakel naar gebeurtenis {n} klopt niet: er is een gebeurtenis verwijderd of verplaatst.</source>
      <translation>Le maillon vers l'événement {n} est incorrect : un événement a été supprimé ou déplacé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="135" />
      <source>De sleutel kon niet vernieuwd worden ({error}); de kluis opent met de vorige sleutel.</source>
      <translation>La clé n'a pas pu être renouvelée ({error}) ; le coffre-fort s'ouvre avec la clé précédente.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="51" />
      <source>De twee nieuwe wachtwoordzinnen verschillen.</source>
      <translation>Les deux nouvelles phrases secrètes sont différentes.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="250" />
      <source>De vorige kluis is bewaard als {name}.</source>
      <translation>Le coffre-fort précédent est conservé sous le nom {name}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="98" />
      <source>De wachtwoordzin kon niet gewijzigd worden. Er is niets gewijzigd.</source>
      <translation>La phrase secrète n'a pas pu être modifiée. Rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="105" />
      <source>De wachtwoordzin wordt gewijzigd…</source>
      <translation>Modification de la phrase secrète…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="145" />
      <source>Definitief &amp;anonimiseren</source>
      <translation>&amp;Anonymiser définitivement</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="135" />
      <source>Definitief &amp;wissen</source>
      <translation>Effacer &amp;définitivement</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="113" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_menu.py" line="169" />
      <source>Deze cel heeft nog geen organisaties en leden: Beheer &gt; Organisaties en leden…</source>
      <translation>Cette cellule n'a pas encore d'organisations ni de membres : Gestion &gt; Organisations et membres…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="59" />
      <source>Deze gebruiker mag de kluis van de back-up niet beheren.</source>
      <translation>Cet utilisateur ne peut pas gérer le coffre-fort de la sauvegarde.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="80" />
      <source>Deze gebruikers verliezen toegang tot ze een nieuwe wachtwoordzin krijgen: {names}.</source>
      <translation>Ces utilisateurs perdent l'accès jusqu'à ce qu'ils reçoivent une nouvelle phrase secrète : {names}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="120" />
      <source>Deze wachtwoordzin klopt niet. Er is niets gewijzigd.</source>
      <translation>Cette phrase secrète est incorrecte. Rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="51" />
      <source>Deze wachtwoordzin opent de back-up niet.</source>
      <translation>Cette phrase secrète n'ouvre pas la sauvegarde.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="57" />
      <source>Dit is geen back-up van een LIVC-R-kluis (of het sleutelbestand ontbreekt).</source>
      <translation>Ceci n'est pas une sauvegarde d'un coffre-fort CSIL-R (ou le fichier de clé manque).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="126" />
      <source>Een ander venster of programma gebruikt de kluis. Sluit het en probeer opnieuw; er is niets gewijzigd.</source>
      <translation>Une autre fenêtre ou un autre programme utilise le coffre-fort. Fermez-le et réessayez ; rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="79" />
      <source>Een back-up is een versleutelde kopie van de kluis; dezelfde wachtwoordzinnen openen ze. Na elk gefinaliseerd verslag wordt er automatisch een gemaakt. Bewaar een kopie van de map op een andere schijf om een defecte schijf te overleven.</source>
      <translation>Une sauvegarde est une copie chiffrée du coffre-fort ; les mêmes phrases secrètes l'ouvrent. Une sauvegarde est créée automatiquement après chaque procès-verbal finalisé. Conservez une copie du dossier sur un autre disque pour survivre à une panne de disque.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="124" />
      <source>Een back-up van een andere schijf of USB-stick (het .keys-bestand ernaast)</source>
      <translation>Une sauvegarde sur un autre disque ou une clé USB (avec le fichier .keys à côté)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="182" />
      <source>Een gekozen casus is niet (meer) voorbij de termijn. Er is niets gewijzigd.</source>
      <translation>Un cas choisi n'a pas (ou plus) dépassé le délai. Rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="62" />
      <source>Er is niets vervangen.</source>
      <translation>Rien n'a été remplacé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="166" />
      <source>Geanonimiseerd: {codes}.</source>
      <translation>Anonymisés : {codes}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="24" />
      <source>Gebeurtenis {n} is achteraf gewijzigd.</source>
      <translation>L'événement {n} a été modifié après coup.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="28" />
      <source>Gebeurtenis {n} is niet meer dezelfde als vastgelegd: de audittrail is herschreven.</source>
      <translation>L'événement {n} n'est plus celui qui a été enregistré : le journal d'audit a été réécrit.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="31" />
      <source>Gebeurtenis {n} meldt ontbrekende gebeurtenissen; een beheerder heeft dat nog niet bevestigd.</source>
      <translation>L'événement {n} signale des événements manquants ; un administrateur ne l'a pas encore confirmé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="30" />
      <source>Gebeurtenis {n} verschilt van dezelfde gebeurtenis in een back-up.</source>
      <translation>L'événement {n} diffère du même événement dans une sauvegarde.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="72" />
      <source>Gebeurtenissen</source>
      <translation>Événements</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="53" />
      <source>Gebeurtenissen van de audittrail</source>
      <translation>Événements du journal d'audit</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="110" />
      <source>Gebruiker</source>
      <translation>Utilisateur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="62" />
      <source>Geef de reden op; de bevestiging komt zelf in de audittrail.</source>
      <translation>Indiquez le motif ; la confirmation est elle-même inscrite au journal d'audit.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="92" />
      <source>Geef een reden op.</source>
      <translation>Indiquez un motif.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="74" />
      <source>Geen andere gebruiker verliest toegang.</source>
      <translation>Aucun autre utilisateur ne perd l'accès.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="112" />
      <source>Gegeven</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="70" />
      <source>Gemaakt op</source>
      <translation>Créée le</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="166" />
      <source>Gewist: {codes}.</source>
      <translation>Effacés : {codes}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="73" />
      <source>Grootte</source>
      <translation>Taille</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="111" />
      <source>Handeling</source>
      <translation>Opération</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="48" />
      <source>He&amp;rhaal:</source>
      <translation>&amp;Répéter :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="50" />
      <source>Herhaal de nieuwe wachtwoordzin</source>
      <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="29" />
      <source>Het vastgelegde eindpunt van de audittrail in het sleutelbestand is gewijzigd.</source>
      <translation>Le point final du journal d'audit enregistré dans le fichier de clé a été modifié.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="43" />
      <source>Huidige wachtwoordzin</source>
      <translation>Phrase secrète actuelle</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="138" />
      <source>Identiteit, pseudoniem en alle teksten van %n casussen definitief wissen: {codes}? Code, data en kwalificaties blijven.</source>
      <translation>
        <numerusform>Effacer définitivement l'identité, le pseudonyme et tous les textes de %n cas : {codes} ? Le code, les dates et les qualifications restent.</numerusform>
        <numerusform>Effacer définitivement l'identité, le pseudonyme et tous les textes de %n cas : {codes} ? Les codes, les dates et les qualifications restent.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="55" />
      <source>Ik begrijp dat de andere gebruikers een nieuwe wachtwoordzin nodig hebben.</source>
      <translation>Je comprends que les autres utilisateurs auront besoin d'une nouvelle phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="91" />
      <source>In gefinaliseerde verslagen</source>
      <translation>Dans des PV finalisés</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="191" />
      <source>Kies eerst een back-up in de lijst.</source>
      <translation>Choisissez d'abord une sauvegarde dans la liste.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="202" />
      <source>LIVC-R-back-up (*.vault)</source>
      <translation>Sauvegarde CSIL-R (*.vault)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="87" />
      <source>Map: {folder}</source>
      <translation>Dossier : {folder}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="58" />
      <source>Naar de eerste &amp;breuk</source>
      <translation>Aller à la première &amp;rupture</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="49" />
      <source>Nieuwe wachtwoordzin</source>
      <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="108" />
      <source>Nr.</source>
      <translation>N°</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="97" />
      <source>Nu een back-up &amp;maken</source>
      <translation>Créer une &amp;sauvegarde maintenant</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="58" />
      <source>Onvolledige audittrail bevestigen — LIVC-R Desktop</source>
      <translation>Confirmer un journal d'audit incomplet — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="60" />
      <source>Onvolledigheid b&amp;evestigen…</source>
      <translation>Confirmer l'inco&amp;mplétude…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="56" />
      <source>Opnieuw &amp;controleren</source>
      <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="107" />
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="41" />
      <source>Opslaan</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="87" />
      <source>Pseudoniem</source>
      <translation>Pseudonyme</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="68" />
      <source>Reden van de bevestiging</source>
      <translation>Motif de la confirmation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="62" />
      <source>Sleutel &amp;vernieuwen</source>
      <translation>Renouveler la &amp;clé</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="262" />
      <source>Sluit de toepassing en open de kluis opnieuw.</source>
      <translation>Fermez l'application et rouvrez le coffre-fort.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="88" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="90" />
      <source>Termijn verstreken op</source>
      <translation>Délai dépassé le</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="109" />
      <source>Tijdstip</source>
      <translation>Date et heure</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="53" />
      <source>Uw &amp;wachtwoordzin:</source>
      <translation>Votre &amp;phrase secrète :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="52" />
      <source>Uw wachtwoordzin</source>
      <translation>Votre phrase secrète</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="36" />
      <source>Uw wachtwoordzin ({user}) wordt vervangen; die van andere gebruikers niet. Back-ups van vóór de wijziging openen nog met de oude wachtwoordzin.</source>
      <translation>Votre phrase secrète ({user}) est remplacée ; celles des autres utilisateurs ne le sont pas. Les sauvegardes antérieures à la modification s'ouvrent encore avec l'ancienne phrase secrète.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="109" />
      <source>Vergeleken met %n back-ups.</source>
      <translation>
        <numerusform>Comparé à %n sauvegarde.</numerusform>
        <numerusform>Comparé à %n sauvegardes.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="160" />
      <source>Verwijderde toegang: {who}.</source>
      <translation>Accès supprimés : {who}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="25" />
      <source>Vóór gebeurtenis {n} ontbreekt een gebeurtenis.</source>
      <translation>Il manque un événement avant l'événement {n}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="118" />
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="119" />
      <source>Wachtwoordzin van de back-up</source>
      <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/change_passphrase_dialog.py" line="32" />
      <source>Wachtwoordzin wijzigen — LIVC-R Desktop</source>
      <translation>Modifier la phrase secrète — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="56" />
      <source>Wissen verwijdert de casus en alles erover (inbreng, inschattingen, beslissingen, acties, agendapunten, uitnodigingen, terugkoppelingen). Anonimiseren wist identiteit, pseudoniem en alle teksten, maar houdt code, data en kwalificaties voor statistiek. Gefinaliseerde verslagen blijven het officiële verslag van de cel en worden niet gewijzigd; de kolom toont in hoeveel ervan de casus voorkomt. Oudere back-ups bevatten de casus tot ze vervangen worden.</source>
      <translation>L'effacement supprime le cas et tout ce qui le concerne (apports, analyses, décisions, actions, points de l'ordre du jour, invitations, retours). L'anonymisation efface l'identité, le pseudonyme et tous les textes, mais conserve le code, les dates et les qualifications pour les statistiques. Les procès-verbaux finalisés restent le procès-verbal officiel de la cellule et ne sont pas modifiés ; la colonne indique dans combien d'entre eux le cas figure. Les sauvegardes plus anciennes contiennent le cas jusqu'à leur remplacement.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="147" />
      <source>Ze staan in %n gefinaliseerde verslagen; die blijven ongewijzigd bewaard.</source>
      <translation>
        <numerusform>Ils figurent dans %n procès-verbal finalisé, qui reste conservé tel quel.</numerusform>
        <numerusform>Ils figurent dans %n procès-verbaux finalisés, qui restent conservés tels quels.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="61" />
      <source>na finaliseren verslag</source>
      <translation>après finalisation du PV</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="162" />
      <source>onthouden</source>
      <translation>mémorisation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/admin_models.py" line="61" />
      <source>op vraag</source>
      <translation>à la demande</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="162" />
      <source>wachtwoordzin</source>
      <translation>phrase secrète</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/rotate_key_dialog.py" line="85" />
      <source>{n} keer “onthouden op een andere computer” vervalt.</source>
      <translation>{n} mémorisation(s) « sur un autre ordinateur » expire(nt).</translation>
    </message>
  </context>
  <context>
    <name>AnnualReportDialog</name>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="90" />
      <source>&amp;Bewaren…</source>
      <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="77" />
      <source>&amp;CSV (rekenblad)</source>
      <translation>&amp;CSV (tableur)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="70" />
      <source>&amp;Jaar:</source>
      <translation>&amp;Année :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="74" />
      <source>&amp;PDF</source>
      <translation>&amp;PDF</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="95" />
      <source>&amp;Sluiten</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="135" />
      <source>Bewaard: {path}</source>
      <translation>Enregistré : {path}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="111" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="82" />
      <source>Formaat:</source>
      <translation>Format :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="123" />
      <source>Het jaarverslag wordt gemaakt…</source>
      <translation>Le rapport annuel est en cours de création…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="49" />
      <source>Jaarverslag</source>
      <translation>Rapport annuel</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="113" />
      <source>Jaarverslag bewaren</source>
      <translation>Enregistrer le rapport annuel</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="144" />
      <source>Niet bewaard.</source>
      <translation>Non enregistré.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="141" />
      <source>Niet bewaard: dat jaar kan niet.</source>
      <translation>Non enregistré : cette année n'est pas possible.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="139" />
      <source>Niet bewaard: {error}</source>
      <translation>Non enregistré : {error}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="111" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="52" />
      <source>Voor de burgemeester en de stuurgroep: gehouden vergaderingen, aanwezigheid per organisatie, dossiers per fenomeen, uitkomst en gemeente, tijd tot de eerste beslissing. Aantallen van 1 of 2 staan als "&lt;3".</source>
      <translation>Pour le bourgmestre et le groupe de pilotage : réunions tenues, présence par organisation, dossiers par phénomène, issue et commune, délai jusqu'à la première décision. Les nombres de 1 ou 2 figurent comme « &lt;3 ».</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/annual_dialog.py" line="105" />
      <source>jaarverslag-{year}</source>
      <translation>rapport-annuel-{year}</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../livcr_desktop/views/app.py" line="188" />
      <source>Demo: een verzonnen gemeente met verzonnen personen. Wachtwoordzin: &lt;b&gt;{p}&lt;/b&gt;</source>
      <translation>Démo : une commune fictive avec des personnes fictives. Phrase secrète : &lt;b&gt;{p}&lt;/b&gt;</translation>
    </message>
  </context>
  <context>
    <name>BarChart</name>
    <message>
      <location filename="../../livcr_desktop/views/statistics/charts.py" line="145" />
      <source>geen gegevens</source>
      <translation>aucune donnée</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/charts.py" line="81" />
      <source>{title}: geen gegevens</source>
      <translation>{title} : aucune donnée</translation>
    </message>
  </context>
  <context>
    <name>CaseForm</name>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="100" />
      <source>&amp;1 Casus</source>
      <translation>&amp;1 Cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="101" />
      <source>&amp;2 Aanmelding</source>
      <translation>&amp;2 Signalement</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="102" />
      <source>&amp;3 Persoon en omgeving</source>
      <translation>&amp;3 Personne et entourage</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="103" />
      <source>&amp;4 Nota's</source>
      <translation>&amp;4 Notes</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="48" />
      <source>&amp;Achternaam:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="18" />
      <source>&amp;Code:</source>
      <translation>&amp;Code :</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="88" />
      <source>&amp;Fenomeen:</source>
      <translation>P&amp;hénomène :</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="58" />
      <source>&amp;Geboortedatum:</source>
      <translation>&amp;Date de naissance :</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="98" />
      <source>&amp;Ideologie:</source>
      <translation>&amp;Idéologie :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="128" />
      <source>&amp;Opslaan</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="28" />
      <source>&amp;Pseudoniem:</source>
      <translation>&amp;Pseudonyme :</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="108" />
      <source>&amp;Signaalgever (organisatie):</source>
      <translation>&amp;Signalant (organisation) :</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="140" />
      <source>&amp;Status:</source>
      <translation>S&amp;tatut :</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="38" />
      <source>&amp;Voornaam:</source>
      <translation>P&amp;rénom :</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="128" />
      <source>Aan&amp;meldingsdatum:</source>
      <translation>Date du signa&amp;lement :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="222" />
      <source>Aanmeldingsdatum</source>
      <translation>Date du signalement</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="218" />
      <source>Achternaam</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="130" />
      <source>Annu&amp;leren</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="150" />
      <source>Case&amp;manager:</source>
      <translation>Ré&amp;férent :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="183" />
      <source>Casema&amp;nager:</source>
      <translation>Ré&amp;férent :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="224" />
      <source>Casemanager</source>
      <translation>Référent</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="6" />
      <source>Casus</source>
      <translation>Cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="142" />
      <source>Casus {code}</source>
      <translation>Cas {code}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="215" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="261" />
      <source>Deze status volgt uit een beslissing in de vergadering.</source>
      <translation>Ce statut découle d'une décision prise en réunion.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="219" />
      <source>Fenomeen</source>
      <translation>Phénomène</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="198" />
      <source>Identiteit &amp;tonen (wordt gelogd)</source>
      <translation>&amp;Voir l'identité (journalisé)</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="10" />
      <source>Identiteitsgegevens zijn optioneel: een casus kan pseudoniem blijven (alleen code). Ze verschijnen nooit in lijsten of op de projector.</source>
      <translation>Les données d'identité sont facultatives : un cas peut rester pseudonyme (code uniquement). Elles n'apparaissent jamais dans les listes ni sur le projecteur.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="220" />
      <source>Ideologie</source>
      <translation>Idéologie</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="83" />
      <source>Minder&amp;jarig</source>
      <translation>&amp;Mineur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="135" />
      <source>Nieuwe casus</source>
      <translation>Nouveau cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="216" />
      <source>Pseudoniem</source>
      <translation>Pseudonyme</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="225" />
      <source>Screeningsnota's</source>
      <translation>Notes d'examen préalable</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="185" />
      <source>Screeningsnota's:</source>
      <translation>Notes d'examen préalable :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="181" />
      <source>Secto&amp;r signaalgever:</source>
      <translation>Secteur du si&amp;gnalant :</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="118" />
      <source>Sector signaalge&amp;ver:</source>
      <translation>Secteur du si&amp;gnalant :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="221" />
      <source>Signaalgever</source>
      <translation>Signalant</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="182" />
      <source>Stat&amp;us:</source>
      <translation>S&amp;tatut :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="223" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="160" />
      <source>Volgende &amp;bespreking:</source>
      <translation>Prochaine disc&amp;ussion :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="217" />
      <source>Voornaam</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="73" />
      <source>dd/MM/yyyy</source>
      <translation>dd/MM/yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/case_form.ui" line="66" />
      <source>gekend</source>
      <translation>connue</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="170" />
      <source>— anoniem / niet opgegeven —</source>
      <translation>— anonyme / non communiqué —</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="166" />
      <source>— kies —</source>
      <translation>— choisir —</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="174" />
      <source>— nog niet toegewezen —</source>
      <translation>— pas encore attribué —</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form.py" line="167" />
      <source>— onbekend —</source>
      <translation>— inconnu —</translation>
    </message>
  </context>
  <context>
    <name>CaseFormParts</name>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="50" />
      <source>Acties al ondernomen</source>
      <translation>Actions déjà entreprises</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="53" />
      <source>Contactgegevens</source>
      <translation>Coordonnées</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="51" />
      <source>Contactpersoon</source>
      <translation>Personne de contact</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="49" />
      <source>Datum van de feiten</source>
      <translation>Date des faits</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="58" />
      <source>Datum van de nota</source>
      <translation>Date de la note</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="52" />
      <source>Functie</source>
      <translation>Fonction</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="60" />
      <source>Gekoppelde casus</source>
      <translation>Cas lié</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="47" />
      <source>Gemeente</source>
      <translation>Commune</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="55" />
      <source>Geïnformeerd door</source>
      <translation>Informée par</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="54" />
      <source>Geïnformeerd op</source>
      <translation>Informée le</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="56" />
      <source>Reden niet geïnformeerd</source>
      <translation>Motif de non-information</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="48" />
      <source>Signaal</source>
      <translation>Signal</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="57" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="59" />
      <source>Tekst van de nota</source>
      <translation>Texte de la note</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="61" />
      <source>Toelichting koppeling</source>
      <translation>Précisions sur le lien</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="41" />
      <source>advies</source>
      <translation>avis</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="27" />
      <source>akkoord</source>
      <translation>accord</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="36" />
      <source>andere</source>
      <translation>autre</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="73" />
      <source>deze casussen zijn al gekoppeld.</source>
      <translation>ces cas sont déjà liés.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="68" />
      <source>deze datum ligt na de aanmeldingsdatum.</source>
      <translation>cette date est postérieure à la date du signalement.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="69" />
      <source>deze status volgt alleen uit een beslissing in de vergadering; kies aangemeld of in screening.</source>
      <translation>ce statut ne peut découler que d'une décision en réunion ; choisissez signalé ou en examen préalable.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="72" />
      <source>een casus kan niet aan zichzelf gekoppeld worden.</source>
      <translation>un cas ne peut pas être lié à lui-même.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="34" />
      <source>familie</source>
      <translation>famille</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="28" />
      <source>geweigerd</source>
      <translation>refusé</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="74" />
      <source>kies de casus om te koppelen.</source>
      <translation>choisissez le cas à lier.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="26" />
      <source>niet gevraagd</source>
      <translation>pas demandé</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="41" />
      <source>screeningsnota</source>
      <translation>note d'examen préalable</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_form_parts.py" line="35" />
      <source>vriendengroep</source>
      <translation>groupe d'amis</translation>
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="58" />
      <source>Aanmelding</source>
      <translation>Signalement</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="91" />
      <source>Bespreking achterstallig</source>
      <translation>Discussion en retard</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="60" />
      <source>Casemanager</source>
      <translation>Référent</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="52" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="55" />
      <source>Fenomeen</source>
      <translation>Phénomène</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="56" />
      <source>Ideologie</source>
      <translation>Idéologie</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="57" />
      <source>Minderjarig</source>
      <translation>Mineur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="53" />
      <source>Pseudoniem</source>
      <translation>Pseudonyme</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="61" />
      <source>Signaalgever</source>
      <translation>Signalant</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="54" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="59" />
      <source>Volgende bespreking</source>
      <translation>Prochaine discussion</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="99" />
      <source>ja</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_table_model.py" line="165" />
      <source>{date} (achterstallig)</source>
      <translation>{date} (en retard)</translation>
    </message>
  </context>
  <context>
    <name>CaseTimeline</name>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="212" />
      <source>&amp;Sluiten</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="208" />
      <source>&amp;Terugkoppeling aan signaalgever…</source>
      <translation>&amp;Retour au signalant…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="114" />
      <source>(ongedaan gemaakt)</source>
      <translation>(annulé)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="116" />
      <source>Aan {org}, door {user}:
{text}</source>
      <translation>À {org}, par {user} :
{text}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="85" />
      <source>Aangemeld (anonieme aanmelding: geen signaalgevende organisatie)</source>
      <translation>Signalé (signalement anonyme : pas d'organisation signalante)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="84" />
      <source>Aangemeld door {org}</source>
      <translation>Signalé par {org}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="53" />
      <source>Aanmelding</source>
      <translation>Signalement</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="58" />
      <source>Actie</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="108" />
      <source>Actie van {org} → {status} ({user})</source>
      <translation>Action de {org} → {status} ({user})</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="69" />
      <source>Advies</source>
      <translation>Avis</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="79" />
      <source>Advies ({user})</source>
      <translation>Avis ({user})</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="55" />
      <source>Agenda</source>
      <translation>Ordre du jour</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="246" />
      <source>Anonieme aanmelding: er is geen signaalgever om terug te koppelen.</source>
      <translation>Signalement anonyme : il n'y a pas de signalant à qui faire un retour.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="57" />
      <source>Beslissing</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="91" />
      <source>Besproken op vergadering {number}</source>
      <translation>Discuté lors de la réunion {number}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="186" />
      <source>Bezorgdheid per levensdomein (0 geen – 3 hoog)</source>
      <translation>Préoccupation par domaine de vie (0 aucune – 3 élevée)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="126" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="76" />
      <source>Gekoppeld aan {case} ({kind})</source>
      <translation>Lié à {case} ({kind})</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="67" />
      <source>Koppeling</source>
      <translation>Lien</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="271" />
      <source>Laatste inschatting</source>
      <translation>Dernière analyse</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="260" />
      <source>Nog geen inschatting per levensdomein.</source>
      <translation>Pas encore d'analyse par domaine de vie.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="241" />
      <source>Op de volgende &amp;agenda zetten</source>
      <translation>Inscrire au prochain &amp;ordre du jour</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="89" />
      <source>Op de volgende agenda gezet door {user}</source>
      <translation>Inscrit au prochain ordre du jour par {user}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="59" />
      <source>Opvolging actie</source>
      <translation>Suivi d'action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="54" />
      <source>Screening</source>
      <translation>Examen préalable</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="79" />
      <source>Screeningsnota ({user})</source>
      <translation>Note d'examen préalable ({user})</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="87" />
      <source>Screeningsnotities: {text}</source>
      <translation>Notes d'examen préalable : {text}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="130" />
      <source>Soort</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="60" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="113" />
      <source>Status gewijzigd: {before} → {after} ({user})</source>
      <translation>Statut modifié : {before} → {after} ({user})</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="61" />
      <source>Terugkoppeling</source>
      <translation>Retour</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="175" />
      <source>Tijdlijn van de casus</source>
      <translation>Chronologie du cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="228" />
      <source>Tijdlijn {case} — LIVC-R Desktop</source>
      <translation>Chronologie {case} — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="241" />
      <source>Van de volgende &amp;agenda halen</source>
      <translation>Retirer du prochain &amp;ordre du jour</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="56" />
      <source>Vergadering</source>
      <translation>Réunion</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="262" />
      <source>Vergaderingen: {list}</source>
      <translation>Réunions : {list}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="131" />
      <source>Wat</source>
      <translation>Détail</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="100" />
      <source>status: {status}</source>
      <translation>statut : {status}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="235" />
      <source>{case} — {status}</source>
      <translation>{case} — {status}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="103" />
      <source>{org}, deadline {deadline}: {text}</source>
      <translation>{org}, échéance {deadline} : {text}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_timeline.py" line="232" />
      <source>{status}, opgeschaald naar {target} sinds {date}</source>
      <translation>{status}, escaladé vers {target} depuis le {date}</translation>
    </message>
  </context>
  <context>
    <name>CellSetupDialog</name>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="102" />
      <source> en </source>
      <translation> et </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="158" />
      <source>&amp;Beroepsgeheim (art. 458 Sw.)</source>
      <translation>&amp;Secret professionnel (art. 458 C. pén.)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="79" />
      <source>&amp;Cel</source>
      <translation>&amp;Cellule</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="206" />
      <source>&amp;Deelname:</source>
      <translation>&amp;Participation :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="207" />
      <source>&amp;Functie:</source>
      <translation>Fonc&amp;tion :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="133" />
      <source>&amp;Gemeente of politiezone:</source>
      <translation>Comm&amp;une ou zone de police :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="453" />
      <source>&amp;Ja, terugtrekken</source>
      <translation>&amp;Oui, retirer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="161" />
      <source>&amp;Korte naam:</source>
      <translation>Nom co&amp;urt :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="81" />
      <source>&amp;Leden</source>
      <translation>&amp;Membres</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="133" />
      <source>&amp;Naam van de cel:</source>
      <translation>&amp;Nom de la cellule :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="454" />
      <source>&amp;Nee</source>
      <translation>&amp;Non</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="80" />
      <source>&amp;Organisaties</source>
      <translation>&amp;Organisations</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="86" />
      <source>&amp;Wijzigen</source>
      <translation>Modifi&amp;er</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="200" />
      <source>&amp;Zetelt in het kernteam</source>
      <translation>Siège au no&amp;yau restreint</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="209" />
      <source>Actief &amp;per:</source>
      <translation>Actif &amp;depuis :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="49" />
      <source>Actief vanaf</source>
      <translation>Actif depuis</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="32" />
      <source>Actieve leden</source>
      <translation>Membres actifs</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="117" />
      <source>Alleen wie de kluis beheert (de voorzitter) kan de cel instellen.</source>
      <translation>Seul qui gère le coffre (le président) peut configurer la cellule.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="31" />
      <source>Beroepsgeheim</source>
      <translation>Secret professionnel</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="76" />
      <source>Dat lid is teruggetrokken; kies een actief lid.</source>
      <translation>Ce membre est retiré ; choisissez un membre actif.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="66" />
      <source>De functie is te lang.</source>
      <translation>La fonction est trop longue.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="71" />
      <source>De gemeente is te lang.</source>
      <translation>La commune est trop longue.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="312" />
      <source>De identiteit van de cel is opgeslagen: {cell} ({municipality}).</source>
      <translation>L'identité de la cellule est enregistrée : {cell} ({municipality}).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="65" />
      <source>De korte naam is te lang (hoogstens 40 tekens).</source>
      <translation>Le nom court est trop long (40 caractères au plus).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="62" />
      <source>De naam is te lang.</source>
      <translation>Le nom est trop long.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="73" />
      <source>De naam van de cel is te lang.</source>
      <translation>Le nom de la cellule est trop long.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="67" />
      <source>De rol in de cel is te lang.</source>
      <translation>Le rôle dans la cellule est trop long.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="46" />
      <source>Deelname</source>
      <translation>Participation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="69" />
      <source>Deze organisatie is teruggetrokken; kies een actieve organisatie.</source>
      <translation>Cette organisation s'est retirée ; choisissez une organisation active.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="64" />
      <source>Er is al een organisatie met deze korte naam.</source>
      <translation>Il existe déjà une organisation avec ce nom court.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="61" />
      <source>Er is al een organisatie met deze naam.</source>
      <translation>Il existe déjà une organisation avec ce nom.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="47" />
      <source>Functie</source>
      <translation>Fonction</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="135" />
      <source>Identiteit op&amp;slaan</source>
      <translation>Enre&amp;gistrer l'identité</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="175" />
      <source>Kernteam</source>
      <translation>Noyau restreint</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="74" />
      <source>Kies aan wie u overdraagt.</source>
      <translation>Choisissez à qui vous transférez.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="75" />
      <source>Kies een ander lid dan wie u terugtrekt.</source>
      <translation>Choisissez un autre membre que celui que vous retirez.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="68" />
      <source>Kies een organisatie uit de lijst.</source>
      <translation>Choisissez une organisation dans la liste.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="381" />
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="374" />
      <source>Kies eerst een rij in de lijst.</source>
      <translation>Choisissez d'abord une ligne dans la liste.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="28" />
      <source>Korte naam</source>
      <translation>Nom court</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="179" />
      <source>Leden</source>
      <translation>Membres</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="202" />
      <source>Lid van het kernteam: uitgenodigd op de vergaderingen van het kernteam.</source>
      <translation>Membre du noyau restreint : invité aux réunions du noyau restreint.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="370" />
      <source>Lid {name} gewijzigd.</source>
      <translation>Membre {name} modifié.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="344" />
      <source>Lid {name} toegevoegd.</source>
      <translation>Membre {name} ajouté.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="102" />
      <source>Melding</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="204" />
      <source>N&amp;aam:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="161" />
      <source>Naa&amp;m:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="29" />
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="44" />
      <source>Naam</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="414" />
      <source>Of draag het hieronder over aan een ander lid en trek dan terug.</source>
      <translation>Ou transférez-le ci-dessous à un autre membre, puis retirez.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="205" />
      <source>Organ&amp;isatie:</source>
      <translation>Organ&amp;isation :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="45" />
      <source>Organisatie</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="357" />
      <source>Organisatie {name} gewijzigd.</source>
      <translation>Organisation {name} modifiée.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="326" />
      <source>Organisatie {name} toegevoegd.</source>
      <translation>Organisation {name} ajoutée.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="148" />
      <source>Organisaties</source>
      <translation>Organisations</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="73" />
      <source>Organisaties en leden van de cel</source>
      <translation>Organisations et membres de la cellule</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="228" />
      <source>Overdragen aan:</source>
      <translation>Transférer à :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="233" />
      <source>Overdragen en terugtrekken</source>
      <translation>Transférer et retirer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="208" />
      <source>Rol in de c&amp;el:</source>
      <translation>Rôle dans la ce&amp;llule :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="48" />
      <source>Rol in de cel</source>
      <translation>Rôle dans la cellule</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="161" />
      <source>Sec&amp;tor:</source>
      <translation>Sec&amp;teur :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="30" />
      <source>Sector</source>
      <translation>Secteur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="92" />
      <source>Sl&amp;uiten</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="33" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="88" />
      <source>Te&amp;rugtrekken…</source>
      <translation>&amp;Retirer…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="389" />
      <source>Terugtrekken</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="84" />
      <source>Toe&amp;voegen</source>
      <translation>&amp;Ajouter</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="90" />
      <source>Toon ook &amp;historiek (teruggetrokken)</source>
      <translation>Afficher aussi l'&amp;historique (retirés)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="50" />
      <source>Tot</source>
      <translation>Jusqu'au</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="70" />
      <source>Vul de gemeente of de politiezone in.</source>
      <translation>Indiquez la commune ou la zone de police.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="60" />
      <source>Vul de naam in.</source>
      <translation>Indiquez le nom.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="72" />
      <source>Vul de naam van de cel in.</source>
      <translation>Indiquez le nom de la cellule.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="63" />
      <source>Vul een korte naam in (bv. PZ of OCMW).</source>
      <translation>Indiquez un nom court (p. ex. ZP ou CPAS).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="21" />
      <source>actief</source>
      <translation>actif</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="129" />
      <source>bv. Fictiefdonk, of PZ Noord voor een zonale cel</source>
      <translation>p. ex. Fictiefdonk, ou ZP Nord pour une cellule zonale</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="191" />
      <source>bv. inspecteur, maatschappelijk werker</source>
      <translation>p. ex. inspecteur, assistant social</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="194" />
      <source>bv. voorzitter, secretaris, casemanager</source>
      <translation>p. ex. président, secrétaire, case manager</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="175" />
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="31" />
      <source>ja</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="31" />
      <source>nee</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="21" />
      <source>teruggetrokken</source>
      <translation>retiré</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="97" />
      <source>verantwoordelijk voor %n open acties</source>
      <translation>
        <numerusform>responsable de %n action ouverte</numerusform>
        <numerusform>responsable de %n actions ouvertes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="93" />
      <source>voorzitter of secretaris van geplande vergadering {numbers}</source>
      <translation>président ou secrétaire de la réunion prévue {numbers}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="385" />
      <source>{name} en de leden die nog actief zijn terugtrekken? Oude verslagen blijven hen noemen.</source>
      <translation>Retirer {name} et les membres encore actifs ? Les anciens procès-verbaux continuent de les mentionner.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="101" />
      <source>{name} is niet teruggetrokken: nog {what}. Kies daar eerst iemand anders.</source>
      <translation>{name} n'est pas retiré(e) : encore {what}. Choisissez d'abord quelqu'un d'autre.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="402" />
      <source>{name} is teruggetrokken; de geschiedenis blijft bewaard.</source>
      <translation>{name} est retiré(e) ; l'historique est conservé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="442" />
      <source>{name} is teruggetrokken; de vergaderingen en acties zijn overgedragen aan {other}.</source>
      <translation>{name} est retiré ; les réunions et actions ont été transférées à {other}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="387" />
      <source>{name} terugtrekken? Oude vergaderingen en verslagen blijven dit lid noemen.</source>
      <translation>Retirer {name} ? Les anciennes réunions et procès-verbaux continuent de mentionner ce membre.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="251" />
      <location filename="../../livcr_desktop/views/admin/cell_dialog.py" line="409" />
      <source>— kies —</source>
      <translation>— choisir —</translation>
    </message>
  </context>
  <context>
    <name>FeedbackDialog</name>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="180" />
      <source>&amp;Brief aan de signaalgever…</source>
      <translation>&amp;Lettre au signalant…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="183" />
      <source>&amp;Fiche voor de politie…</source>
      <translation>Fiche pour la &amp;police…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="172" />
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="293" />
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="264" />
      <source>&amp;Opslaan</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="162" />
      <source>&amp;Sjabloon:</source>
      <translation>&amp;Modèle :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="163" />
      <source>&amp;Tekst:</source>
      <translation>&amp;Texte :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="128" />
      <source>Aan: de signaalgever van de aanmelding</source>
      <translation>À : l'auteur du signalement</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="126" />
      <source>Aan: {org}</source>
      <translation>À : {org}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="124" />
      <source>Anonieme aanmelding: er is geen signaalgever om terug te koppelen.</source>
      <translation>Signalement anonyme : il n'y a pas de signalant à qui faire un retour.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="134" />
      <source>Beperkte terugkoppeling: geen inhoud van de bespreking, niets wat onder het beroepsgeheim valt en geen identiteitsgegevens.</source>
      <translation>Retour limité : pas de contenu de la discussion, rien de ce qui relève du secret professionnel et aucune donnée d'identité.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="70" />
      <source>Besproken — afgesloten</source>
      <translation>Discuté — clôturé</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="54" />
      <source>Besproken — begeleiding opgestart</source>
      <translation>Discuté — accompagnement lancé</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="62" />
      <source>Besproken — doorverwezen</source>
      <translation>Discuté — orienté</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="223" />
      <source>Brief aan de signaalgever bewaren</source>
      <translation>Enregistrer la lettre au signalant</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="94" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="236" />
      <source>De brief is bewaard en staat in de lijst van terugkoppelingen.</source>
      <translation>La lettre est enregistrée et figure dans la liste des retours.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="95" />
      <source>Door</source>
      <translation>Par</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="144" />
      <source>Eerdere terugkoppelingen</source>
      <translation>Retours précédents</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="97" />
      <source>Meegedeeld</source>
      <translation>Communiqué</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="78" />
      <source>Ontvangen — in screening</source>
      <translation>Reçu — en examen préalable</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="276" />
      <source>Opgelet: de tekst bevat de naam of de geboortedatum van betrokkene. Pas de tekst aan, of klik nogmaals om toch op te slaan.</source>
      <translation>Attention : le texte contient le nom ou la date de naissance de la personne concernée. Modifiez le texte, ou cliquez à nouveau pour l'enregistrer quand même.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="223" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="271" />
      <source>Schrijf eerst wat aan de signaalgever werd meegedeeld.</source>
      <translation>Indiquez d'abord ce qui a été communiqué au signalant.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="96" />
      <source>Sjabloon</source>
      <translation>Modèle</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="174" />
      <source>Sl&amp;uiten</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="160" />
      <source>Tekst van de terugkoppeling</source>
      <translation>Texte du retour</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="115" />
      <source>Terugkoppeling aan de signaalgever — {case}</source>
      <translation>Retour au signalant — {case}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="292" />
      <source>Terugkoppeling opgeslagen.</source>
      <translation>Retour enregistré.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="281" />
      <source>Toch &amp;opslaan</source>
      <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="63" />
      <source>Uw melding werd besproken in de LIVC-R; betrokkene werd doorverwezen naar de gepaste hulpverlening. Meer informatie kunnen wij u niet geven.</source>
      <translation>Votre signalement a été discuté au sein de la CSIL-R ; la personne concernée a été orientée vers l'aide appropriée. Nous ne pouvons pas vous donner plus d'informations.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="71" />
      <source>Uw melding werd besproken in de LIVC-R; de opvolging door de cel wordt afgesloten. Nieuwe signalen kunt u steeds aan de casemanager melden.</source>
      <translation>Votre signalement a été discuté au sein de la CSIL-R ; le suivi par la cellule est clôturé. Vous pouvez toujours communiquer de nouveaux signaux au référent.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="55" />
      <source>Uw melding werd besproken in de LIVC-R; er wordt een begeleiding opgestart. Meer informatie kunnen wij u niet geven. Nieuwe signalen kunt u steeds aan de casemanager melden.</source>
      <translation>Votre signalement a été discuté au sein de la CSIL-R ; un accompagnement est mis en place. Nous ne pouvons pas vous donner plus d'informations. Vous pouvez toujours communiquer de nouveaux signaux au référent.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="79" />
      <source>Uw melding werd goed ontvangen en wordt door de casemanager bekeken.</source>
      <translation>Votre signalement a bien été reçu et est examiné par le référent.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="203" />
      <source>Uw rol mag geen terugkoppeling registreren.</source>
      <translation>Votre rôle ne permet pas d'enregistrer un retour.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="85" />
      <source>vrije tekst</source>
      <translation>texte libre</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_dialog.py" line="155" />
      <source>— kies een sjabloon —</source>
      <translation>— choisir un modèle —</translation>
    </message>
  </context>
  <context>
    <name>FeedbackFormDialog</name>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="142" />
      <source>&amp;Contactpunt:</source>
      <translation>Point de &amp;contact :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="143" />
      <source>&amp;Datum:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="160" />
      <source>&amp;Leden aanwezig voor deze casus:</source>
      <translation>&amp;Membres présents pour ce cas :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="189" />
      <source>&amp;Produceren…</source>
      <translation>&amp;Générer…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="139" />
      <source>&amp;Referentie voor de politie:</source>
      <translation>&amp;Référence pour la police :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="191" />
      <source>&amp;Sluiten</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="187" />
      <source>&amp;Tekst in het verslag</source>
      <translation>Te&amp;xte dans le procès-verbal</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="137" />
      <source>&amp;Vergadering:</source>
      <translation>Ré&amp;union :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="183" />
      <source>A&amp;kkoord</source>
      <translation>&amp;Accord</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="185" />
      <source>Akkoord &amp;intrekken</source>
      <translation>Re&amp;tirer l'accord</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="66" />
      <source>Akkoord met deze tekst</source>
      <translation>D'accord avec ce texte</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="247" />
      <source>Akkoord: {agreed} van {total} aanwezige leden.</source>
      <translation>Accord : {agreed} membres présents sur {total}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="125" />
      <source>Algemene richting van de aanpak</source>
      <translation>Orientation générale de l'approche</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="243" />
      <source>Alle aanwezige leden gingen akkoord met deze tekst.</source>
      <translation>Tous les membres présents ont marqué leur accord sur ce texte.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="130" />
      <source>Contactpunt van de cel</source>
      <translation>Point de contact de la cellule</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="121" />
      <source>De cel volgt de casus &amp;op</source>
      <translation>La cellule &amp;suit le cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="388" />
      <source>De fiche is bewaard. Het bestand is niet versleuteld: bezorg het veilig.</source>
      <translation>La fiche est enregistrée. Le fichier n'est pas chiffré : transmettez-le de manière sûre.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="302" />
      <source>De fiche is niet bewaard.</source>
      <translation>La fiche n'a pas été enregistrée.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="396" />
      <source>De fiche kon niet worden gemaakt: {error}</source>
      <translation>La fiche n'a pas pu être créée : {error}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="314" />
      <source>De tekst is gewijzigd: alle akkoorden zijn vervallen; vraag ze opnieuw.</source>
      <translation>Le texte a été modifié : tous les accords sont caducs ; demandez-les à nouveau.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="219" />
      <source>Deze casus stond nog op geen enkele vergadering.</source>
      <translation>Ce cas n'a encore figuré à l'ordre du jour d'aucune réunion.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="98" />
      <source>Enkel wat de wet toelaat: geen bijdragen, geen acties, geen redenen van beslissingen, niets wat onder het beroepsgeheim valt. Elk lid dat aanwezig is voor deze casus moet akkoord gaan met precies deze tekst; elke wijziging doet de akkoorden vervallen.</source>
      <translation>Uniquement ce que la loi permet : pas d'apports, pas d'actions, pas de motifs de décisions, rien de ce qui relève du secret professionnel. Chaque membre présent pour ce cas doit marquer son accord sur exactement ce texte ; toute modification rend les accords caducs.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="273" />
      <source>Geef een datum als dd/mm/jjjj.</source>
      <translation>Indiquez une date au format jj/mm/aaaa.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="241" />
      <source>Geproduceerd op {at}.</source>
      <translation>Générée le {at}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="258" />
      <source>Het verslag van deze vergadering is gefinaliseerd: de tekst en de akkoorden wijzigen niet meer.</source>
      <translation>Le procès-verbal de cette réunion est finalisé : le texte et les accords ne changent plus.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="349" />
      <source>Het verslag van deze vergadering is gefinaliseerd: er is niets gewijzigd.</source>
      <translation>Le procès-verbal de cette réunion est finalisé : rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="324" />
      <source>Kies eerst een lid in de lijst.</source>
      <translation>Choisissez d'abord un membre dans la liste.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="64" />
      <source>Lid</source>
      <translation>Membre</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="239" />
      <source>Nog niet bewaard: bewaar de tekst voor de leden akkoord gaan.</source>
      <translation>Pas encore enregistré : enregistrez le texte avant que les membres marquent leur accord.</translation>
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
      <translation>&amp;Orientation de l'approche :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="156" />
      <source>Tekst &amp;bewaren</source>
      <translation>&amp;Enregistrer le texte</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="316" />
      <source>Tekst bewaard.</source>
      <translation>Texte enregistré.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="95" />
      <source>Terugkoppelingsfiche aan de politie — {case}</source>
      <translation>Fiche de retour à la police — {case}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="372" />
      <source>Terugkoppelingsfiche bewaren</source>
      <translation>Enregistrer la fiche de retour</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="253" />
      <source>Uw rol mag de tekst niet wijzigen en geen akkoorden registreren: dat doen de voorzitter of de secretaris.</source>
      <translation>Votre rôle ne permet pas de modifier le texte ni d'enregistrer des accords : c'est le rôle du président ou du secrétaire.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="135" />
      <source>dd/mm/jjjj</source>
      <translation>jj/mm/aaaa</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="336" />
      <source>{name} gaat akkoord.</source>
      <translation>{name} marque son accord.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/feedback_form_dialog.py" line="336" />
      <source>{name} trekt het akkoord in.</source>
      <translation>{name} retire son accord.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialogs</name>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="176" />
      <source>%n casussen en alle bijhorende gegevens in deze kluis importeren?</source>
      <translation>
        <numerusform>Importer %n cas et toutes les données associées dans ce coffre ?</numerusform>
        <numerusform>Importer %n cas et toutes les données associées dans ce coffre ?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="94" />
      <source>%n rijen worden als casus geïmporteerd.</source>
      <translation>
        <numerusform>%n ligne sera importée comme cas.</numerusform>
        <numerusform>%n lignes seront importées comme cas.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="54" />
      <source>&amp;Annuleren</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="67" />
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="73" />
      <source>&amp;Bestand kiezen…</source>
      <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="78" />
      <source>&amp;Bladeren…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="94" />
      <source>&amp;Exporteren</source>
      <translation>&amp;Exporter</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="53" />
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="88" />
      <source>&amp;Importeren</source>
      <translation>&amp;Importer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="95" />
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="90" />
      <location filename="../../livcr_desktop/views/exchange/issue_list_dialog.py" line="43" />
      <source>&amp;Sluiten</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="51" />
      <source>&amp;Volgende &gt;</source>
      <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="52" />
      <source>&lt; V&amp;orige</source>
      <translation>‹ &amp;Précédent</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="174" />
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="144" />
      <source>Aanmeldingsdatum</source>
      <translation>Date du signalement</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="54" />
      <source>Bestand</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="77" />
      <source>Bestand (.json)</source>
      <translation>Fichier (.json)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="150" />
      <source>Bestand vervangen</source>
      <translation>Remplacer le fichier</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="88" />
      <source>Bevat een NUL-teken of een ongeldig teken.</source>
      <translation>Contient un caractère NUL ou un caractère non valide.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="164" />
      <source>Bewaard: {path} ({counts}).</source>
      <translation>Enregistré : {path} ({counts}).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="182" />
      <source>Bezig met exporteren…</source>
      <translation>Exportation en cours…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="137" />
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="203" />
      <source>Bezig met importeren…</source>
      <translation>Importation en cours…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="66" />
      <source>CSV-bestand</source>
      <translation>Fichier CSV</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="82" />
      <source>CSV-bestand (*.csv *.txt)</source>
      <translation>Fichier CSV (*.csv *.txt)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="42" />
      <source>Caselijst importeren (CSV) — LIVC-R Desktop</source>
      <translation>Importer une liste de cas (CSV) — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="82" />
      <source>Caselijst kiezen</source>
      <translation>Choisir la liste de cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="148" />
      <source>Casemanager</source>
      <translation>Référent</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="68" />
      <source>Casus</source>
      <translation>Cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="133" />
      <source>Controle</source>
      <translation>Contrôle</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="57" />
      <source>De &amp;hele kluis (om over te zetten of te archiveren)</source>
      <translation>Tout le &amp;coffre-fort (pour le transférer ou l'archiver)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="116" />
      <source>De export van één casus bevat precies één casus.</source>
      <translation>L'export d'un seul cas contient exactement un cas.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="127" />
      <source>De kluis weigerde de gegevens; er werd niets geïmporteerd.</source>
      <translation>Le coffre-fort a refusé les données ; rien n'a été importé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="146" />
      <source>De map {folder} bestaat niet.</source>
      <translation>Le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="193" />
      <source>De tekens in dit bestand zijn niet leesbaar (geen UTF-8 of Windows-1252).</source>
      <translation>Les caractères de ce fichier sont illisibles (ni UTF-8 ni Windows-1252).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="169" />
      <source>Deze dossiercode komt al voor (in het bestand of in de kluis).</source>
      <translation>Ce code de dossier existe déjà (dans le fichier ou dans le coffre-fort).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="123" />
      <source>Deze kluis bevat al gegevens: een volledige export wordt alleen in een lege kluis geïmporteerd.</source>
      <translation>Ce coffre-fort contient déjà des données : un export complet ne s'importe que dans un coffre-fort vide.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="65" />
      <source>Dit bestand heeft formaatversie {version} en werd gemaakt met een nieuwere versie van LIVC-R Desktop; deze versie leest tot versie {supported}. Werk de toepassing bij.</source>
      <translation>Ce fichier est au format version {version} et a été créé avec une version plus récente de LIVC-R Desktop ; cette version lit jusqu'à la version {supported}. Mettez l'application à jour.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="118" />
      <source>Dit is de export van één casus (inzageverzoek); alleen de export van een hele kluis kan geïmporteerd worden.</source>
      <translation>Ceci est l'export d'un seul cas (demande d'accès) ; seul l'export d'un coffre-fort complet peut être importé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="192" />
      <source>Dit is een rekenblad (.xlsx of .ods), geen CSV. Bewaar het eerst als CSV.</source>
      <translation>Ceci est une feuille de calcul (.xlsx ou .ods), pas un CSV. Enregistrez-la d'abord au format CSV.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="195" />
      <source>Dit is geen CSV-tekstbestand.</source>
      <translation>Ceci n'est pas un fichier texte CSV.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="63" />
      <source>Dit is geen LIVC-R-uitwisselingsbestand.</source>
      <translation>Ceci n'est pas un fichier d'échange CSIL-R.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="198" />
      <source>Dit is geen leesbaar CSV-bestand.</source>
      <translation>Ceci n'est pas un fichier CSV lisible.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/background.py" line="56" />
      <source>Dit is mislukt ({error}); er is niets gewijzigd.</source>
      <translation>Cela a échoué ({error}) ; rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="84" />
      <source>Dit veld staat er meer dan eens.</source>
      <translation>Ce champ figure plus d'une fois.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="170" />
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="135" />
      <source>Dossiercode</source>
      <translation>Code du dossier</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="108" />
      <source>Dubbel: hetzelfde als {first}.</source>
      <translation>Doublon : identique à {first}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="61" />
      <source>Een volledige export (JSON) wordt in deze kluis geïmporteerd als de kluis nog leeg is. Het hele bestand wordt eerst gecontroleerd: alles wordt geïmporteerd, of niets.</source>
      <translation>Un export complet (JSON) est importé dans ce coffre-fort si celui-ci est encore vide. Le fichier entier est d'abord contrôlé : tout est importé, ou rien.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="135" />
      <source>Elke rij is gecontroleerd zoals in het casusformulier. Er wordt pas geïmporteerd als geen enkele rij nog een probleem heeft: alles, of niets.</source>
      <translation>Chaque ligne a été contrôlée comme dans le formulaire du cas. L'import n'a lieu que lorsqu'aucune ligne ne pose plus de problème : tout, ou rien.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="193" />
      <source>Er werd niets geïmporteerd.</source>
      <translation>Rien n'a été importé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="155" />
      <source>Export van {when}: {counts}. Alles is in orde.</source>
      <translation>Export du {when} : {counts}. Tout est en ordre.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="76" />
      <source>Exportbestand</source>
      <translation>Fichier d'export</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="130" />
      <source>Exportbestand opslaan</source>
      <translation>Enregistrer le fichier d'export</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="53" />
      <source>Exporteren — LIVC-R Desktop</source>
      <translation>Exporter — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="59" />
      <source>Eén &amp;casus (inzageverzoek van de betrokkene, AVG art. 15)</source>
      <translation>Un &amp;seul cas (demande d'accès de la personne concernée, RGPD art. 15)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="173" />
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="142" />
      <source>Fenomeen</source>
      <translation>Phénomène</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="139" />
      <source>Geboortedatum</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="112" />
      <source>Geen agendapunt op positie {position} in deze vergadering.</source>
      <translation>Aucun point de l'ordre du jour en position {position} dans cette réunion.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="102" />
      <source>Geen geldig tijdstip (UU:MM:SS).</source>
      <translation>Heure non valide (HH:MM:SS).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="53" />
      <source>Geen geldige JSON (regel {line}, kolom {column}).</source>
      <translation>JSON non valide (ligne {line}, colonne {column}).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="98" />
      <source>Geen geldige datum (JJJJ-MM-DD).</source>
      <translation>Date non valide (AAAA-MM-JJ).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="157" />
      <source>Geen geldige datum (dd/mm/jjjj of jjjj-mm-dd).</source>
      <translation>Date non valide (jj/mm/aaaa ou aaaa-mm-jj).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="100" />
      <source>Geen geldige datum en tijd (JJJJ-MM-DDTUU:MM:SS).</source>
      <translation>Date et heure non valides (AAAA-MM-JJTHH:MM:SS).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="171" />
      <source>Geen kolom gekoppeld aan het verplichte veld „{field}”.</source>
      <translation>Aucune colonne associée au champ obligatoire « {field} ».</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="165" />
      <source>Geen lid met deze naam in de kluis.</source>
      <translation>Aucun membre de ce nom dans le coffre-fort.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="163" />
      <source>Geen organisatie met deze naam in de kluis.</source>
      <translation>Aucune organisation de ce nom dans le coffre-fort.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="90" />
      <source>Heeft niet de vereiste vorm.</source>
      <translation>N'a pas la forme requise.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="199" />
      <source>Het bestand bevat geen rijen.</source>
      <translation>Le fichier ne contient aucune ligne.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="59" />
      <source>Het bestand bevat meer dan {max} waarden.</source>
      <translation>Le fichier contient plus de {max} valeurs.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/exchange/issue_list_dialog.py" line="29" />
      <source>Het bestand heeft %n problemen. Er werd niets geïmporteerd.</source>
      <translation>
        <numerusform>Le fichier présente %n problème. Rien n'a été importé.</numerusform>
        <numerusform>Le fichier présente %n problèmes. Rien n'a été importé.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="143" />
      <source>Het bestand heeft %n problemen; er wordt niets geïmporteerd.</source>
      <translation>
        <numerusform>Le fichier présente %n problème ; rien ne sera importé.</numerusform>
        <numerusform>Le fichier présente %n problèmes ; rien ne sera importé.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="197" />
      <source>Het bestand heeft te veel cellen.</source>
      <translation>Le fichier a trop de cellules.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="196" />
      <source>Het bestand heeft te veel rijen.</source>
      <translation>Le fichier contient trop de lignes.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="51" />
      <source>Het bestand is geen UTF-8-tekst.</source>
      <translation>Le fichier n'est pas du texte UTF-8.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="47" />
      <source>Het bestand is groter dan {max} MiB.</source>
      <translation>Le fichier dépasse {max} Mio.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="194" />
      <source>Het bestand is te groot.</source>
      <translation>Le fichier est trop volumineux.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="49" />
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="200" />
      <source>Het bestand kan niet gelezen worden.</source>
      <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="123" />
      <source>Het bestand kan niet gelezen worden: {reason}</source>
      <translation>Le fichier ne peut pas être lu : {reason}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="174" />
      <source>Het bestand kon niet geschreven worden: {reason}</source>
      <translation>Le fichier n'a pas pu être écrit : {reason}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="131" />
      <source>Het bestand wordt gecontroleerd…</source>
      <translation>Vérification du fichier…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="173" />
      <source>Het veld „{field}” is aan meer dan één kolom gekoppeld.</source>
      <translation>Le champ « {field} » est associé à plus d'une colonne.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="114" />
      <source>Hoort alleen in de export van één casus.</source>
      <translation>N'a sa place que dans l'export d'un seul cas.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="143" />
      <source>Ideologie</source>
      <translation>Idéologie</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="175" />
      <source>Importeren</source>
      <translation>Importer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/issue_list_dialog.py" line="25" />
      <source>Importeren niet mogelijk — LIVC-R Desktop</source>
      <translation>Import impossible — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="57" />
      <source>Importeren uit een uitwisselingsbestand — LIVC-R Desktop</source>
      <translation>Importer depuis un fichier d'échange — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="82" />
      <source>Interne gegevens van een kluis, geen instelling van de cel: kan niet geïmporteerd worden.</source>
      <translation>Données internes d'un coffre-fort, pas un paramètre de la cellule : ne peut pas être importé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="56" />
      <source>Kies de caselijst als CSV (uit Excel: „Opslaan als… CSV”). Puntkomma of komma, UTF-8 of Windows-1252 worden herkend.</source>
      <translation>Choisissez la liste de cas au format CSV (depuis Excel : « Enregistrer sous… CSV »). Le point-virgule ou la virgule, l'UTF-8 ou le Windows-1252 sont reconnus.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="96" />
      <source>Kies voor elke kolom het veld van de casus, of „niet importeren”. Aanmeldingsdatum en fenomeen zijn verplicht; zonder dossiercode krijgt een rij de volgende vrije code.</source>
      <translation>Choisissez pour chaque colonne le champ du cas, ou « ne pas importer ». La date du signalement et le phénomène sont obligatoires ; sans code de dossier, une ligne reçoit le prochain code libre.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="82" />
      <source>Kolom in het bestand</source>
      <translation>Colonne du fichier</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="94" />
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="104" />
      <source>Kolommen koppelen</source>
      <translation>Associer les colonnes</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="22" />
      <source>Let op: het exportbestand is NIET versleuteld. Het bevat identiteiten en informatie onder het gedeeld beroepsgeheim (art. 458ter Sw.). Bewaar het alleen op een versleutelde drager, geef het enkel persoonlijk of versleuteld door en wis het zodra het gediend heeft. De export wordt gelogd.</source>
      <translation>Attention : le fichier d'export n'est PAS chiffré. Il contient des identités et des informations couvertes par le secret professionnel partagé (art. 458ter C. pén.). Conservez-le uniquement sur un support chiffré, transmettez-le seulement en main propre ou chiffré et effacez-le dès qu'il a servi. L'export est journalisé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="78" />
      <source>Mag niet leeg zijn.</source>
      <translation>Ne peut pas être vide.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="167" />
      <source>Meer cellen dan de kopregel kolommen heeft.</source>
      <translation>Plus de cellules que la ligne d'en-tête n'a de colonnes.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="140" />
      <source>Minderjarig</source>
      <translation>Mineur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="104" />
      <source>Moet tussen {minimum} en {maximum} liggen.</source>
      <translation>Doit être compris entre {minimum} et {maximum}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="138" />
      <source>Naam</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="80" />
      <source>Onbekend veld.</source>
      <translation>Champ inconnu.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="94" />
      <source>Onbekende waarde „{value}”; toegelaten: {allowed}.</source>
      <translation>Valeur inconnue « {value} » ; valeurs admises : {allowed}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="161" />
      <source>Onbekende waarde.</source>
      <translation>Valeur inconnue.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="70" />
      <source>Ongeldige formaatversie.</source>
      <translation>Version de format non valide.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="93" />
      <source>Ongeldige waarde.</source>
      <translation>Valeur non valide.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="149" />
      <source>Opmerkingen (screening)</source>
      <translation>Remarques (examen préalable)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="146" />
      <source>Organisatie signaalgever</source>
      <translation>Organisation du signalant</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="50" />
      <source>Plaats in het bestand</source>
      <translation>Emplacement dans le fichier</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="51" />
      <source>Probleem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="175" />
      <source>Problemen</source>
      <translation>Problèmes</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/common_widgets.py" line="27" />
      <source>Problemen in het bestand</source>
      <translation>Problèmes dans le fichier</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="171" />
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="136" />
      <source>Pseudoniem</source>
      <translation>Pseudonyme</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="169" />
      <source>Rij</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="184" />
      <source>Rij {row}, kolom „{column}”: {message}</source>
      <translation>Ligne {row}, colonne « {column} » : {message}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="187" />
      <source>Rij {row}: {message}</source>
      <translation>Ligne {row} : {message}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_wizard_pages.py" line="148" />
      <source>Rijen van het bestand</source>
      <translation>Lignes du fichier</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="159" />
      <source>Schrijf het jaar met vier cijfers (dd/mm/jjjj).</source>
      <translation>Écrivez l'année en quatre chiffres (jj/mm/aaaa).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="147" />
      <source>Sector signaalgever</source>
      <translation>Secteur du signalant</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="172" />
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="141" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="57" />
      <source>Te diep genest.</source>
      <translation>Imbrication trop profonde.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="86" />
      <source>Te lang: {length} tekens, hoogstens {max}.</source>
      <translation>Trop long : {length} caractères, {max} au maximum.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="71" />
      <source>Uitwisselingsbestand</source>
      <translation>Fichier d'échange</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="130" />
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="100" />
      <source>Uitwisselingsbestand (*.json)</source>
      <translation>Fichier d'échange (*.json)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="100" />
      <source>Uitwisselingsbestand kiezen</source>
      <translation>Choisir un fichier d'échange</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="125" />
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="178" />
      <source>Uw rol laat geen export toe.</source>
      <translation>Votre rôle ne permet pas d'exporter.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="115" />
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="130" />
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="139" />
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="196" />
      <source>Uw rol laat geen import toe.</source>
      <translation>Votre rôle ne permet pas d'importer.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="85" />
      <source>Veld van de casus</source>
      <translation>Champ du cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="72" />
      <source>Verkeerd type: {expected} verwacht, {found} gevonden.</source>
      <translation>Type incorrect : {expected} attendu, {found} trouvé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="76" />
      <source>Verplicht veld ontbreekt.</source>
      <translation>Un champ obligatoire manque.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="110" />
      <source>Verwijst naar „{value}”, dat niet in het bestand staat.</source>
      <translation>Fait référence à « {value} », qui ne figure pas dans le fichier.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="145" />
      <source>Volgende bespreking</source>
      <translation>Prochaine discussion</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="83" />
      <source>Voorbeelden</source>
      <translation>Exemples</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="137" />
      <source>Voornaam</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="216" />
      <source>aanwezigheden</source>
      <translation>présences</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="222" />
      <source>actie-opvolgingen</source>
      <translation>suivis d'actions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="221" />
      <source>acties</source>
      <translation>actions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="215" />
      <source>agendapunten</source>
      <translation>points de l'ordre du jour</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="220" />
      <source>beslissingen</source>
      <translation>décisions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="213" />
      <source>casussen</source>
      <translation>cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="218" />
      <source>domeinbeoordelingen</source>
      <translation>évaluations par domaine</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="32" />
      <source>geheel getal</source>
      <translation>nombre entier</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="37" />
      <source>getal</source>
      <translation>nombre</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="217" />
      <source>inbrengen</source>
      <translation>apports</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="219" />
      <source>integrale analyses</source>
      <translation>analyses intégrales</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="71" />
      <source>komma</source>
      <translation>virgule</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="212" />
      <source>leden</source>
      <translation>membres</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="34" />
      <source>lijst</source>
      <translation>liste</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="36" />
      <source>null</source>
      <translation>null</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="35" />
      <source>object</source>
      <translation>objet</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="211" />
      <source>organisaties</source>
      <translation>organisations</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="71" />
      <source>puntkomma</source>
      <translation>point-virgule</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="71" />
      <source>tab</source>
      <translation>tabulation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="31" />
      <source>tekst</source>
      <translation>texte</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="223" />
      <source>terugkoppelingen aan signaalgevers</source>
      <translation>retours aux signalants</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="33" />
      <source>true of false</source>
      <translation>true ou false</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="214" />
      <source>vergaderingen</source>
      <translation>réunions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="224" />
      <source>verslagdocumenten (enkel vermeld)</source>
      <translation>documents de procès-verbal (seulement mentionnés)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="71" />
      <source>verticale streep</source>
      <translation>barre verticale</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="142" />
      <source>{code} (automatisch)</source>
      <translation>{code} (automatique)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="100" />
      <source>{issues} probleem/problemen in {rows} rij(en); er wordt niets geïmporteerd tot ze opgelost zijn (in het bestand of in de koppeling).</source>
      <translation>{issues} problème(s) dans {rows} ligne(s) ; rien n'est importé tant qu'ils ne sont pas résolus (dans le fichier ou dans l'association des colonnes).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/export_dialog.py" line="150" />
      <source>{name} bestaat al. Vervangen?</source>
      <translation>{name} existe déjà. Le remplacer ?</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="75" />
      <source>{rows} rijen, {columns} kolommen; scheidingsteken: {delimiter}; codering: {encoding}.</source>
      <translation>{rows} lignes, {columns} colonnes ; séparateur : {delimiter} ; encodage : {encoding}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/exchange/exchange_models.py" line="36" />
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="206" />
      <source>— niet importeren —</source>
      <translation>— ne pas importer —</translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="61" />
      <source>… en nog %n problemen.</source>
      <translation>
        <numerusform>… et encore %n problème.</numerusform>
        <numerusform>… et encore %n problèmes.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>IntakePage</name>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="69" />
      <source>&amp;Acties al ondernomen:</source>
      <translation>Actions déjà en&amp;treprises :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="90" />
      <source>&amp;Contactgegevens:</source>
      <translation>C&amp;oordonnées :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="67" />
      <source>&amp;Datum van de feiten</source>
      <translation>&amp;Date des faits</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="73" />
      <source>&amp;Enkel adviesvraag (geen casus; apart geteld)</source>
      <translation>Demande d'a&amp;vis uniquement (pas un cas ; comptée à part)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="89" />
      <source>&amp;Functie:</source>
      <translation>&amp;Fonction :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="58" />
      <source>&amp;Gemeente:</source>
      <translation>&amp;Commune :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="96" />
      <source>&amp;Identiteit bewust niet meegedeeld door de signaalgever</source>
      <translation>&amp;Identité volontairement non communiquée par le signalant</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="66" />
      <source>&amp;Signaal:</source>
      <translation>&amp;Signal :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="103" />
      <source>A&amp;kkoord signaalgever (kernteam / LIVC-R):</source>
      <translation>Acco&amp;rd du signalant (noyau restreint / CSIL-R) :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="68" />
      <source>Acties al ondernomen</source>
      <translation>Actions déjà entreprises</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="101" />
      <source>Akkoord signaalgever om de casus in te brengen</source>
      <translation>Accord du signalant pour soumettre le cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="88" />
      <source>Contact&amp;persoon (burger, ouder of professional):</source>
      <translation>&amp;Personne de contact (citoyen, parent ou professionnel) :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="86" />
      <source>Contactgegevens signaalgever</source>
      <translation>Coordonnées du signalant</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="82" />
      <source>Contactpersoon signaalgever</source>
      <translation>Personne de contact du signalant</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="70" />
      <source>D&amp;ringend</source>
      <translation>&amp;Urgent</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="85" />
      <source>Functie signaalgever</source>
      <translation>Fonction du signalant</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="54" />
      <source>Gemeente</source>
      <translation>Commune</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="76" />
      <source>I&amp;nkomende doorverwijzing van de LTF (Local Task Force)</source>
      <translation>Renvoi e&amp;ntrant de la LTF (Local Task Force)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="65" />
      <source>Signaal</source>
      <translation>Signal</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="92" />
      <source>Signaalgever &amp;tonen (wordt gelogd)</source>
      <translation>Affic&amp;her le signalant (journalisé)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/intake_page.py" line="55" />
      <source>— kies —</source>
      <translation>— choisir —</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="170" />
      <source>Capaciteit en middelen</source>
      <translation>Capacités et moyens</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="202" />
      <source>Casus — zonder genodigden</source>
      <translation>Cas — sans invités</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="164" />
      <source>Financiën en huisvesting</source>
      <translation>Finances et logement</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="165" />
      <source>Fysieke en mentale gezondheid</source>
      <translation>Santé physique et mentale</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="162" />
      <source>Gezin en thuissituatie</source>
      <translation>Famille et situation au domicile</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="172" />
      <source>Identiteit, zingeving en grieven</source>
      <translation>Identité, quête de sens et griefs</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="168" />
      <source>Ideologie, opvattingen en houding tegenover geweld</source>
      <translation>Idéologie, convictions et attitude face à la violence</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="169" />
      <source>Intentie en gedragssignalen</source>
      <translation>Intention et signaux comportementaux</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="171" />
      <source>Justitie en politie</source>
      <translation>Justice et police</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="149" />
      <source>OCMW</source>
      <translation>CPAS</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="163" />
      <source>Onderwijs, werk en dagbesteding</source>
      <translation>Enseignement, travail et occupation de jour</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="167" />
      <source>Online gedrag en informatieomgeving</source>
      <translation>Comportement et environnement en ligne</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="78" />
      <source>Q0 geen radicaliseringsproblematiek</source>
      <translation>Q0 pas de problématique de radicalisation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="79" />
      <source>Q1 zorgwekkend, onvoldoende informatie</source>
      <translation>Q1 préoccupant, informations insuffisantes</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="80" />
      <source>Q2 radicaliseringsproces, sociaal-preventieve aanpak</source>
      <translation>Q2 processus de radicalisation, volet socio-préventif</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="81" />
      <source>Q3 verhoogd risico, veiligheidsluik nodig</source>
      <translation>Q3 risque accru, volet sécuritaire nécessaire</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="173" />
      <source>Recente gebeurtenissen en triggers</source>
      <translation>Événements récents et déclencheurs</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="166" />
      <source>Sociaal netwerk en vrije tijd</source>
      <translation>Réseau social et loisirs</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="48" />
      <source>aangemeld</source>
      <translation>signalé</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="108" />
      <source>aanwezig</source>
      <translation>présent</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="101" />
      <source>afgerond</source>
      <translation>terminée</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="53" />
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="127" />
      <source>afgesloten</source>
      <translation>clôturé</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="91" />
      <source>afschalen</source>
      <translation>désescalader (suivi allégé)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="92" />
      <source>afsluiten</source>
      <translation>clôturer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="110" />
      <source>afwezig</source>
      <translation>absent</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="156" />
      <source>andere</source>
      <translation>autre</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="70" />
      <source>anti-overheid</source>
      <translation>anti-gouvernemental</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="93" />
      <source>bijkomende informatie verzamelen</source>
      <translation>recueillir plus d'informations</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="119" />
      <source>buitengewone vergadering</source>
      <translation>réunion extraordinaire</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="135" />
      <source>casusbespreking</source>
      <translation>discussion de cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="52" />
      <source>doorverwezen en afgesloten</source>
      <translation>orienté et clôturé</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="89" />
      <source>doorverwijzen en afsluiten</source>
      <translation>orienter et clôturer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="69" />
      <source>extreemlinks</source>
      <translation>extrême gauche</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="68" />
      <source>extreemrechts</source>
      <translation>extrême droite</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="60" />
      <source>extremisme</source>
      <translation>extrémisme</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="153" />
      <source>geestelijke gezondheid (CGG)</source>
      <translation>santé mentale (SSM)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="128" />
      <source>gefinaliseerd</source>
      <translation>finalisée</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="155" />
      <source>gemeente</source>
      <translation>commune</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="125" />
      <source>gepland</source>
      <translation>planifiée</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="50" />
      <source>in opvolging</source>
      <translation>en suivi</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="49" />
      <source>in screening</source>
      <translation>en examen préalable</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="154" />
      <source>jeugdwerk</source>
      <translation>secteur jeunesse</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="150" />
      <source>justitiehuis</source>
      <translation>maison de justice</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="118" />
      <source>kernteam</source>
      <translation>noyau restreint</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="100" />
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="126" />
      <source>lopend</source>
      <translation>en cours</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="102" />
      <source>niet uitgevoerd</source>
      <translation>non exécutée</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="136" />
      <source>nieuwe aanmelding</source>
      <translation>nouveau signalement</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="111" />
      <source>nog niet geregistreerd</source>
      <translation>pas encore enregistré</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="152" />
      <source>onderwijs (school, CLB)</source>
      <translation>enseignement (école, CPMS)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="72" />
      <source>onduidelijk</source>
      <translation>indéterminée</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="99" />
      <source>open</source>
      <translation>ouverte</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="51" />
      <source>opgeschaald</source>
      <translation>escaladé</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="90" />
      <source>opschalen</source>
      <translation>escalader</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="134" />
      <source>opvolging openstaande acties</source>
      <translation>suivi des actions en suspens</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="87" />
      <source>opvolging opstarten</source>
      <translation>lancer le suivi</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="88" />
      <source>opvolging verderzetten</source>
      <translation>poursuivre le suivi</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="147" />
      <source>politie</source>
      <translation>police</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="148" />
      <source>preventie</source>
      <translation>prévention</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="59" />
      <source>radicalisme</source>
      <translation>radicalisme</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="117" />
      <source>reguliere LIVC-R</source>
      <translation>CSIL-R ordinaire</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="67" />
      <source>religieus geïnspireerd</source>
      <translation>d'inspiration religieuse</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="71" />
      <source>single-issue</source>
      <translation>cause unique</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="61" />
      <source>terrorisme</source>
      <translation>terrorisme</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="142" />
      <source>uitgenodigd</source>
      <translation>invité</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="137" />
      <source>varia</source>
      <translation>divers</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="142" />
      <source>vast lid</source>
      <translation>membre permanent</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="109" />
      <source>verontschuldigd</source>
      <translation>excusé</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/labels.py" line="151" />
      <source>welzijn (CAW)</source>
      <translation>action sociale (CAP)</translation>
    </message>
  </context>
  <context>
    <name>LiveMeeting</name>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="77" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/draft_close.py" line="63" />
      <source>&amp;Terug naar de vergadering</source>
      <translation>&amp;Retour à la réunion</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="54" />
      <source>&amp;Verder vergaderen</source>
      <translation>&amp;Continuer la réunion</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="50" />
      <source>&amp;Vergadering</source>
      <translation>&amp;Réunion</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="163" />
      <source>'{title}' van de agenda halen?</source>
      <translation>Retirer « {title} » de l'ordre du jour ?</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="62" />
      <source>+ casus</source>
      <translation>+ cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="65" />
      <source>+ punt</source>
      <translation>+ point</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="43" />
      <source>&lt;b&gt;Agenda&lt;/b&gt;</source>
      <translation>&lt;b&gt;Ordre du jour&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="54" />
      <source>Aanwezigheid</source>
      <translation>Présences</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_header.py" line="43" />
      <source>Aanwezigheid (F2)</source>
      <translation>Présences (F2)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="14" />
      <source>Aanwezigheid en geheimhouding</source>
      <translation>Présences et secret</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="212" />
      <source>Aanwezigheid niet volledig</source>
      <translation>Présences incomplètes</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="15" />
      <source>Aanwezigheidslijst: de aanwezigheid van het lid op deze rij kiezen</source>
      <translation>Liste de présence : choisir la présence du membre de cette ligne</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="16" />
      <source>Aanwezigheidslijst: geheimhouding van dit lid bevestigen / intrekken</source>
      <translation>Liste de présence : confirmer / retirer la confidentialité de ce membre</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="33" />
      <source>Afgesloten vergadering heropenen</source>
      <translation>Rouvrir une réunion clôturée</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="47" />
      <source>Agenda</source>
      <translation>Ordre du jour</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="59" />
      <source>Agendapunt hoger</source>
      <translation>Monter le point</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="29" />
      <source>Agendapunt hoger / lager zetten</source>
      <translation>Monter / descendre le point de l'ordre du jour</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="60" />
      <source>Agendapunt lager</source>
      <translation>Descendre le point</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="144" />
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="150" />
      <source>Agendapunt toevoegen</source>
      <translation>Ajouter un point à l'ordre du jour</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="162" />
      <source>Agendapunt verwijderen</source>
      <translation>Supprimer le point de l'ordre du jour</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="366" />
      <source>Agendapunt: {used} / {planned}:00</source>
      <translation>Point : {used} / {planned}:00</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/draft_close.py" line="59" />
      <source>Als &amp;ontwerp bewaren</source>
      <translation>Conserver comme &amp;brouillon</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/draft_close.py" line="56" />
      <source>Als ontwerp bewaard komt de invoer terug wanneer u deze casus opnieuw opent.</source>
      <translation>Conservée comme brouillon, la saisie réapparaît quand vous rouvrez ce cas.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="70" />
      <source>Be&amp;werken</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="44" />
      <source>Besproken zonder beslissing:</source>
      <translation>Discutés sans décision :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="25" />
      <source>Bijdrage: beroepsgeheim aan / uit</source>
      <translation>Apport : secret professionnel oui / non</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="26" />
      <source>Bijdrage: niet projecteren aan / uit</source>
      <translation>Apport : ne pas projeter oui / non</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="20" />
      <source>Bijdrage: toevoegen; het toetsenbord gaat naar de organisatie van de volgende spreker</source>
      <translation>Contribution : ajouter ; le clavier passe à l'organisation de l'intervenant suivant</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="61" />
      <source>Casus om toe te voegen</source>
      <translation>Cas à ajouter</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="390" />
      <source>Datum van de volgende vergadering (dd/mm/jjjj, leeg: nog niet gekend):</source>
      <translation>Date de la prochaine réunion (jj/mm/aaaa, vide : pas encore connue) :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="250" />
      <source>De geheimhouding (art. 458ter) nog niet bevestigd: {n} van de aanwezigen.</source>
      <translation>Confidentialité (art. 458ter) pas encore confirmée : {n} des personnes présentes.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="35" />
      <source>Deze hulp</source>
      <translation>Cette aide</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="93" />
      <source>Deze vergadering is afgesloten: alles is te lezen, niets te wijzigen. Heropenen: Ctrl+Shift+O.</source>
      <translation>Cette réunion est clôturée : tout peut être lu, rien ne peut être modifié. Rouvrir : Ctrl+Shift+O.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/draft_close.py" line="48" />
      <source>Er is nog getypte invoer die niet is vastgelegd. Wat wilt u ermee doen?</source>
      <translation>Une saisie tapée n'a pas encore été enregistrée. Que voulez-vous en faire ?</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="399" />
      <source>Geef de datum als dd/mm/jjjj.</source>
      <translation>Indiquez la date au format jj/mm/aaaa.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="375" />
      <source>Gepland: {n} min</source>
      <translation>Prévu : {n} min</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="95" />
      <source>Het verslag van deze vergadering is gefinaliseerd: niets kan nog gewijzigd worden.</source>
      <translation>Le procès-verbal de cette réunion est finalisé : plus rien ne peut être modifié.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="36" />
      <source>Identiteit van de casus tonen op de projector (met bevestiging, gelogd)</source>
      <translation>Afficher l'identité du cas sur le projecteur (avec confirmation, journalisé)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/draft_close.py" line="61" />
      <source>Invoer &amp;weggooien</source>
      <translation>&amp;Abandonner la saisie</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="245" />
      <source>Niemand is als aanwezig geregistreerd.</source>
      <translation>Personne n'est enregistré comme présent.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="50" />
      <source>Niet alles op de agenda is afgerond. Toch afsluiten?</source>
      <translation>Tout l'ordre du jour n'est pas traité. Clôturer quand même ?</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="42" />
      <source>Niet behandeld:</source>
      <translation>Non traités :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="108" />
      <source>Niet getoond: een genodigde voor enkele casussen is in de zaal.</source>
      <translation>Non affiché : un invité pour certains cas est dans la salle.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/draft_close.py" line="47" />
      <source>Niet vastgelegde invoer</source>
      <translation>Saisie non enregistrée</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="57" />
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="23" />
      <source>Nieuwe actie</source>
      <translation>Nouvelle action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="56" />
      <source>Nieuwe beslissing</source>
      <translation>Nouvelle décision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="22" />
      <source>Nieuwe beslissing (eerst de kwalificatie, zolang de casus er geen heeft)</source>
      <translation>Nouvelle décision (d'abord la qualification, tant que le cas n'en a pas)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="55" />
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="17" />
      <source>Nieuwe bijdrage</source>
      <translation>Nouvel apport</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="247" />
      <source>Nog niet geregistreerd: {n} van de verwachte leden.</source>
      <translation>Pas encore enregistrés : {n} des membres attendus.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="71" />
      <source>Ongedaan maken</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="30" />
      <source>Ongedaan maken / opnieuw</source>
      <translation>Annuler / rétablir</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="73" />
      <source>Opnieuw</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="105" />
      <source>P&amp;rojector</source>
      <translation>&amp;Projecteur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="24" />
      <source>Plan van aanpak: de actie toevoegen (in elk veld van de nieuwe actie)</source>
      <translation>Plan d'action : ajouter l'action (depuis chaque champ de la nouvelle action)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="109" />
      <source>Projector</source>
      <translation>Projecteur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="28" />
      <source>Projector aan / uit</source>
      <translation>Allumer / éteindre le projecteur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="34" />
      <source>Projector bevriezen / vrijgeven</source>
      <translation>Figer / libérer le projecteur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="35" />
      <source>Projector volgt de voorzitter / blijft op dit punt</source>
      <translation>Le projecteur suit le président / reste sur ce point</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="29" />
      <source>Projector zwart / terug (B niet in een tekstveld of lijst)</source>
      <translation>Projecteur noir / retour (B hors d'un champ de texte ou d'une liste)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="32" />
      <source>Projector: volgende / vorige pagina van een lang punt</source>
      <translation>Projecteur : page suivante / précédente d'un long point</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="373" />
      <source>Resterend: {left}</source>
      <translation>Restant : {left}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="57" />
      <source>Sluiten</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="78" />
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="49" />
      <source>Sneltoetsen</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="37" />
      <source>Tekst op de projector groter / kleiner / normaal</source>
      <translation>Texte du projecteur plus grand / plus petit / normal</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="31" />
      <source>Terugkoppelingsfiche van de casus (op de projector zolang ze open is)</source>
      <translation>Fiche de retour du cas (au projecteur tant qu'elle est ouverte)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="65" />
      <source>Terugkoppelingsfiche…</source>
      <translation>Fiche de retour…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="340" />
      <location filename="../../livcr_desktop/views/meeting/meeting_header.py" line="40" />
      <source>Timer starten (Ctrl+T)</source>
      <translation>Démarrer le chrono (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="28" />
      <source>Timer starten / stoppen</source>
      <translation>Démarrer / arrêter le chrono</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="58" />
      <source>Timer starten/stoppen</source>
      <translation>Démarrer/arrêter le chrono</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="340" />
      <source>Timer stoppen (Ctrl+T)</source>
      <translation>Arrêter le chrono (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="144" />
      <source>Titel van het agendapunt:</source>
      <translation>Titre du point de l'ordre du jour :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="53" />
      <source>Toch &amp;afsluiten</source>
      <translation>&amp;Clôturer quand même</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="27" />
      <source>Venster sluiten (vraagt wat er met niet vastgelegde invoer moet gebeuren)</source>
      <translation>Fermer la fenêtre (demande que faire de la saisie non enregistrée)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="83" />
      <source>Vergadering &amp;heropenen…</source>
      <translation>&amp;Rouvrir la réunion…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="49" />
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="389" />
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="399" />
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="32" />
      <source>Vergadering afsluiten</source>
      <translation>Clôturer la réunion</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="68" />
      <source>Vergadering afsluiten…</source>
      <translation>Clôturer la réunion…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="63" />
      <source>Vergadering heropenen</source>
      <translation>Rouvrir la réunion</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="69" />
      <source>Vergadering heropenen…</source>
      <translation>Rouvrir la réunion…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/closing.py" line="64" />
      <source>Vergadering {number} heropenen? Wat vastgelegd is, kan dan weer gewijzigd worden; het heropenen wordt in het auditlogboek bewaard.</source>
      <translation>Rouvrir la réunion {number} ? Ce qui a été enregistré pourra de nouveau être modifié ; la réouverture est conservée dans le journal d'audit.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="81" />
      <source>Vergadering {number} — LIVC-R Desktop</source>
      <translation>Réunion {number} — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/agenda_panel.py" line="68" />
      <source>Verwijderen</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="52" />
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="12" />
      <source>Volgend agendapunt</source>
      <translation>Point suivant</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_menus.py" line="53" />
      <location filename="../../livcr_desktop/views/meeting/shortcut_help.py" line="13" />
      <source>Vorig agendapunt</source>
      <translation>Point précédent</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/draft_close.py" line="26" />
      <source>actie</source>
      <translation>action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/draft_close.py" line="25" />
      <source>beslissing</source>
      <translation>décision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/draft_close.py" line="24" />
      <source>bijdrage</source>
      <translation>apport</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_header.py" line="23" />
      <source>{kind} {number} — {date} {time}, {place} — voorzitter: {chair}</source>
      <translation>{kind} {number} — {date} {time}, {place} — président : {chair}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/live_meeting.py" line="213" />
      <source>{missing} Toch de casusbespreking beginnen?</source>
      <translation>{missing} Commencer quand même la discussion du cas ?</translation>
    </message>
  </context>
  <context>
    <name>LongText</name>
    <message>
      <location filename="../../livcr_desktop/views/widgets/long_text.py" line="53" />
      <source>{n} tekens — lang voor het verslag</source>
      <translation>{n} caractères — long pour le procès-verbal</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/long_text.py" line="47" />
      <source>{n} tekens — te lang om te bewaren (hoogstens {max}); kort de tekst in</source>
      <translation>{n} caractères — trop long pour être enregistré (au plus {max}) ; raccourcissez le texte</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="104" />
      <source>&amp;Actieopvolging</source>
      <translation>Suivi des &amp;actions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="90" />
      <source>&amp;Acties</source>
      <translation>Act&amp;ions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="85" />
      <source>&amp;Afsluiten</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="79" />
      <source>&amp;Bestand</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="75" />
      <source>&amp;Casussen</source>
      <translation>&amp;Cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="130" />
      <source>&amp;Exporteren (uitwisselingsformaat)…</source>
      <translation>&amp;Exporter (format d'échange)…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="126" />
      <source>&amp;Gebruikers…</source>
      <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="90" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="122" />
      <source>&amp;Instellingen van de cel…</source>
      <translation>&amp;Paramètres de la cellule…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="55" />
      <source>&amp;Nieuwe casus</source>
      <translation>&amp;Nouveau cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="80" />
      <source>&amp;Nieuwe casus…</source>
      <translation>&amp;Nouveau cas…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meetings_page.py" line="32" />
      <source>&amp;Nieuwe vergadering…</source>
      <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="98" />
      <source>&amp;Opvolging</source>
      <translation>&amp;Suivi</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="93" />
      <source>&amp;Over LIVC-R Desktop</source>
      <translation>À &amp;propos de LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="91" />
      <source>&amp;Sneltoetsen</source>
      <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="119" />
      <source>&amp;Statistiek voor preventie…</source>
      <translation>&amp;Statistiques pour la prévention…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="62" />
      <source>&amp;Status:</source>
      <translation>Stat&amp;ut :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="150" />
      <source>&amp;Taal</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="100" />
      <source>&amp;Tijdlijn van de casus</source>
      <translation>&amp;Chronologie du cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="85" />
      <source>&amp;Vergaderingen</source>
      <translation>&amp;Réunions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="88" />
      <source>&amp;Zoeken</source>
      <translation>&amp;Rechercher</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="106" />
      <source>&amp;Zoeken in alles</source>
      <translation>Rechercher &amp;partout</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="61" />
      <source>&amp;Zoeken:</source>
      <translation>R&amp;echercher :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_alerts.py" line="76" />
      <source>Achterstallige acties: {n}</source>
      <translation>Actions en retard : {n}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_alerts.py" line="71" />
      <source>Achterstallige besprekingen: {n}</source>
      <translation>Discussions en retard : {n}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="49" />
      <source>Alle casussen</source>
      <translation>Tous les cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="50" />
      <source>Alle lopende casussen</source>
      <translation>Tous les cas en cours</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="133" />
      <source>Alles over de gekozen &amp;casus exporteren (inzageverzoek)…</source>
      <translation>Exporter tout le &amp;dossier choisi (demande d'accès)…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="375" />
      <source>Alt+onderstreepte letter</source>
      <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="116" />
      <source>Behee&amp;r</source>
      <translation>&amp;Gestion</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="51" />
      <source>Bespreking achterstallig</source>
      <translation>Discussion en retard</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_alerts.py" line="38" />
      <source>Bevestigen met een reden…</source>
      <translation>Confirmer avec un motif…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="83" />
      <source>Casus &amp;openen</source>
      <translation>&amp;Ouvrir le cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="205" />
      <source>Casus exporteren</source>
      <translation>Exporter un cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="138" />
      <source>Casus&amp;lijst importeren uit CSV…</source>
      <translation>Importer une liste de cas (CS&amp;V)…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="70" />
      <source>Casussen</source>
      <translation>Cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_alerts.py" line="44" />
      <source>Casussen waarvan de volgende bespreking voorbij is</source>
      <translation>Cas dont la prochaine discussion est dépassée</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="43" />
      <source>Casussen zoeken</source>
      <translation>Rechercher des cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="125" />
      <source>Casussen: {shown} van {total}</source>
      <translation>Cas : {shown} sur {total}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="374" />
      <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
      <translation>Ctrl+Tab / Ctrl+Maj+Tab</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/next_agenda.py" line="24" />
      <source>De agenda van vergadering {number} ({date}) is al volledig.</source>
      <translation>L'ordre du jour de la réunion {number} ({date}) est déjà complet.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="276" />
      <source>De casus staat klaar voor de volgende agenda.</source>
      <translation>Le cas est prêt pour le prochain ordre du jour.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="377" />
      <source>De gekozen casus, vergadering of actie openen</source>
      <translation>Ouvrir le cas, la réunion ou l'action choisi(e)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="377" />
      <source>Enter</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/next_agenda.py" line="21" />
      <source>Er is geen geplande vergadering. Plan eerst een vergadering.</source>
      <translation>Aucune réunion n'est planifiée. Planifiez d'abord une réunion.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="47" />
      <source>Filter op status</source>
      <translation>Filtrer par statut</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_alerts.py" line="76" />
      <source>Geen achterstallige acties</source>
      <translation>Aucune action en retard</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="137" />
      <source>Im&amp;porteren (uitwisselingsformaat)…</source>
      <translation>&amp;Importer (format d'échange)…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="205" />
      <source>Kies eerst een casus in de lijst.</source>
      <translation>Choisissez d'abord un cas dans la liste.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="119" />
      <source>Kluis: {path} — aangemeld als {user}</source>
      <translation>Coffre-fort : {path} — connecté en tant que {user}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="394" />
      <source>LIVC-R Desktop {version}

Casusoverleg van de Lokale Integrale Veiligheidscel (wet van 30 juli 2018). Alle gegevens vallen onder het gedeeld beroepsgeheim (art. 458ter Sw.) en blijven versleuteld op deze computer.</source>
      <translation>LIVC-R Desktop {version}

Concertation de cas de la Cellule de Sécurité Intégrale Locale (loi du 30 juillet 2018). Toutes les données relèvent du secret professionnel partagé (art. 458ter C. pén.) et restent chiffrées sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="53" />
      <source>LIVC-R Desktop — Acties</source>
      <translation>LIVC-R Desktop — Actions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="51" />
      <source>LIVC-R Desktop — Casussen</source>
      <translation>LIVC-R Desktop — Cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="52" />
      <source>LIVC-R Desktop — Vergaderingen</source>
      <translation>LIVC-R Desktop — Réunions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="54" />
      <source>LIVC-R Desktop — Zoeken</source>
      <translation>LIVC-R Desktop — Recherche</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="375" />
      <source>Naar dat tabblad, veld of menu</source>
      <translation>Vers cet onglet, ce champ ou ce menu</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="57" />
      <source>Nieuwe casus (Ctrl+N)</source>
      <translation>Nouveau cas (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="101" />
      <source>Op de &amp;volgende agenda zetten</source>
      <translation>Inscrire au prochain &amp;ordre du jour</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_alerts.py" line="46" />
      <source>Open of lopende acties waarvan de deadline verstreken is</source>
      <translation>Actions ouvertes ou en cours dont l'échéance est dépassée</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="393" />
      <source>Over LIVC-R Desktop</source>
      <translation>À propos de LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="379" />
      <source>Sneltoetsen van het hoofdvenster</source>
      <translation>Raccourcis clavier de la fenêtre principale</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="376" />
      <source>Tab / Shift+Tab</source>
      <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="102" />
      <source>Terugkoppeling aan &amp;signaalgever…</source>
      <translation>&amp;Retour au signalant…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="58" />
      <source>Tij&amp;dlijn</source>
      <translation>Chron&amp;ologie</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="60" />
      <source>Tijdlijn van de gekozen casus (Ctrl+T)</source>
      <translation>Chronologie du cas choisi (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/next_agenda.py" line="38" />
      <source>Uw rol mag de agenda van een vergadering niet aanpassen.</source>
      <translation>Votre rôle ne permet pas de modifier l'ordre du jour d'une réunion.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meetings_page.py" line="36" />
      <source>Ver&amp;slag…</source>
      <translation>Procès-&amp;verbal…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meetings_page.py" line="34" />
      <source>Vergadering &amp;leiden</source>
      <translation>&amp;Mener la réunion</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meetings_page.py" line="54" />
      <source>Vergaderingen</source>
      <translation>Réunions</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="374" />
      <source>Volgend / vorig tabblad</source>
      <translation>Onglet suivant / précédent</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="376" />
      <source>Volgend / vorig veld</source>
      <translation>Champ suivant / précédent</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/next_agenda.py" line="41" />
      <source>Volgende agenda</source>
      <translation>Prochain ordre du jour</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_menus.py" line="105" />
      <location filename="../../livcr_desktop/views/meeting/meetings_page.py" line="38" />
      <source>Volgende agenda v&amp;ullen</source>
      <translation>Compléter le prochain ordre du jo&amp;ur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meetings_page.py" line="41" />
      <source>Zet de casussen die aan bespreking toe zijn en de nieuwe aanmeldingen op de agenda van de volgende geplande vergadering</source>
      <translation>Inscrit les cas à discuter et les nouveaux signalements à l'ordre du jour de la prochaine réunion planifiée</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/main_window.py" line="91" />
      <source>Zoeken &amp;in alles</source>
      <translation>Rechercher &amp;partout</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/case_register.py" line="43" />
      <source>Zoeken op code, pseudoniem, status, casemanager… (Ctrl+F)</source>
      <translation>Rechercher par code, pseudonyme, statut, référent… (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/next_agenda.py" line="27" />
      <source>{n} casussen op de agenda van vergadering {number} ({date}) gezet: {codes}.</source>
      <translation>{n} cas inscrits à l'ordre du jour de la réunion {number} ({date}) : {codes}.</translation>
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
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="80" />
      <source>&amp;Datum:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="83" />
      <source>&amp;Plaats:</source>
      <translation>&amp;Lieu :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="79" />
      <source>&amp;Soort:</source>
      <translation>&amp;Type :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="84" />
      <source>&amp;Voorzitter:</source>
      <translation>&amp;Président :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="81" />
      <source>Aa&amp;nvang:</source>
      <translation>&amp;Heure de début :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="82" />
      <source>D&amp;uur:</source>
      <translation>D&amp;urée :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="119" />
      <source>De agenda wordt voorgesteld: eerst de openstaande acties, dan de casussen die aan bespreking toe zijn, dan de nieuwe aanmeldingen.</source>
      <translation>L'ordre du jour est proposé : d'abord les actions en suspens, puis les cas à discuter, puis les nouveaux signalements.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="123" />
      <source>Een casus die al op de agenda van een andere geplande vergadering staat, wordt niet opnieuw voorgesteld.</source>
      <translation>Un cas déjà à l'ordre du jour d'une autre réunion planifiée n'est pas proposé une seconde fois.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="44" />
      <source>Nieuwe vergadering</source>
      <translation>Nouvelle réunion</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="85" />
      <source>S&amp;ecretaris:</source>
      <translation>&amp;Secrétaire :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="114" />
      <source>Uitgenodigd: de leden van het kernteam. De agenda wordt voorgesteld: eerst de openstaande acties, dan de nieuwe aanmeldingen en de dringende casussen.</source>
      <translation>Invités : les membres du noyau restreint. L'ordre du jour est proposé : d'abord les actions en cours, puis les nouveaux signalements et les cas urgents.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="105" />
      <source>Vergadering p&amp;lannen</source>
      <translation>Pla&amp;nifier la réunion</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="74" />
      <source>— geen —</source>
      <translation>— aucun —</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_dialog.py" line="73" />
      <source>— kies —</source>
      <translation>— choisir —</translation>
    </message>
  </context>
  <context>
    <name>MeetingModels</name>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="219" />
      <source>Aanwezigheid</source>
      <translation>Présence</translation>
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
      <translation>Préoccupation
(préc. → act.)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="346" />
      <source>Casus</source>
      <translation>Cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="69" />
      <source>Casus: {label}</source>
      <translation>Cas : {label}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="376" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="350" />
      <source>Deadline</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="342" />
      <source>Deadline verstreken</source>
      <translation>Échéance dépassée</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="348" />
      <source>Eigenaar</source>
      <translation>Porteur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="226" />
      <source>Geheimhouding</source>
      <translation>Secret</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="274" />
      <source>Levensdomein</source>
      <translation>Domaine de vie</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="217" />
      <source>Lid</source>
      <translation>Membre</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="68" />
      <source>Nieuw: {label}</source>
      <translation>Nouveau : {label}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="374" />
      <source>Nummer</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="62" />
      <source>Opvolging openstaande acties</source>
      <translation>Suivi des actions en suspens</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="216" />
      <source>Organisatie</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="380" />
      <source>Plaats</source>
      <translation>Lieu</translation>
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
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="224" />
      <source>Uitgenodigd voor</source>
      <translation>Invité pour</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="349" />
      <source>Verantwoordelijke</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="320" />
      <source>[beroepsgeheim]</source>
      <translation>[secret professionnel]</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="324" />
      <source>[bevestigd]</source>
      <translation>[confirmé]</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="322" />
      <source>[niet projecteren]</source>
      <translation>[ne pas projeter]</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="211" />
      <source>bevestigd om {time}</source>
      <translation>confirmé à {time}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="204" />
      <source>hele vergadering</source>
      <translation>toute la réunion</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/meeting_models.py" line="212" />
      <source>nog niet</source>
      <translation>pas encore</translation>
    </message>
  </context>
  <context>
    <name>MeetingPages</name>
    <message>
      <location filename="../../livcr_desktop/views/meeting/review_page.py" line="68" />
      <source>&amp;Afgerond</source>
      <translation>&amp;Terminée</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/invite_dialog.py" line="103" />
      <source>&amp;Casussen (Spatie vinkt aan; geen enkele: de hele vergadering):</source>
      <translation>&amp;Cas (Espace coche ; aucun : toute la réunion) :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="130" />
      <source>&amp;Casussen van de genodigde…</source>
      <translation>&amp;Cas de l'invité…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/invite_dialog.py" line="87" />
      <source>&amp;Lid:</source>
      <translation>&amp;Membre :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/review_page.py" line="70" />
      <source>&amp;Lopend</source>
      <translation>En &amp;cours</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/review_page.py" line="69" />
      <source>&amp;Niet uitgevoerd</source>
      <translation>&amp;Non exécutée</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="86" />
      <source>&amp;in verslag</source>
      <translation>au procès-&amp;verbal</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="82" />
      <source>&amp;niet projecteren ({keys})</source>
      <translation>ne pas pro&amp;jeter ({keys})</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="42" />
      <source>0 geen/onbekend</source>
      <translation>0 aucune/inconnue</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="42" />
      <source>1 laag</source>
      <translation>1 faible</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="42" />
      <source>2 matig</source>
      <translation>2 modérée</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="42" />
      <source>3 hoog</source>
      <translation>3 élevée</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="80" />
      <source>Aanwezigheid en geheimhouding</source>
      <translation>Présences et secret</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="91" />
      <source>Aanwezigheidslijst</source>
      <translation>Liste de présence</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="96" />
      <source>Actie toevoegen</source>
      <translation>Ajouter l'action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="93" />
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="126" />
      <source>Beroeps&amp;geheim</source>
      <translation>Secret pro&amp;fessionnel</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="95" />
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="128" />
      <source>Beroepsgeheim</source>
      <translation>Secret professionnel</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="96" />
      <source>Beroepsgeheim &amp;opgeheven met akkoord van:</source>
      <translation>Secret professionnel levé avec l'acc&amp;ord de :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="98" />
      <source>Beroepsgeheim opgeheven met akkoord van</source>
      <translation>Secret professionnel levé avec l'accord de</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="56" />
      <source>Beschermende factoren</source>
      <translation>Facteurs de protection</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="59" />
      <source>Beschermende factoren:</source>
      <translation>Facteurs de protection :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="65" />
      <source>Beslissing</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="130" />
      <source>Beslissing vast&amp;leggen</source>
      <translation>&amp;Enregistrer la décision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="41" />
      <source>Bezorgdheid</source>
      <translation>Préoccupation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="49" />
      <source>Bezorgdheid:</source>
      <translation>Préoccupation :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/case_page.py" line="82" />
      <source>Bij&amp;drage</source>
      <translation>Appor&amp;t</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="78" />
      <source>Bijdrage</source>
      <translation>Apport</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/case_page.py" line="147" />
      <source>Casus {code}{pseudo} — {status}</source>
      <translation>Cas {code}{pseudo} — {status}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/invite_dialog.py" line="73" />
      <source>Casussen van de genodigde</source>
      <translation>Cas de l'invité</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/invite_dialog.py" line="92" />
      <source>Casussen waarvoor het lid uitgenodigd is</source>
      <translation>Cas pour lesquels le membre est invité</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/invite_dialog.py" line="142" />
      <source>Casussen: een uitnodiging kan alleen voor een casus op de agenda van deze vergadering.</source>
      <translation>Cas : une invitation n'est possible que pour un cas à l'ordre du jour de cette réunion.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="159" />
      <source>De actie volgt uit een feit onder beroepsgeheim: ze verlaat de cel nooit.</source>
      <translation>L'action découle d'un fait couvert par le secret professionnel : elle ne quitte jamais la cellule.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="129" />
      <source>De beslissing herhaalt een feit onder beroepsgeheim: ze verlaat de cel nooit.</source>
      <translation>La décision reprend un fait couvert par le secret professionnel : elle ne quitte jamais la cellule.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="88" />
      <source>Deadline</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/case_page.py" line="83" />
      <source>Do&amp;mein</source>
      <translation>Do&amp;maine</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="104" />
      <source>Domein:</source>
      <translation>Domaine :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="92" />
      <source>Doorverwezen naar</source>
      <translation>Orienté vers</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="153" />
      <source>Doorverwezen naar:</source>
      <translation>Orienté vers :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="157" />
      <source>Een actie van een organisatie met beroepsgeheim is altijd beroepsgeheim: ze verlaat de cel nooit.</source>
      <translation>Une action d'une organisation tenue au secret professionnel est toujours couverte par ce secret : elle ne quitte jamais la cellule.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="79" />
      <source>Eigenaar (organisatie)</source>
      <translation>Porteur (organisation)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/review_page.py" line="78" />
      <source>Er staan geen acties van vorige vergaderingen open.</source>
      <translation>Aucune action des réunions précédentes n'est en suspens.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="91" />
      <source>Geen informatie / wenst niet te delen</source>
      <translation>Pas d'info / ne souhaite pas partager</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="125" />
      <source>Genodigde &amp;toevoegen…</source>
      <translation>Ajouter un &amp;invité…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/invite_dialog.py" line="73" />
      <source>Genodigde toevoegen</source>
      <translation>Ajouter un invité</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="56" />
      <source>Herinnering — gedeeld beroepsgeheim (art. 458ter §2 Strafwetboek). Wie aan dit casusoverleg deelneemt, is gehouden tot geheimhouding van wat hier gedeeld wordt. Niemand is verplicht te spreken; wie niets wil of mag delen, meldt dat en wordt genoteerd als 'geen informatie / wenst niet te delen'.</source>
      <translation>Rappel — secret professionnel partagé (art. 458ter, §2, du Code pénal). Toute personne qui participe à cette concertation de cas est tenue au secret sur ce qui y est partagé. Personne n'est obligé de parler ; qui ne veut ou ne peut rien partager le signale et est noté « pas d'information / ne souhaite pas partager ».</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="117" />
      <source>Iedereen &amp;aanwezig en bevestigd…</source>
      <translation>&amp;Tous présents et confirmés…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="287" />
      <source>Iedereen aanwezig</source>
      <translation>Tous présents</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="192" />
      <source>In de zaal voor punt {item}: {names}</source>
      <translation>Dans la salle pour le point {item} : {names}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/case_page.py" line="84" />
      <source>In&amp;schatting en beslissing</source>
      <translation>A&amp;nalyse et décision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/case_page.py" line="68" />
      <source>Integrale analyse: levensdomeinen en bijdragen per organisatie</source>
      <translation>Analyse intégrale : domaines de vie et apports par organisation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/assessment_form.py" line="31" />
      <source>Integrale inschatting</source>
      <translation>Analyse intégrale</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="35" />
      <source>Kies een levensdomein in het rooster.</source>
      <translation>Choisissez un domaine de vie dans la grille.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/assessment_form.py" line="41" />
      <source>Kwalificatie</source>
      <translation>Qualification</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/assessment_form.py" line="46" />
      <source>Kwalificatie:</source>
      <translation>Qualification :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="97" />
      <source>LTF (Local Task Force)</source>
      <translation>TFL (Task Force locale)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="128" />
      <source>Laatste bijdrage in deze cel verwijderen</source>
      <translation>Supprimer le dernier apport de cette case</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="73" />
      <source>Levensdomein</source>
      <translation>Domaine de vie</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/invite_dialog.py" line="135" />
      <source>Lid: kies een lid om uit te nodigen.</source>
      <translation>Membre : choisissez un membre à inviter.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/invite_dialog.py" line="144" />
      <source>Lid: {message}</source>
      <translation>Membre : {message}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="85" />
      <source>Motivering</source>
      <translation>Motivation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="148" />
      <source>Motivering:</source>
      <translation>Motivation :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="76" />
      <source>Nieuwe actie</source>
      <translation>Nouvelle action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="77" />
      <source>Nieuwe actie (Enter voegt toe)</source>
      <translation>Nouvelle action (Entrée pour ajouter)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="188" />
      <source>Nog geen agendapunt gekozen.</source>
      <translation>Aucun point de l'ordre du jour choisi.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="283" />
      <source>Nog geen beslissing voor deze casus.</source>
      <translation>Pas encore de décision pour ce cas.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/review_page.py" line="64" />
      <source>Nota bij de opvolging</source>
      <translation>Note de suivi</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/review_page.py" line="63" />
      <source>Nota bij de opvolging (optioneel)</source>
      <translation>Note de suivi (facultative)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="108" />
      <source>Op de rij van een lid: Enter kiest de aanwezigheid, Spatie bevestigt de geheimhouding (nogmaals Spatie trekt ze in).</source>
      <translation>Sur la ligne d'un membre : Entrée choisit la présence, Espace confirme la confidentialité (Espace à nouveau la retire).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/review_page.py" line="49" />
      <source>Openstaande acties</source>
      <translation>Actions en suspens</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="95" />
      <source>Opgeschaald naar</source>
      <translation>Escaladé vers</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="156" />
      <source>Opgeschaald naar:</source>
      <translation>Escaladé vers :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="335" />
      <source>Opgeschaald naar: kies de LTF of het parket.</source>
      <translation>Escaladé vers : choisissez la TFL ou le parquet.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="104" />
      <source>Opgeschaald sinds</source>
      <translation>Escaladé depuis</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/review_page.py" line="43" />
      <source>Opvolging van de openstaande acties van de vorige vergaderingen</source>
      <translation>Suivi des actions en suspens des réunions précédentes</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="70" />
      <source>Organisatie</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="102" />
      <source>Organisatie:</source>
      <translation>Organisation :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/case_page.py" line="86" />
      <source>Plan van &amp;aanpak</source>
      <translation>Plan d'a&amp;ction</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="63" />
      <source>Plan van aanpak</source>
      <translation>Plan d'action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="121" />
      <source>Registreert wie nog niet geregistreerd is als aanwezig; elk aanwezig lid bevestigt de geheimhouding</source>
      <translation>Enregistre comme présents ceux qui ne sont pas encore enregistrés ; chaque membre présent confirme la confidentialité</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="52" />
      <source>Risicofactoren</source>
      <translation>Facteurs de risque</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="58" />
      <source>Risicofactoren:</source>
      <translation>Facteurs de risque :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/assessment_form.py" line="37" />
      <source>Samenvatting van de integrale inschatting</source>
      <translation>Synthèse de l'analyse intégrale</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/assessment_form.py" line="45" />
      <source>Samenvatting:</source>
      <translation>Synthèse :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="78" />
      <source>Soort beslissing</source>
      <translation>Type de décision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="146" />
      <source>Soort:</source>
      <translation>Type :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="327" />
      <source>Soort: «{decision}» kan alleen voor een casus in opvolging; deze casus is {status}.</source>
      <translation>Type : « {decision} » n'est possible que pour un cas en suivi ; ce cas est {status}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="89" />
      <source>Toevoegen</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="281" />
      <source>Vastgelegd om {time}; wijzigingen worden meteen bewaard.</source>
      <translation>Enregistrée à {time} ; les modifications sont enregistrées immédiatement.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="82" />
      <source>Verantwoordelijke</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="89" />
      <source>Verwachtingen tegen de volgende bespreking</source>
      <translation>Attentes pour la prochaine discussion</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="149" />
      <source>Verwachtingen:</source>
      <translation>Attentes :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="121" />
      <source>Volgende bespreking:</source>
      <translation>Prochaine discussion :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="252" />
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="333" />
      <source>Volgende bespreking: verplicht, de casus blijft in opvolging.</source>
      <translation>Prochaine discussion : obligatoire, le cas reste en suivi.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="133" />
      <source>Voor welke casussen het lid op de geselecteerde rij uitgenodigd is</source>
      <translation>Les cas pour lesquels le membre de la ligne sélectionnée est invité</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="79" />
      <source>Wat weet deze organisatie over dit domein? (Enter voegt toe)</source>
      <translation>Que sait cette organisation sur ce domaine ? (Entrée pour ajouter)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="206" />
      <source>Wie stemt in met het opheffen van het beroepsgeheim? Vul een naam in.</source>
      <translation>Qui accepte de lever le secret professionnel ? Indiquez un nom.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="47" />
      <source>afschalen</source>
      <translation>désescalader (suivi allégé)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="84" />
      <source>b&amp;evestigd</source>
      <translation>c&amp;onfirmé</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/contribution_form.py" line="80" />
      <source>beroeps&amp;geheim ({keys})</source>
      <translation>secret pro&amp;fessionnel ({keys})</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/case_page.py" line="152" />
      <source>geen informatie / wenst niet te delen: {orgs}</source>
      <translation>pas d'information / ne souhaite pas partager : {orgs}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="112" />
      <source>gepland</source>
      <translation>prévue</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/invite_dialog.py" line="41" />
      <source>hele vergadering</source>
      <translation>toute la réunion</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="54" />
      <source>opgeschaald naar {target} sinds {date}</source>
      <translation>escaladé vers {target} depuis le {date}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="98" />
      <source>parket</source>
      <translation>parquet</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="107" />
      <source>sinds</source>
      <translation>depuis le</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/domain_form.py" line="81" />
      <source>vorige vergadering: {lvl}</source>
      <translation>réunion précédente : {lvl}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="288" />
      <source>{n} leden als aanwezig registreren; elk van hen bevestigt de geheimhouding (art. 458ter). Verontschuldigde en afwezige leden blijven zoals ze zijn.</source>
      <translation>Enregistrer {n} membres comme présents ; chacun d'eux confirme la confidentialité (art. 458ter). Les membres excusés et absents restent tels quels.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/attendance_page.py" line="170" />
      <source>{p} aanwezig, {a} bevestigd, {e} verontschuldigd, {x} afwezig, {u} nog niet geregistreerd</source>
      <translation>{p} présent(s), {a} confirmé(s), {e} excusé(s), {x} absent(s), {u} pas encore enregistré(s)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="78" />
      <source>— eigenaar —</source>
      <translation>— porteur —</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/decision_form.py" line="79" />
      <source>— kies —</source>
      <translation>— choisir —</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/assessment_form.py" line="42" />
      <source>— nog niet gekwalificeerd —</source>
      <translation>— pas encore qualifié —</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/action_form.py" line="83" />
      <source>— verantwoordelijke —</source>
      <translation>— responsable —</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="67" />
      <source>Aanmeldingsdatum</source>
      <translation>Date du signalement</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="85" />
      <source>Beslissing</source>
      <translation>Décision</translation>
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
      <translation>Date de la note</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="43" />
      <source>De geboortedatum ligt na de aanmeldingsdatum.</source>
      <translation>La date de naissance est postérieure à la date du signalement.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="184" />
      <source>De kluis kon niet geopend worden.</source>
      <translation>Le coffre-fort n'a pas pu être ouvert.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="48" />
      <source>De kluis moet minstens één voorzitter houden.</source>
      <translation>Le coffre-fort doit conserver au moins un président.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="118" />
      <source>De kluis staat op een alleen-lezen medium: kopieer de bestanden .vault en .vault.keys naar een map waarin u kunt schrijven en open die kopie. Er is niets gewijzigd.</source>
      <translation>Le coffre se trouve sur un support en lecture seule : copiez les fichiers .vault et .vault.keys dans un dossier où vous pouvez écrire et ouvrez cette copie. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="123" />
      <source>De map {folder} staat op een alleen-lezen medium: kies een andere map. Er is niets gewijzigd.</source>
      <translation>Le dossier {folder} se trouve sur un support en lecture seule : choisissez un autre dossier. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="114" />
      <source>De schijf is vol: maak {megabytes} MB vrij en probeer opnieuw. Er is niets gewijzigd.</source>
      <translation>Le disque est plein : libérez {megabytes} Mo et réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="42" />
      <source>Deze code bestaat al; kies een andere.</source>
      <translation>Ce code existe déjà ; choisissez-en un autre.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="41" />
      <source>Deze datum ligt in de toekomst.</source>
      <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="45" />
      <source>Deze datum ligt in het verleden.</source>
      <translation>Cette date est dans le passé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="40" />
      <source>Deze datum ligt vóór de aanmeldingsdatum.</source>
      <translation>Cette date est antérieure à la date du signalement.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="44" />
      <source>Deze datum ligt vóór de vergadering.</source>
      <translation>Cette date est antérieure à la réunion.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="155" />
      <source>Deze kluis is gemaakt met een nieuwere versie van LIVC-R Desktop. Werk de toepassing bij; de kluis is niet gewijzigd.</source>
      <translation>Ce coffre-fort a été créé avec une version plus récente de LIVC-R Desktop. Mettez l'application à jour ; le coffre-fort n'a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="182" />
      <source>Deze kluis wordt niet onthouden op deze computer.</source>
      <translation>Ce coffre-fort n'est pas mémorisé sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="49" />
      <source>Deze tekst bevat een onzichtbaar teken dat de schrijfrichting omkeert; verwijder het.</source>
      <translation>Ce texte contient un caractère invisible qui inverse le sens d'écriture ; supprimez-le.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="39" />
      <source>Deze tekst is te lang.</source>
      <translation>Ce texte est trop long.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="175" />
      <source>Dit is geen LIVC-R-kluis (geen geldig sleutelbestand ernaast).</source>
      <translation>Ceci n'est pas un coffre-fort CSIL-R (pas de fichier de clé valide à côté).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="37" />
      <source>Dit veld is verplicht.</source>
      <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="77" />
      <source>Duur</source>
      <translation>Durée</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="169" />
      <source>Een sleutel van deze kluis vraagt meer geheugen of tijd dan deze toepassing ooit instelt: het sleutelbestand werd door iemand anders gewijzigd. Herstel het uit een back-up; er werd niets geopend.</source>
      <translation>Une clé de ce coffre-fort demande plus de mémoire ou de temps que cette application n'en règle jamais : le fichier de clés a été modifié par quelqu'un d'autre. Restaurez-le depuis une sauvegarde ; rien n'a été ouvert.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="83" />
      <source>Eigenaar</source>
      <translation>Porteur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="177" />
      <source>Er is op deze computer geen beveiligde sleutelopslag van het besturingssysteem beschikbaar. Gebruik de wachtwoordzin.</source>
      <translation>Aucun stockage sécurisé de clés du système d'exploitation n'est disponible sur cet ordinateur. Utilisez la phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="132" />
      <source>Er kon niet geschreven worden in de map {folder}. Er is niets gewijzigd.</source>
      <translation>Impossible d’écrire dans le dossier {folder}. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="65" />
      <source>Familienaam</source>
      <translation>Nom de famille</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="69" />
      <source>Fenomeen</source>
      <translation>Phénomène</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="72" />
      <source>Functie</source>
      <translation>Fonction</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="66" />
      <source>Geboortedatum</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="38" />
      <source>Gebruik de vorm LIVC-2026-014 (letters, jaar, volgnummer).</source>
      <translation>Utilisez la forme LIVC-2026-014 (lettres, année, numéro d'ordre).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="88" />
      <source>Gemeente of politiezone</source>
      <translation>Commune ou zone de police</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="140" />
      <source>Het bestand kon niet gelezen of geschreven worden.</source>
      <translation>Le fichier n’a pas pu être lu ou écrit.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="165" />
      <source>Het databasebestand van deze kluis ontbreekt naast het sleutelbestand.</source>
      <translation>Le fichier de base de données de ce coffre-fort manque à côté du fichier de clé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="160" />
      <source>Het kluisbestand is beschadigd of onvolledig en kan niet gelezen worden. Herstel een back-up; het bestand is niet gewijzigd.</source>
      <translation>Le fichier du coffre-fort est endommagé ou incomplet et ne peut pas être lu. Restaurez une sauvegarde ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="61" />
      <source>Korte naam</source>
      <translation>Nom court</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="90" />
      <source>Levensdomein</source>
      <translation>Domaine de vie</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="59" />
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="60" />
      <source>Naam</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="89" />
      <source>Naam van de cel</source>
      <translation>Nom de la cellule</translation>
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
      <translation>Un coffre-fort existe déjà à cet emplacement.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="84" />
      <source>Organisatie</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="75" />
      <source>Plaats</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="63" />
      <source>Pseudoniem</source>
      <translation>Pseudonyme</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="71" />
      <source>Rol</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="80" />
      <source>Samenvatting</source>
      <translation>Synthèse</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="70" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="46" />
      <source>Te kort (minstens 10 tekens).</source>
      <translation>Trop court (au moins 10 caractères).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="79" />
      <source>Tekst</source>
      <translation>Texte</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="82" />
      <source>Termijn</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="74" />
      <source>Titel</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="47" />
      <source>U kunt uzelf niet verwijderen.</source>
      <translation>Vous ne pouvez pas vous supprimer vous-même.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="127" />
      <source>U mag niet schrijven in de map {folder}: vraag schrijfrechten of kies een andere map. Er is niets gewijzigd.</source>
      <translation>Vous n’avez pas le droit d’écrire dans le dossier {folder} : demandez des droits d’écriture ou choisissez un autre dossier. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="153" />
      <source>Verkeerde wachtwoordzin. De kluis is niet geopend.</source>
      <translation>Phrase secrète incorrecte. Le coffre-fort n'a pas été ouvert.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="68" />
      <source>Volgende bespreking</source>
      <translation>Prochaine discussion</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="64" />
      <source>Voornaam</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="78" />
      <source>Voorzitter</source>
      <translation>Président</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="73" />
      <source>Wachtwoordzin</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="91" />
      <source>Zorgniveau</source>
      <translation>Niveau de préoccupation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/messages.py" line="106" />
      <source>{field}: {message}</source>
      <translation>{field} : {message}</translation>
    </message>
  </context>
  <context>
    <name>MinutesDialog</name>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="113" />
      <source>&amp;Afdrukvoorbeeld…</source>
      <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="125" />
      <source>&amp;Finaliseren…</source>
      <translation>&amp;Finaliser…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="132" />
      <source>&amp;Handtekening controleren…</source>
      <translation>&amp;Vérifier la signature…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="127" />
      <source>&amp;Ondertekenen met certificaat (.p12)…</source>
      <translation>&amp;Signer avec un certificat (.p12)…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="106" />
      <source>&amp;Soort:</source>
      <translation>&amp;Type :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="86" />
      <source>1 teken kan niet afgedrukt worden: {chars}. Het verschijnt als {mark} in het verslag.</source>
      <translation>1 caractère ne peut pas être imprimé : {chars}. Il apparaît comme {mark} dans le procès-verbal.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="84" />
      <source>Actielijst voor één organisatie</source>
      <translation>Liste d'actions pour une organisation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="131" />
      <source>Adde&amp;ndum…</source>
      <translation>Adden&amp;dum…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="27" />
      <source>Addendum</source>
      <translation>Addendum</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="30" />
      <source>Addendum bewaard (SHA-256 {hash}).</source>
      <translation>Addendum enregistré (SHA-256 {hash}).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="115" />
      <source>Af&amp;drukken…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="136" />
      <source>Beide handtekeningen staan er al.</source>
      <translation>Les deux signatures sont déjà présentes.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="359" />
      <source>Bewaard: {path}</source>
      <translation>Enregistré : {path}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="94" />
      <source>Bezig met controleren…</source>
      <translation>Vérification en cours…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="77" />
      <source>Bezig met ondertekenen…</source>
      <translation>Signature en cours…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="33" />
      <source>Certificaat kiezen</source>
      <translation>Choisir un certificat</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="27" />
      <source>Correctie of aanvulling:</source>
      <translation>Correction ou complément :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="33" />
      <source>De kaart vraagt een pincode. Er werd niets ondertekend.</source>
      <translation>La carte demande un code PIN. Rien n'a été signé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="30" />
      <source>De middleware voor de kaartlezer (PKCS#11) is niet gevonden.</source>
      <translation>Le middleware du lecteur de carte (PKCS#11) est introuvable.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="31" />
      <source>De pincode klopt niet. Er werd niets ondertekend.</source>
      <translation>Le code PIN est incorrect. Rien n'a été signé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="32" />
      <source>De pincode van de kaart is geblokkeerd. Er werd niets ondertekend.</source>
      <translation>Le code PIN de la carte est bloqué. Rien n'a été signé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="99" />
      <source>De terugkoppelingsfiche aan de politie en de brief aan de signaalgever maakt u per casus: Opvolging &gt; Terugkoppeling aan signaalgever.</source>
      <translation>La fiche de retour à la police et la lettre à l'auteur du signalement se font par cas : Suivi &gt; Retour à l'auteur du signalement.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="188" />
      <source>De vergadering is nog niet afgesloten: het verslag kan nog wijzigen en nog niet gefinaliseerd worden.</source>
      <translation>La réunion n'est pas encore clôturée : le procès-verbal peut encore changer et ne peut pas encore être finalisé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="97" />
      <source>De vergadering is nog niet afgesloten: sluit ze eerst af in het vergadervenster.</source>
      <translation>La réunion n'est pas encore clôturée : clôturez-la d'abord dans la fenêtre de réunion.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="28" />
      <source>Dit certificaat is nog niet geldig. Er werd niets ondertekend.</source>
      <translation>Ce certificat n'est pas encore valide. Rien n'a été signé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="27" />
      <source>Dit certificaat is verlopen. Er werd niets ondertekend.</source>
      <translation>Ce certificat a expiré. Rien n'a été signé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="26" />
      <source>Dit is geen leesbaar PKCS#12-bestand (.p12/.pfx). Er werd niets ondertekend.</source>
      <translation>Ceci n'est pas un fichier PKCS#12 lisible (.p12/.pfx). Rien n'a été signé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="200" />
      <source>Dit is het gefinaliseerde verslag zoals de kluis het bewaart: voorbeeld, afdrukken en opslaan geven precies dat document.</source>
      <translation>Ceci est le procès-verbal finalisé tel que le coffre le conserve : l'aperçu, l'impression et l'enregistrement donnent exactement ce document.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/base.py" line="85" />
      <source>Dit is mislukt ({error}).</source>
      <translation>Cela a échoué ({error}).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="99" />
      <source>Dit verslag is al gefinaliseerd; correcties worden een addendum.</source>
      <translation>Ce procès-verbal est déjà finalisé ; les corrections deviennent un addendum.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="78" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/finalising.py" line="104" />
      <source>Doorgaan?</source>
      <translation>Continuer ?</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="95" />
      <source>Er werd niets gefinaliseerd: {reason}</source>
      <translation>Rien n'a été finalisé : {reason}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="35" />
      <source>Er zijn meerdere kaarten of tokens: laat er één in de lezer. Er werd niets ondertekend.</source>
      <translation>Plusieurs cartes ou jetons sont présents : n'en laissez qu'un dans le lecteur. Rien n'a été signé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="123" />
      <source>Finaliseren en ondertekenen</source>
      <translation>Finaliser et signer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="103" />
      <source>Finaliseren is mislukt: {error}</source>
      <translation>La finalisation a échoué : {error}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="152" />
      <source>GEWIJZIGD NA ONDERTEKENING</source>
      <translation>MODIFIÉ APRÈS SIGNATURE</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="150" />
      <source>Geen (leesbare) handtekening gevonden.</source>
      <translation>Aucune signature (lisible) trouvée.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="29" />
      <source>Geen kaart of token gevonden. Steek de eID in de lezer en probeer opnieuw.</source>
      <translation>Aucune carte ni aucun jeton trouvé. Insérez l'eID dans le lecteur et réessayez.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="181" />
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="250" />
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="138" />
      <source>Gefinaliseerd, maar het verslag zit niet in deze kluis (bv. na een import).</source>
      <translation>Finalisé, mais le procès-verbal ne se trouve pas dans ce coffre-fort (p. ex. après un import).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/finalising.py" line="117" />
      <source>Gefinaliseerd. SHA-256: {hash}</source>
      <translation>Finalisé. SHA-256 : {hash}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="179" />
      <source>Gefinaliseerd; SHA-256 {hash}.</source>
      <translation>Finalisé ; SHA-256 {hash}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="196" />
      <source>Het document kon niet opgemaakt worden: {reason}</source>
      <translation>Le document n'a pas pu être mis en page : {reason}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="276" />
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="304" />
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="340" />
      <source>Het document wordt opgemaakt…</source>
      <translation>Le document est en cours de préparation…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="104" />
      <source>Het verslag kon niet opgemaakt worden ({error}): er werd niets gefinaliseerd. Meld dit aan de beheerder; het conceptverslag kan intussen nog opgeslagen worden.</source>
      <translation>Le procès-verbal n'a pas pu être mis en page ({error}) : rien n'a été finalisé. Signalez-le à l'administrateur ; le projet de procès-verbal peut entre-temps encore être enregistré.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/finalising.py" line="120" />
      <source>Het verslag wordt gefinaliseerd…</source>
      <translation>Finalisation du procès-verbal…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/finalising.py" line="76" />
      <source>Het verslag wordt nagekeken…</source>
      <translation>Le procès-verbal est vérifié…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="23" />
      <source>Het wachtwoord van het certificaatbestand klopt niet. Er werd niets ondertekend.</source>
      <translation>Le mot de passe du fichier de certificat est incorrect. Rien n'a été signé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="93" />
      <source>Identiteiten afdrukken (wordt gelogd)</source>
      <translation>Imprimer les identités (journalisé)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="147" />
      <source>In de kluis: NEE — dit bestand is niet zoals het bewaard werd.</source>
      <translation>Dans le coffre-fort : NON — ce fichier n'est pas tel qu'il a été enregistré.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="145" />
      <source>In de kluis: ja (document {id}).</source>
      <translation>Dans le coffre-fort : oui (document {id}).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="253" />
      <source>Kies eerst een organisatie.</source>
      <translation>Choisissez d'abord une organisation.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="70" />
      <source>Let op: het PDF-bestand verlaat de versleutelde kluis. Het is NIET versleuteld en bevat informatie onder het gedeeld beroepsgeheim (art. 458ter Sw.). Bewaar het alleen op een versleutelde drager, geef het enkel persoonlijk of versleuteld door en wis het zodra het gediend heeft.</source>
      <translation>Attention : le fichier PDF quitte le coffre chiffré. Il n'est PAS chiffré et contient des informations couvertes par le secret professionnel partagé (art. 458ter C. pén.). Conservez-le uniquement sur un support chiffré, transmettez-le seulement en mains propres ou chiffré et effacez-le dès qu'il a servi.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/finalising.py" line="88" />
      <source>Na het finaliseren is de vergadering vergrendeld; correcties worden een addendum.</source>
      <translation>Après la finalisation, la réunion est verrouillée ; les corrections deviennent un addendum.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="357" />
      <source>Niet bewaard: {error}</source>
      <translation>Non enregistré : {error}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/base.py" line="82" />
      <source>Niet gelukt: {error}</source>
      <translation>Échec : {error}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="186" />
      <source>Nog niet gefinaliseerd: finaliseren is mislukt. {reason}</source>
      <translation>Pas encore finalisé : la finalisation a échoué. {reason}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="192" />
      <source>Nog niet gefinaliseerd: het verslag kan nog wijzigen (elke pagina draagt "ONTWERP").</source>
      <translation>Pas encore finalisé : le procès-verbal peut encore changer (chaque page porte « PROJET »).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="108" />
      <source>O&amp;rganisatie:</source>
      <translation>&amp;Organisation :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="67" />
      <source>Ondertekend ({field}).</source>
      <translation>Signé ({field}).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="184" />
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="205" />
      <source>Ondertekend door: {who}.</source>
      <translation>Signé par : {who}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="81" />
      <source>Ondertekend verslag controleren</source>
      <translation>Vérifier un procès-verbal signé</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="38" />
      <source>Ondertekenen is mislukt. Er werd niets ondertekend.</source>
      <translation>La signature a échoué. Rien n'a été signé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="129" />
      <source>Ondertekenen met &amp;eID-kaart…</source>
      <translation>Signer avec la carte &amp;eID…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="49" />
      <source>Ondertekenen met eID-kaart</source>
      <translation>Signer avec la carte eID</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="43" />
      <source>Oordeel: NIET in orde (geen leesbare handtekening).</source>
      <translation>Verdict : PAS en ordre (aucune signature lisible).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="44" />
      <source>Oordeel: NIET in orde (gewijzigd na ondertekening).</source>
      <translation>Verdict : PAS en ordre (modifié après signature).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="46" />
      <source>Oordeel: NIET in orde (niet in de kluis).</source>
      <translation>Verdict : PAS en ordre (absent du coffre-fort).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="45" />
      <source>Oordeel: NIET in orde (ondertekenaar niet vertrouwd).</source>
      <translation>Verdict : PAS en ordre (signataire non reconnu).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="42" />
      <source>Oordeel: in orde.</source>
      <translation>Verdict : en ordre.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="34" />
      <source>Op de kaart of token staat geen handtekeningsleutel. Er werd niets ondertekend.</source>
      <translation>La carte ou le jeton ne contient pas de clé de signature. Rien n'a été signé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="117" />
      <source>Opslaan als &amp;PDF…</source>
      <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="347" />
      <source>Opslaan als PDF</source>
      <translation>Enregistrer en PDF</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="331" />
      <source>Opslaan buiten de kluis</source>
      <translation>Enregistrer hors du coffre</translation>
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
      <translation>Bibliothèque PKCS#11 du middleware eID (le middleware demande lui-même le code PIN) :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="33" />
      <source>PKCS#12 (*.p12 *.pfx)</source>
      <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/finalising.py" line="92" />
      <source>Tekens die niet afgedrukt worden</source>
      <translation>Caractères qui ne seront pas imprimés</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/finalising.py" line="98" />
      <source>Toch &amp;finaliseren</source>
      <translation>&amp;Finaliser quand même</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/finalising.py" line="93" />
      <source>Toch finaliseren?</source>
      <translation>Finaliser quand même ?</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/base.py" line="80" />
      <source>Uw rol laat dit niet toe.</source>
      <translation>Votre rôle ne le permet pas.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="101" />
      <source>Uw rol laat finaliseren niet toe (enkel voorzitter en secretaris).</source>
      <translation>Votre rôle ne permet pas de finaliser (seuls le président et le secrétaire).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/finalising.py" line="104" />
      <source>Verslag finaliseren</source>
      <translation>Finaliser le procès-verbal</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="70" />
      <source>Verslag van vergadering {number}</source>
      <translation>Procès-verbal de la réunion {number}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/minutes_dialog.py" line="83" />
      <source>Volledig verslag (archief van de cel)</source>
      <translation>Procès-verbal complet (archives de la cellule)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="37" />
      <source>Wachtwoord</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/signing.py" line="37" />
      <source>Wachtwoord van het certificaatbestand:</source>
      <translation>Mot de passe du fichier de certificat :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="84" />
      <source>en {count} andere</source>
      <translation>et {count} autres</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="154" />
      <source>ondertekenaar niet vertrouwd</source>
      <translation>signataire non reconnu</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="152" />
      <source>ongewijzigd sinds ondertekening</source>
      <translation>inchangé depuis la signature</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="154" />
      <source>vertrouwde ondertekenaar</source>
      <translation>signataire reconnu</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/minutes/wording.py" line="88" />
      <source>{count} tekens kunnen niet afgedrukt worden: {chars}. Ze verschijnen als {mark} in het verslag.</source>
      <translation>{count} caractères ne peuvent pas être imprimés : {chars}. Ils apparaissent comme {mark} dans le procès-verbal.</translation>
    </message>
  </context>
  <context>
    <name>NotesPage</name>
    <message>
      <location filename="../../livcr_desktop/views/cases/notes_page.py" line="53" />
      <source>&amp;Datum:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/notes_page.py" line="44" />
      <source>&amp;Nota's:</source>
      <translation>&amp;Notes :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/notes_page.py" line="49" />
      <source>&amp;Soort:</source>
      <translation>&amp;Type :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/notes_page.py" line="59" />
      <source>&amp;Tekst:</source>
      <translation>Te&amp;xte :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/notes_page.py" line="83" />
      <source>Bewaar de casus eerst; daarna kunt u nota's toevoegen.</source>
      <translation>Enregistrez d'abord le cas ; vous pourrez ensuite ajouter des notes.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/notes_page.py" line="50" />
      <source>Datum van de nota</source>
      <translation>Date de la note</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/notes_page.py" line="60" />
      <source>Nota toe&amp;voegen</source>
      <translation>A&amp;jouter la note</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/notes_page.py" line="42" />
      <source>Nota's van de casemanager</source>
      <translation>Notes du référent</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/notes_page.py" line="47" />
      <source>Soort nota</source>
      <translation>Type de note</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/notes_page.py" line="56" />
      <source>Tekst van de nota</source>
      <translation>Texte de la note</translation>
    </message>
  </context>
  <context>
    <name>OutgoingMessages</name>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="34" />
      <source>De cel heeft nog niet beslist over deze casus: er is nog niets mee te delen.</source>
      <translation>La cellule n'a pas encore pris de décision sur ce cas : il n'y a encore rien à communiquer.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="26" />
      <source>De fiche werd al geproduceerd: de tekst en de akkoorden wijzigen niet meer.</source>
      <translation>La fiche a déjà été générée : le texte et les accords ne changent plus.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="27" />
      <source>De signaalgever koos voor anonimiteit: er gaat geen brief uit.</source>
      <translation>Le signalant a choisi l'anonymat : aucune lettre n'est envoyée.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="16" />
      <source>Deze casus stond niet op die vergadering. Er is niets gemaakt.</source>
      <translation>Ce cas ne figurait pas à l'ordre du jour de cette réunion. Rien n'a été créé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="18" />
      <source>Dit lid is niet aanwezig voor deze casus en kan dus niet akkoord gaan. Er is niets gewijzigd.</source>
      <translation>Ce membre n'est pas présent pour ce cas et ne peut donc pas marquer son accord. Rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="28" />
      <source>Er is geen signaalgever gekend (geen naam en geen aanmeldende organisatie): er gaat geen brief uit.</source>
      <translation>Aucun auteur du signalement n'est connu (ni nom ni organisation qui signale) : aucune lettre n'est envoyée.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="17" />
      <source>Er is nog geen fiche voor deze casus op die vergadering: bewaar eerst de tekst.</source>
      <translation>Il n'y a pas encore de fiche pour ce cas à cette réunion : enregistrez d'abord le texte.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="25" />
      <source>Niemand is aanwezig voor deze casus: niemand kan akkoord gaan.</source>
      <translation>Personne n'est présent pour ce cas : personne ne peut marquer son accord.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="21" />
      <source>Nog niet alle leden die aanwezig zijn voor deze casus gingen akkoord met deze tekst. De fiche wordt niet gemaakt.</source>
      <translation>Les membres présents pour ce cas n'ont pas encore tous marqué leur accord sur ce texte. La fiche n'est pas créée.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="35" />
      <source>Uw rol mag dit niet. Er is niets gewijzigd.</source>
      <translation>Votre rôle ne le permet pas. Rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/followup/outgoing_messages.py" line="31" />
      <source>Van de signaalgever zijn geen contactgegevens gekend: er gaat geen brief uit.</source>
      <translation>Les coordonnées du signalant ne sont pas connues : aucune lettre n'est envoyée.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseFields</name>
    <message>
      <location filename="../../livcr_desktop/views/widgets/passphrase.py" line="46" />
      <source>Redelijk: nog een woord maakt ze sterk.</source>
      <translation>Moyenne : un mot de plus la rendra forte.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/passphrase.py" line="47" />
      <source>Sterk.</source>
      <translation>Forte.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/passphrase.py" line="104" />
      <source>Sterkte van de wachtwoordzin</source>
      <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/passphrase.py" line="42" />
      <source>Te kort: minstens {n} tekens. Een zin van vier of meer woorden is sterk en makkelijk te onthouden.</source>
      <translation>Trop courte : au moins {n} caractères. Une phrase de quatre mots ou plus est forte et facile à retenir.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/passphrase.py" line="48" />
      <source>Zeer sterk.</source>
      <translation>Très forte.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/passphrase.py" line="45" />
      <source>Zwak: maak ze langer of voeg woorden toe.</source>
      <translation>Faible : allongez-la ou ajoutez des mots.</translation>
    </message>
  </context>
  <context>
    <name>PersonPage</name>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="51" />
      <source>&amp;Geïnformeerd op</source>
      <translation>Personne &amp;informée le</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="90" />
      <source>&amp;Koppelen</source>
      <translation>Créer le lie&amp;n</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="59" />
      <source>&amp;Reden niet geïnformeerd (bv. lopend onderzoek):</source>
      <translation>&amp;Motif de non-information (p. ex. enquête en cours) :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="84" />
      <source>&amp;Soort koppeling:</source>
      <translation>&amp;Type de lien :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="69" />
      <source>&amp;Toestemming ouders (minderjarige):</source>
      <translation>Consentement des pa&amp;rents (mineur) :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="64" />
      <source>&amp;Vrijwillige deelname:</source>
      <translation>Participation &amp;volontaire :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="147" />
      <source>Bewaar de casus eerst; daarna kunt u ze koppelen.</source>
      <translation>Enregistrez d'abord le cas ; vous pourrez ensuite les lier.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="75" />
      <source>Gekoppelde &amp;casussen:</source>
      <translation>Ca&amp;s liés :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="73" />
      <source>Gekoppelde casussen</source>
      <translation>Cas liés</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="55" />
      <source>Geïnformeerd &amp;door:</source>
      <translation>Informée &amp;par :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="54" />
      <source>Geïnformeerd door</source>
      <translation>Informée par</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="79" />
      <source>Koppel &amp;met:</source>
      <translation>&amp;Lier avec :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="78" />
      <source>Koppel met casus</source>
      <translation>Lier avec le cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="92" />
      <source>Koppeling &amp;wissen</source>
      <translation>E&amp;ffacer le lien</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="58" />
      <source>Reden niet geïnformeerd</source>
      <translation>Motif de non-information</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="82" />
      <source>Soort koppeling</source>
      <translation>Type de lien</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="88" />
      <source>Toelic&amp;hting:</source>
      <translation>Pré&amp;cisions :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="87" />
      <source>Toelichting koppeling</source>
      <translation>Précisions sur le lien</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="67" />
      <source>Toestemming ouders (minderjarige)</source>
      <translation>Consentement des parents (mineur)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="62" />
      <source>Vrijwillige deelname</source>
      <translation>Participation volontaire</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/person_page.py" line="159" />
      <source>— kies een casus —</source>
      <translation>— choisir un cas —</translation>
    </message>
  </context>
  <context>
    <name>Projector</name>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="99" />
      <source>, geboren {date}</source>
      <translation>, né(e) le {date}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="123" />
      <source>1 actie van een casus zonder genodigden niet geprojecteerd</source>
      <translation>1 action d'un cas sans invités non projetée</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="28" />
      <source>1 bijdrage niet geprojecteerd</source>
      <translation>1 apport non projeté</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="75" />
      <source>Aan (F5)</source>
      <translation>Allumer (F5)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="322" />
      <source>Aan op {screen} ({how})</source>
      <translation>Allumé sur {screen} ({how})</translation>
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
      <translation>Ordre du jour</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="184" />
      <source>Akkoord met deze tekst: {agreed} van {total} aanwezige leden.</source>
      <translation>D'accord avec ce texte : {agreed} des {total} membres présents.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/panel.py" line="111" />
      <source>Automatisch (ander scherm dan de voorzitter)</source>
      <translation>Automatique (pas l'écran du président)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="329" />
      <source>BEVROREN</source>
      <translation>FIGÉ</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="140" />
      <source>Beslissing (in opmaak): {kind}</source>
      <translation>Décision (en préparation) : {kind}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="140" />
      <source>Beslissing: {kind}</source>
      <translation>Décision : {kind}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="77" />
      <source>Bevriezen</source>
      <translation>Figer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/audience_models.py" line="148" />
      <source>Casus</source>
      <translation>Cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="53" />
      <source>Casus {case}</source>
      <translation>Cas {case}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="161" />
      <source>Contactpunt: {text}</source>
      <translation>Point de contact : {text}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="162" />
      <source>Datum: {date}</source>
      <translation>Date : {date}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="167" />
      <source>De cel volgt de casus niet op.</source>
      <translation>La cellule n'assure pas le suivi du cas.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="167" />
      <source>De cel volgt de casus op.</source>
      <translation>La cellule assure le suivi du cas.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/reveal_prompt.py" line="26" />
      <source>De naam en geboortedatum van deze casus worden op de projector getoond, voor iedereen in de zaal. Dit wordt in het auditlog vastgelegd. Ze verdwijnen bij het volgende agendapunt.

Identiteit tonen?</source>
      <translation>Le nom et la date de naissance de ce cas seront affichés sur le projecteur, visibles par toute la salle. Ceci est consigné dans le journal d'audit. Ils disparaissent au point suivant de l'ordre du jour.

Afficher l'identité ?</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="80" />
      <source>De vergadering begint zo</source>
      <translation>La réunion va commencer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/audience_models.py" line="145" />
      <source>Deadline</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="147" />
      <source>Doorverwezen naar: {text}</source>
      <translation>Orienté vers : {text}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/audience_models.py" line="144" />
      <source>Eigenaar</source>
      <translation>Porteur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="134" />
      <source>Er staan geen acties van vorige vergaderingen open.</source>
      <translation>Aucune action des réunions précédentes n'est en suspens.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="113" />
      <source>Geen informatie / wenst niet te delen: {orgs}</source>
      <translation>Pas d'information / ne souhaite pas partager : {orgs}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="181" />
      <source>Geproduceerd.</source>
      <translation>Établie.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="336" />
      <source>IDENTITEIT ZICHTBAAR</source>
      <translation>IDENTITÉ VISIBLE</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/reveal_prompt.py" line="16" />
      <source>Identiteit tonen</source>
      <translation>Afficher l'identité</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/reveal_prompt.py" line="25" />
      <source>Identiteit tonen op de projector</source>
      <translation>Afficher l'identité sur le projecteur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="80" />
      <source>Identiteit tonen op de projector…</source>
      <translation>Afficher l'identité sur le projecteur…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="97" />
      <source>Identiteit, getoond door de voorzitter: {name}</source>
      <translation>Identité, affichée par le président : {name}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="80" />
      <source>Identiteit…</source>
      <translation>Identité…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="106" />
      <source>Kwalificatie: {q}</source>
      <translation>Qualification : {q}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/audience_models.py" line="102" />
      <source>Levensdomein</source>
      <translation>Domaine de vie</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="143" />
      <source>Motivering: {text}</source>
      <translation>Motivation : {text}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="52" />
      <source>Nieuwe aanmelding {case}</source>
      <translation>Nouveau signalement {case}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/audience_models.py" line="103" />
      <source>Niveau</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="132" />
      <source>Nog geen bijdragen.</source>
      <translation>Pas encore d'apports.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="149" />
      <source>Opgeschaald naar: {text}</source>
      <translation>Escaladé vers : {text}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="65" />
      <location filename="../../livcr_desktop/views/projector/texts.py" line="82" />
      <source>Opvolging openstaande acties</source>
      <translation>Suivi des actions en suspens</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/audience_window.py" line="48" />
      <source>Projectie — LIVC-R Desktop</source>
      <translation>Projection — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="75" />
      <source>Projector aan</source>
      <translation>Projecteur allumé</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="77" />
      <source>Projector bevriezen</source>
      <translation>Figer le projecteur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="317" />
      <source>Projector uit (voorbeeld)</source>
      <translation>Projecteur éteint (aperçu)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="78" />
      <source>Projector volgt de voorzitter</source>
      <translation>Le projecteur suit le président</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="76" />
      <source>Projector zwart</source>
      <translation>Projecteur en noir</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="90" />
      <source>Projector: volgende pagina</source>
      <translation>Projecteur : page suivante</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="93" />
      <source>Projector: vorige pagina</source>
      <translation>Projecteur : page précédente</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="83" />
      <source>Projectortekst groter</source>
      <translation>Texte du projecteur plus grand</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="85" />
      <source>Projectortekst kleiner</source>
      <translation>Texte du projecteur plus petit</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="87" />
      <source>Projectortekst normaal</source>
      <translation>Texte du projecteur normal</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="158" />
      <source>Referentie voor de politie: {text}</source>
      <translation>Référence pour la police : {text}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="160" />
      <source>Richting van de aanpak: {text}</source>
      <translation>Orientation de l'approche : {text}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="286" />
      <source>Scherm '{name}' is weg: de projectie staat in een venster.</source>
      <translation>L'écran « {name} » a disparu : la projection s'affiche dans une fenêtre.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/panel.py" line="59" />
      <source>Scherm van de projector</source>
      <translation>Écran du projecteur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/audience_models.py" line="146" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="175" />
      <source>Terugkoppelingsfiche aan de politie (ontwerp)</source>
      <translation>Fiche de retour à la police (projet)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/reveal_prompt.py" line="17" />
      <source>Van deze casus is geen identiteit gekend: er is niets te tonen.</source>
      <translation>Aucune identité n'est connue pour ce cas : il n'y a rien à afficher.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="145" />
      <source>Verwachtingen: {text}</source>
      <translation>Attentes : {text}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="78" />
      <source>Volgen</source>
      <translation>Suivre</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="151" />
      <source>Volgende bespreking: {date}</source>
      <translation>Prochaine discussion : {date}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/panel.py" line="34" />
      <source>Voorbeeld van de projector</source>
      <translation>Aperçu du projecteur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="130" />
      <source>Wie niet voor deze casus uitgenodigd is, is aanwezig: er wordt niets geprojecteerd.</source>
      <translation>Une personne non invitée pour ce cas est présente : rien n'est projeté.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="327" />
      <source>ZWART</source>
      <translation>NOIR</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/actions.py" line="76" />
      <source>Zwart (B)</source>
      <translation>Noir (B)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="332" />
      <source>blijft op punt {n}</source>
      <translation>reste sur le point {n}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="58" />
      <source>casus — zonder genodigden</source>
      <translation>cas — sans invités</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="340" />
      <source>pagina {page}/{pages} (Ctrl+Shift+PgDown)</source>
      <translation>page {page}/{pages} (Ctrl+Maj+Pg suiv.)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/screens.py" line="25" />
      <source>scherm {n} '{name}', {w}×{h}</source>
      <translation>écran {n} « {name} », {w}×{h}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="337" />
      <source>tekst {pct}%</source>
      <translation>texte {pct} %</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="323" />
      <source>venster</source>
      <translation>fenêtre</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="334" />
      <source>volgt de voorzitter</source>
      <translation>suit le président</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/controller.py" line="323" />
      <source>volledig scherm</source>
      <translation>plein écran</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="73" />
      <source>{kind} {number}</source>
      <translation>{kind} {number}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="124" />
      <source>{n} acties van casussen zonder genodigden niet geprojecteerd</source>
      <translation>{n} actions de cas sans invités non projetées</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/texts.py" line="29" />
      <source>{n} bijdragen niet geprojecteerd</source>
      <translation>{n} apports non projetés</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/agenda_fit.py" line="23" />
      <source>… 1 eerder punt</source>
      <translation>… 1 point précédent</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/agenda_fit.py" line="27" />
      <source>… 1 punt meer</source>
      <translation>… 1 point de plus</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/agenda_fit.py" line="23" />
      <source>… {n} eerdere punten</source>
      <translation>… {n} points précédents</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/projector/agenda_fit.py" line="27" />
      <source>… {n} punten meer</source>
      <translation>… {n} points de plus</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="100" />
      <source>&amp;Zoeken:</source>
      <translation>R&amp;echercher :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="37" />
      <source>Actie</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="36" />
      <source>Beslissing</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="35" />
      <source>Bijdrage</source>
      <translation>Apport</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="75" />
      <source>Bijdrage onder beroepsgeheim, niet te projecteren of niet in het verslag: enkel zichtbaar voor wie vergaderingen leidt.</source>
      <translation>Apport couvert par le secret professionnel, à ne pas projeter ou hors procès-verbal : visible uniquement par qui mène les réunions.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="34" />
      <source>Casus</source>
      <translation>Cas</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="139" />
      <source>Niets gevonden.</source>
      <translation>Aucun résultat.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="136" />
      <source>Treffers: {n} ({ms} ms)</source>
      <translation>Résultats : {n} ({ms} ms)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="99" />
      <source>Volledige tekst zoeken</source>
      <translation>Recherche en texte intégral</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="97" />
      <source>Zoek in casussen, bijdragen, beslissingen en acties…</source>
      <translation>Rechercher dans les cas, apports, décisions et actions…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="108" />
      <source>Zoekresultaten</source>
      <translation>Résultats de la recherche</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/cases/search_panel.py" line="70" />
      <source>[afgeschermd]</source>
      <translation>[masqué]</translation>
    </message>
  </context>
  <context>
    <name>SessionLock</name>
    <message>
      <location filename="../../livcr_desktop/views/vault/lock.py" line="152" />
      <source>De sessie is vergrendeld. Geef uw wachtwoordzin om verder te werken waar u was.</source>
      <translation>La session est verrouillée. Saisissez votre phrase secrète pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/lock.py" line="155" />
      <source>Vergrendeld — LIVC-R Desktop</source>
      <translation>Verrouillé — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/lock.py" line="63" />
      <source>Vergrendelen</source>
      <translation>Verrouiller</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="74" />
      <source>"{key}" staat er twee keer in.</source>
      <translation>« {key} » figure deux fois.</translation>
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
      <translation>Seul le président peut modifier les paramètres.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="145" />
      <source>Annuleren</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="144" />
      <source>Bewaren</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="68" />
      <source>De afbeelding is groter dan 512 KB.</source>
      <translation>L'image dépasse 512 Ko.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="203" />
      <source>Deze afbeelding kan niet gelezen worden.</source>
      <translation>Cette image ne peut pas être lue.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="289" />
      <source>Deze naam is te lang (hoogstens {n} tekens).</source>
      <translation>Ce nom est trop long ({n} caractères au maximum).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="56" />
      <source>Deze tekst is te lang (hoogstens {n} tekens).</source>
      <translation>Ce texte est trop long ({n} caractères au maximum).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="66" />
      <source>Dit is geen PNG- of JPEG-afbeelding.</source>
      <translation>Ceci n'est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="54" />
      <source>Dit veld is verplicht.</source>
      <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="76" />
      <source>Er moet minstens één levensdomein zijn.</source>
      <translation>Il faut au moins un domaine de vie.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="54" />
      <source>Geef een naam op.</source>
      <translation>Indiquez un nom.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="92" />
      <source>Instellingen van de cel</source>
      <translation>Paramètres de la cellule</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="194" />
      <source>Kan het bestand niet lezen: {error}</source>
      <translation>Impossible de lire le fichier : {error}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="64" />
      <source>Kies een van de mogelijkheden.</source>
      <translation>Choisissez l'une des possibilités.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="146" />
      <source>Kiezen…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="278" />
      <source>Levensdomein toevoegen</source>
      <translation>Ajouter un domaine de vie</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="223" />
      <source>Levensdomeinen, in volgorde</source>
      <translation>Domaines de vie, dans l'ordre</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="183" />
      <source>Logo kiezen</source>
      <translation>Choisir un logo</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="278" />
      <source>Naam van het domein:</source>
      <translation>Nom du domaine :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="230" />
      <source>Niet bewaard: verbeter de aangeduide velden.</source>
      <translation>Non enregistré : corrigez les champs indiqués.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="229" />
      <source>Omhoog</source>
      <translation>Monter</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="230" />
      <source>Omlaag</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="80" />
      <source>Onbekende instelling.</source>
      <translation>Paramètre inconnu.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="70" />
      <source>Ongeldige sleutel "{key}": gebruik a-z, 0-9 en _ (2 tot 40 tekens, eerst een letter).</source>
      <translation>Clé « {key} » non valide : utilisez a-z, 0-9 et _ (2 à 40 caractères, une lettre en premier).</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="81" />
      <source>Ongeldige waarde.</source>
      <translation>Valeur non valide.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="231" />
      <source>Standaardrooster</source>
      <translation>Grille par défaut</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="62" />
      <source>Te groot: hoogstens {n}.</source>
      <translation>Trop grand : {n} au maximum.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="60" />
      <source>Te klein: minstens {n}.</source>
      <translation>Trop petit : au moins {n}.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_dialog.py" line="78" />
      <source>Te veel: hoogstens {n}.</source>
      <translation>Trop nombreux : {n} au maximum.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="227" />
      <source>Toevoegen…</source>
      <translation>Ajouter…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="148" />
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="228" />
      <source>Verwijderen</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="169" />
      <location filename="../../livcr_desktop/views/admin/settings_editors.py" line="170" />
      <source>geen logo</source>
      <translation>pas de logo</translation>
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
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/widgets/shortcut_help.py" line="46" />
      <source>Sneltoetsen</source>
      <translation>Raccourcis clavier</translation>
    </message>
  </context>
  <context>
    <name>Sparkline</name>
    <message>
      <location filename="../../livcr_desktop/views/widgets/sparkline.py" line="50" />
      <source>{title}: bezorgdheid {values}</source>
      <translation>{title} : préoccupation {values}</translation>
    </message>
  </context>
  <context>
    <name>StatisticsView</name>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="99" />
      <source>&amp;Jaarverslag…</source>
      <translation>Rapport &amp;annuel…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="77" />
      <source>&amp;Periode:</source>
      <translation>&amp;Période :</translation>
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
      <translation>35 et plus</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="51" />
      <source>&lt;3 dossiers</source>
      <translation>&lt;3 dossiers</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="39" />
      <source>Aanmeldingen</source>
      <translation>Signalements</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="25" />
      <source>Aanmeldingen per kwartaal</source>
      <translation>Signalements par trimestre</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="85" />
      <source>Aantal</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="32" />
      <source>Acties afgesproken</source>
      <translation>Actions convenues</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="33" />
      <source>Acties open</source>
      <translation>Actions ouvertes</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="34" />
      <source>Acties over tijd</source>
      <translation>Actions en retard</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="41" />
      <source>Adviesvragen (geen casus)</source>
      <translation>Demandes d'avis (pas un cas)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="83" />
      <source>Andere periode…</source>
      <translation>Autre période…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="270" />
      <source>Bewaard: {path}</source>
      <translation>Enregistré : {path}</translation>
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
      <translation>Exporter en CSV</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="83" />
      <source>Categorie</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="216" />
      <source>De periode eindigt vóór ze begint.</source>
      <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="48" />
      <source>Dossiers met een beslissing</source>
      <translation>Dossiers avec une décision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="26" />
      <source>Fenomeen</source>
      <translation>Phénomène</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="117" />
      <source>Geen persoonsgegevens, enkel aantallen. Aantallen van 1 of 2 staan als "&lt;3" (gearceerd); waar zo'n aantal uit het totaal af te leiden is, is ook een tweede aantal verborgen ("≥3"). Status, uitkomst en openstaande acties: stand van vandaag.</source>
      <translation>Aucune donnée à caractère personnel, uniquement des nombres. Les nombres 1 ou 2 figurent comme « &lt;3 » (hachurés) ; lorsqu'un tel nombre pourrait se déduire du total, un deuxième nombre est également masqué (« ≥3 »). Statut, issue et actions en suspens : situation à ce jour.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="51" />
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="54" />
      <source>Gemiddeld aantal dagen tot eerste beslissing</source>
      <translation>Délai moyen avant la 1re décision (jours)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="30" />
      <source>Huidige status</source>
      <translation>Statut actuel</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="27" />
      <source>Ideologie</source>
      <translation>Idéologie</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="101" />
      <source>Jaarverslag voor de burgemeester en de stuurgroep (PDF of CSV)</source>
      <translation>Rapport annuel pour le bourgmestre et le groupe de pilotage (PDF ou CSV)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="38" />
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="150" />
      <source>Kerncijfers</source>
      <translation>Chiffres clés</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="64" />
      <source>K{q} {year}</source>
      <translation>T{q} {year}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="29" />
      <source>Leeftijd bij aanmelding</source>
      <translation>Âge au signalement</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="55" />
      <source>Mediaan aantal dagen tot eerste beslissing</source>
      <translation>Délai médian avant la 1re décision (jours)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="268" />
      <source>Niet bewaard: {error}</source>
      <translation>Non enregistré : {error}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="134" />
      <source>Open acties en acties over tijd, per organisatie</source>
      <translation>Actions ouvertes et actions en retard, par organisation</translation>
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
      <translation>Exporter en PDF</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="28" />
      <source>Sector van de signaalgever</source>
      <translation>Secteur du signalant</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="72" />
      <source>Statistiek LIVC-R — geen persoonsgegevens</source>
      <translation>Statistiques CSIL-R — aucune donnée à caractère personnel</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="87" />
      <source>Tot en met</source>
      <translation>Jusqu'au</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="62" />
      <source>Totaal</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="31" />
      <source>Uitkomst (laatste beslissing)</source>
      <translation>Issue (dernière décision)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="87" />
      <source>Van</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_table.py" line="69" />
      <source>Verborgen zodat niemand herkenbaar is: "&lt;3" is 1 of 2, "≥3" is verborgen zodat een klein aantal niet uit het totaal af te leiden is.</source>
      <translation>Masqué pour que personne ne soit reconnaissable : « &lt;3 » vaut 1 ou 2, « ≥3 » est masqué pour qu'un petit nombre ne puisse pas se déduire du total.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="238" />
      <source>aantal</source>
      <translation>nombre</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="40" />
      <source>afgesproken</source>
      <translation>convenues</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="99" />
      <source>gemiddeld {mean} dagen tot de eerste beslissing (mediaan {median}; {n} dossiers)</source>
      <translation>en moyenne {mean} jours jusqu'à la première décision (médiane {median} ; {n} dossiers)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="48" />
      <source>jonger dan 12</source>
      <translation>moins de 12</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="53" />
      <source>minderjarig, leeftijd onbekend</source>
      <translation>mineur, âge inconnu</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="68" />
      <source>niet opgegeven</source>
      <translation>non communiqué</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="70" />
      <source>nog geen beslissing</source>
      <translation>pas encore de décision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="54" />
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="68" />
      <source>onbekend</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="41" />
      <source>open</source>
      <translation>ouvertes</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="42" />
      <source>over tijd</source>
      <translation>en retard</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="252" />
      <source>statistiek-{period}</source>
      <translation>statistiques-{period}</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_labels.py" line="98" />
      <source>tijd tot eerste beslissing: &lt;3 dossiers</source>
      <translation>délai jusqu'à la première décision : &lt;3 dossiers</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="94" />
      <source>tot en met</source>
      <translation>au</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/statistics/statistics_view.py" line="223" />
      <source>{n} aanmeldingen · {days}</source>
      <translation>{n} signalements · {days}</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <location filename="../../livcr_desktop/views/meeting/undo_commands.py" line="115" />
      <source>actie toevoegen</source>
      <translation>l'ajout d'une action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/undo_commands.py" line="138" />
      <source>actiestatus wijzigen</source>
      <translation>la modification du statut d'une action</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/undo_commands.py" line="159" />
      <source>beslissing vastleggen</source>
      <translation>l'enregistrement de la décision</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/undo_commands.py" line="102" />
      <source>bezorgdheid wijzigen</source>
      <translation>la modification de la préoccupation</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/undo_commands.py" line="63" />
      <source>bijdrage toevoegen</source>
      <translation>l'ajout d'un apport</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/undo_commands.py" line="78" />
      <source>bijdrage verwijderen</source>
      <translation>la suppression d'un apport</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/meeting/undo_commands.py" line="145" />
      <source>ongedaan gemaakt</source>
      <translation>annulé</translation>
    </message>
  </context>
  <context>
    <name>UsersDialog</name>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="48" />
      <source>%n wachtwoordzinnen</source>
      <translation>
        <numerusform>%n phrase secrète</numerusform>
        <numerusform>%n phrases secrètes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="115" />
      <source>&amp;Gebruikersnaam:</source>
      <translation>Nom d'&amp;utilisateur :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="119" />
      <source>&amp;Herhaal:</source>
      <translation>Répé&amp;ter :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="116" />
      <source>&amp;Naam:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="117" />
      <source>&amp;Rol:</source>
      <translation>&amp;Rôle :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="118" />
      <source>&amp;Wachtwoordzin:</source>
      <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="157" />
      <source>Alleen de voorzitter kan gebruikers beheren.</source>
      <translation>Seul le président peut gérer les utilisateurs.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="169" />
      <source>De twee wachtwoordzinnen verschillen.</source>
      <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="79" />
      <source>Elke gebruiker opent de kluis met een eigen wachtwoordzin. Wie verwijderd wordt, kan de kluis niet meer openen. Alleen de voorzitter beheert de gebruikers.</source>
      <translation>Chaque utilisateur ouvre le coffre-fort avec sa propre phrase secrète. Un utilisateur supprimé ne peut plus ouvrir le coffre-fort. Seul le président gère les utilisateurs.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="60" />
      <source>Gebruiker</source>
      <translation>Utilisateur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="126" />
      <source>Gebruiker &amp;toevoegen</source>
      <translation>&amp;Ajouter l'utilisateur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="130" />
      <source>Gebruiker &amp;verwijderen…</source>
      <translation>&amp;Supprimer l'utilisateur…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="205" />
      <source>Gebruiker verwijderen</source>
      <translation>Supprimer l'utilisateur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="183" />
      <source>Gebruiker {name} toegevoegd.</source>
      <translation>Utilisateur {name} ajouté.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="75" />
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="89" />
      <source>Gebruikers van deze kluis</source>
      <translation>Utilisateurs de ce coffre-fort</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="61" />
      <source>Naam</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="62" />
      <source>Rol</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="128" />
      <source>Rol w&amp;ijzigen naar de gekozen rol</source>
      <translation>Appliquer le rôle &amp;choisi</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="63" />
      <source>Sleutels</source>
      <translation>Clés</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="100" />
      <source>bv. casemanager of j.peeters</source>
      <translation>p. ex. referent ou j.dupont</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="42" />
      <source>casemanager</source>
      <translation>référent</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="43" />
      <source>lid (alleen lezen)</source>
      <translation>membre (lecture seule)</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="41" />
      <source>secretaris</source>
      <translation>secrétaire</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="62" />
      <source>verwijderd</source>
      <translation>supprimé</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="40" />
      <source>voorzitter</source>
      <translation>président</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="215" />
      <source>{name} verwijderd.</source>
      <translation>{name} supprimé.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="206" />
      <source>{name} verwijderen? Hun wachtwoordzin opent de kluis daarna niet meer.</source>
      <translation>Supprimer {name} ? Sa phrase secrète n'ouvrira plus le coffre-fort.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="50" />
      <source>{n} onthouden op een computer</source>
      <translation>{n} mémorisation(s) sur un ordinateur</translation>
    </message>
  </context>
  <context>
    <name>VaultDialogs</name>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="148" />
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="339" />
      <source>&amp;Annuleren</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="323" />
      <source>&amp;Herhaal:</source>
      <translation>Répé&amp;ter :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="147" />
      <source>&amp;Openen</source>
      <translation>&amp;Ouvrir</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="127" />
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="322" />
      <source>&amp;Wachtwoordzin:</source>
      <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="332" />
      <source>Bezig met aanmaken…</source>
      <translation>Création en cours…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="139" />
      <source>Bezig met openen…</source>
      <translation>Ouverture en cours…</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="326" />
      <source>De twee wachtwoordzinnen verschillen.</source>
      <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="192" />
      <source>Deze computer heeft geen beveiligde sleutelopslag (keyring) die werkt. De kluis opent alleen met de wachtwoordzin; er wordt niets onversleuteld bewaard.</source>
      <translation>Cet ordinateur n'a pas de stockage sécurisé de clés (trousseau) qui fonctionne. Le coffre-fort ne s'ouvre qu'avec la phrase secrète ; rien n'est conservé en clair.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="311" />
      <source>Er is nog geen kluis op &lt;b&gt;{path}&lt;/b&gt;. Kies een wachtwoordzin: alle gegevens worden ermee versleuteld. Zonder wachtwoordzin (of een back-up met zijn eigen wachtwoordzin) zijn de gegevens niet terug te halen.</source>
      <translation>Il n'y a pas encore de coffre-fort à l'emplacement &lt;b&gt;{path}&lt;/b&gt;. Choisissez une phrase secrète : toutes les données seront chiffrées avec elle. Sans phrase secrète (ou sans une sauvegarde avec sa propre phrase secrète), les données sont irrécupérables.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="110" />
      <source>Geef de wachtwoordzin van de kluis &lt;b&gt;{name}&lt;/b&gt;.</source>
      <translation>Saisissez la phrase secrète du coffre-fort &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="325" />
      <source>Herhaal de wachtwoordzin</source>
      <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="338" />
      <source>Kluis &amp;maken</source>
      <translation>&amp;Créer le coffre-fort</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="106" />
      <source>Kluis openen — LIVC-R Desktop</source>
      <translation>Ouvrir le coffre-fort — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="307" />
      <source>Nieuwe kluis — LIVC-R Desktop</source>
      <translation>Nouveau coffre-fort — LIVC-R Desktop</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="324" />
      <source>Nieuwe wachtwoordzin</source>
      <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="130" />
      <source>Ont&amp;houden op deze computer</source>
      <translation>&amp;Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../livcr_desktop/views/vault/vault_dialogs.py" line="126" />
      <source>Wachtwoordzin</source>
      <translation>Phrase secrète</translation>
    </message>
  </context>
</TS>
