<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="nl_BE">
  <context>
    <name>AdminDialogs</name>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="94" />
      <source>%n afgesloten casussen voorbij de termijn van {years} jaar.</source>
      <translation>
        <numerusform>%n afgesloten casus voorbij de termijn van {years} jaar.</numerusform>
        <numerusform>%n afgesloten casussen voorbij de termijn van {years} jaar.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="129" />
      <source>%n casussen en alles erover definitief wissen: {codes}? Dit kan niet ongedaan gemaakt worden.</source>
      <translation>
        <numerusform>%n casus en alles erover definitief wissen: {codes}? Dit kan niet ongedaan gemaakt worden.</numerusform>
        <numerusform>%n casussen en alles erover definitief wissen: {codes}? Dit kan niet ongedaan gemaakt worden.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="152" />
      <source>%n oudere back-ups verwijderd.</source>
      <translation>
        <numerusform>%n oudere back-up verwijderd.</numerusform>
        <numerusform>%n oudere back-ups verwijderd.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="117" />
      <source>(%n bevindingen in totaal.)</source>
      <translation>
        <numerusform>(%n bevinding in totaal.)</numerusform>
        <numerusform>(%n bevindingen in totaal.)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="45" />
      <source>(%n meldingen.)</source>
      <translation>
        <numerusform>(%n melding.)</numerusform>
        <numerusform>(%n meldingen.)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/audit_truncation.py" line="39" />
      <source>Audittrail onvolledig: %n gebeurtenissen ontbreken sinds {since}.</source>
      <translation>
        <numerusform>Audittrail onvolledig: %n gebeurtenis ontbreekt sinds {since}.</numerusform>
        <numerusform>Audittrail onvolledig: %n gebeurtenissen ontbreken sinds {since}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/backup_dialog.py" line="178" />
      <source>De %n recentste back-ups worden bewaard.</source>
      <translation>
        <numerusform>De recentste back-up wordt bewaard.</numerusform>
        <numerusform>De %n recentste back-ups worden bewaard.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="105" />
      <source>De audittrail is intact: %n gebeurtenissen, elke schakel klopt.</source>
      <translation>
        <numerusform>De audittrail is intact: %n gebeurtenis, elke schakel klopt.</numerusform>
        <numerusform>De audittrail is intact: %n gebeurtenissen, elke schakel klopt.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="169" />
      <source>De gefinaliseerde verslagen van %n vergaderingen vermelden ze nog.</source>
      <translation>
        <numerusform>Het gefinaliseerde verslag van %n vergadering vermeldt ze nog.</numerusform>
        <numerusform>De gefinaliseerde verslagen van %n vergaderingen vermelden ze nog.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="138" />
      <source>Identiteit, pseudoniem en alle teksten van %n casussen definitief wissen: {codes}? Code, data en kwalificaties blijven.</source>
      <translation>
        <numerusform>Identiteit, pseudoniem en alle teksten van %n casus definitief wissen: {codes}? Code, data en kwalificaties blijven.</numerusform>
        <numerusform>Identiteit, pseudoniem en alle teksten van %n casussen definitief wissen: {codes}? Code, data en kwalificaties blijven.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/audit_dialog.py" line="109" />
      <source>Vergeleken met %n back-ups.</source>
      <translation>
        <numerusform>Vergeleken met %n back-up.</numerusform>
        <numerusform>Vergeleken met %n back-ups.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/retention_dialog.py" line="147" />
      <source>Ze staan in %n gefinaliseerde verslagen; die blijven ongewijzigd bewaard.</source>
      <translation>
        <numerusform>Ze staan in %n gefinaliseerd verslag; dat blijft ongewijzigd bewaard.</numerusform>
        <numerusform>Ze staan in %n gefinaliseerde verslagen; die blijven ongewijzigd bewaard.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CellSetupDialog</name>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/cell_models.py" line="97" />
      <source>verantwoordelijk voor %n open acties</source>
      <translation>
        <numerusform>verantwoordelijk voor %n open actie</numerusform>
        <numerusform>verantwoordelijk voor %n open acties</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportDialogs</name>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="176" />
      <source>%n casussen en alle bijhorende gegevens in deze kluis importeren?</source>
      <translation>
        <numerusform>%n casus en alle bijhorende gegevens in deze kluis importeren?</numerusform>
        <numerusform>%n casussen en alle bijhorende gegevens in deze kluis importeren?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/exchange/csv_import_wizard.py" line="94" />
      <source>%n rijen worden als casus geïmporteerd.</source>
      <translation>
        <numerusform>%n rij wordt als casus geïmporteerd.</numerusform>
        <numerusform>%n rijen worden als casus geïmporteerd.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/exchange/issue_list_dialog.py" line="29" />
      <source>Het bestand heeft %n problemen. Er werd niets geïmporteerd.</source>
      <translation>
        <numerusform>Het bestand heeft %n probleem. Er werd niets geïmporteerd.</numerusform>
        <numerusform>Het bestand heeft %n problemen. Er werd niets geïmporteerd.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/exchange/import_dialog.py" line="143" />
      <source>Het bestand heeft %n problemen; er wordt niets geïmporteerd.</source>
      <translation>
        <numerusform>Het bestand heeft %n probleem; er wordt niets geïmporteerd.</numerusform>
        <numerusform>Het bestand heeft %n problemen; er wordt niets geïmporteerd.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/exchange/texts.py" line="61" />
      <source>… en nog %n problemen.</source>
      <translation>
        <numerusform>… en nog %n probleem.</numerusform>
        <numerusform>… en nog %n problemen.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UsersDialog</name>
    <message numerus="yes">
      <location filename="../../livcr_desktop/views/admin/users_dialog.py" line="48" />
      <source>%n wachtwoordzinnen</source>
      <translation>
        <numerusform>%n wachtwoordzin</numerusform>
        <numerusform>%n wachtwoordzinnen</numerusform>
      </translation>
    </message>
  </context>
</TS>
