; Inno Setup 6 script of LIVC-R Desktop: a per-machine installer of the PyInstaller folder.
;
; On Windows, from the checkout, after the PyInstaller build (which writes version.iss beside this
; file from livcr_desktop/__init__.py, the one place of the version):
;
;   py -3.11 -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\livcr-desktop.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\livcr-desktop.iss
;
; Result: dist\livcr-desktop-<version>-setup.exe. The installer downloads nothing and the
; application needs no network. Uninstalling removes the program folder only: the vaults stay in
; the users' %LOCALAPPDATA%\livcr-desktop.

#if FileExists(AddBackslash(SourcePath) + "version.iss")
  #include "version.iss"
#else
  #error version.iss is missing: build with PyInstaller first (packaging\livcr-desktop.spec writes it)
#endif

#define AppName "LIVC-R Desktop"
#define AppExeName "livcr-desktop.exe"
#define AppCliName "livcr-desktop-cli.exe"
#define Root AddBackslash(SourcePath) + "..\.."
#define DistDir Root + "\dist\livcr-desktop"

#if !FileExists(DistDir + "\" + AppExeName)
  #error dist\livcr-desktop\livcr-desktop.exe is missing: build with PyInstaller first
#endif

[Setup]
; AppId identifies the application for upgrades and the uninstaller: never change it.
AppId={{C5B615D4-6280-46EE-A3FA-0F4617E1615B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=LIVC-R Desktop
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} Setup
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per machine: administrators install, every user of the computer runs it.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and later.
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=livcr-desktop-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\livcr-desktop.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.ShortcutName=LIVC-R Desktop
fr.ShortcutName=CSIL-R Desktop
en.ShortcutName=LIVC-R Desktop
nl.DemoShortcutName=LIVC-R Desktop (demo, verzonnen gegevens)
fr.DemoShortcutName=CSIL-R Desktop (démo, données fictives)
en.DemoShortcutName=LIVC-R Desktop (demo, fictitious data)
nl.ShortcutComment=Casusoverleg van de lokale integrale veiligheidscel
fr.ShortcutComment=Concertation de cas de la cellule de sécurité intégrale locale
en.ShortcutComment=Case meetings of the local integral security cell

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: livcr-desktop.exe (the window), livcr-desktop-cli.exe (the
; subcommands, with a console) and _internal\.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program files whole: no module of an older version may linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{cm:ShortcutName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:ShortcutComment}"
Name: "{autoprograms}\{cm:DemoShortcutName}"; Filename: "{app}\{#AppExeName}"; Parameters: "--demo"; Comment: "{cm:ShortcutComment}"
Name: "{autodesktop}\{cm:ShortcutName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:ShortcutComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may have left in its own folder; never the users' data.
Type: filesandordirs; Name: "{app}\_internal"
