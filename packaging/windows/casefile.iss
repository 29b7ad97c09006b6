; Inno Setup script: a per-user installer for the one-folder build in dist\Casefile.
; Built by .github/workflows/release.yml on a hosted Windows runner (untested here):
;   iscc /DAppVersion=0.1.0 packaging\windows\casefile.iss
; Silent install for an IT person (no administrator rights needed, no questions):
;   casefile-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER
; Silent uninstall (vaults, backups and settings are kept; see docs/install.md):
;   "%LOCALAPPDATA%\Programs\Casefile\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z casefile.iss
#endif

[Setup]
AppId={{6E0C7F7A-3B0E-4C5B-9E57-2C1A3F5D8B41}
AppName=Casefile
AppVersion={#AppVersion}
AppPublisher=Casefile
AppCopyright=GPL-3.0-or-later
; Per user: installs under %LOCALAPPDATA%\Programs without administrator rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\Casefile
DefaultGroupName=Casefile
DisableProgramGroupPage=yes
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=casefile-{#AppVersion}-setup
SetupIconFile=..\icons\casefile.ico
UninstallDisplayIcon={app}\Casefile.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; An update replaces the program while Casefile is closed; it asks to close it if open.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; An update removes the files of the previous version first (no stale modules left behind).
Source: "..\..\dist\Casefile\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Casefile"; Filename: "{app}\Casefile.exe"
Name: "{autodesktop}\Casefile"; Filename: "{app}\Casefile.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Casefile.exe"; Description: "{cm:LaunchProgram,Casefile}"; Flags: nowait postinstall skipifsilent
