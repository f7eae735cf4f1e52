<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CloudDirectoriesPage</name>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="18"/>
        <source>US Government L4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="20"/>
        <source>US Government L5 (DoD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="22"/>
        <source>China (21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="23"/>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="34"/>
        <source>&amp;Import users…</source>
        <translation>Benutzer &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="38"/>
        <source>&lt;h2&gt;Cloud Directories&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="41"/>
        <source>&amp;Microsoft 365 / Entra ID integrations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="46"/>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="50"/>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="80"/>
        <source>Cannot read the integrations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="90"/>
        <source>&lt;b&gt;No integration selected&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="92"/>
        <source>No Microsoft 365 integration yet. Adding and authorizing one with Microsoft sign-in is coming next; try ./run.sh --sandbox for a demo tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="100"/>
        <source>Cloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="102"/>
        <source>Microsoft Graph endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="104"/>
        <source>Status: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="104"/>
        <source>Status: not authorized — sign in before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="107"/>
        <source>List the tenant&apos;s enabled accounts and import them into the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="108"/>
        <source>Authorize this integration first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="27"/>
        <source>List the tenant&apos;s enabled accounts into a preview CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="29"/>
        <source>Import tenant accounts into the directory (no writes to M365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="82"/>
        <source>unknown command &apos;%1&apos;; run clouddir --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../app/ImportCommands.cpp" line="106"/>
        <source>Where to write the preview CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ImportCommands.cpp" line="106"/>
        <source>FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ImportCommands.cpp" line="108"/>
        <source>Lists the tenant&apos;s enabled Microsoft 365 accounts, matches them against the directory and writes the preview as CSV. Writes nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ImportCommands.cpp" line="112"/>
        <source>--out is required: pass the CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ImportCommands.cpp" line="141"/>
        <source>Wrote %1 accounts to %2 (%3 requests, %4 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ImportCommands.cpp" line="153"/>
        <source>Import every enabled account that is new to the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ImportCommands.cpp" line="154"/>
        <source>Import this account (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ImportCommands.cpp" line="154"/>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ImportCommands.cpp" line="156"/>
        <source>Imports Microsoft 365 accounts into the directory: first name, last name, username and email only. Nothing is written to Microsoft 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ImportCommands.cpp" line="160"/>
        <source>--db is required: pass the directory database to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ImportCommands.cpp" line="163"/>
        <source>pass either --all or one or more --upn UPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ImportCommands.cpp" line="190"/>
        <source>No enabled account %1 in the tenant; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ImportCommands.cpp" line="193"/>
        <source>%1 cannot be imported: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ImportCommands.cpp" line="207"/>
        <source>Imported %1 users into %2; %3 already in the directory; %4 refused (conflicts).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/csv/CsvExportFile.cpp" line="17"/>
        <source>Cannot write %1: the folder %2 does not exist. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/CsvExportFile.cpp" line="23"/>
        <location filename="../core/csv/CsvExportFile.cpp" line="35"/>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="25"/>
        <source>Cannot read the CSV file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="60"/>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="82"/>
        <source>this quoted field is never closed. Add the closing quote (&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="99"/>
        <source>unexpected text after the closing quote. A quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/CsvWriter.cpp" line="132"/>
        <source>the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/CsvWriter.cpp" line="133"/>
        <source>Cannot write %1: %2. Check that the disk has free space, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphConnection</name>
    <message>
        <location filename="../app/GraphConnection.cpp" line="21"/>
        <source>Microsoft Graph base URL (default https://graph.microsoft.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/GraphConnection.cpp" line="21"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/GraphConnection.cpp" line="23"/>
        <source>File holding a Graph access token (for automation; it is never printed or copied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/GraphConnection.cpp" line="24"/>
        <location filename="../app/GraphConnection.cpp" line="28"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/GraphConnection.cpp" line="27"/>
        <source>Also trust the CA certificates in this PEM file (a TLS-inspecting proxy, or graphsim --tls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/GraphConnection.cpp" line="30"/>
        <source>Attempts per Graph request before giving up on throttling or dropped connections (default 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/GraphConnection.cpp" line="32"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/GraphConnection.cpp" line="41"/>
        <source>--graph-url %1 is not an http(s) URL; pass e.g. https://graph.microsoft.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/GraphConnection.cpp" line="45"/>
        <source>--access-token-file is required: pass a file that holds a Graph access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/GraphConnection.cpp" line="50"/>
        <source>--ca-file %1 holds no PEM certificate; pass the CA certificate to trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/GraphConnection.cpp" line="60"/>
        <source>--max-attempts %1 is not a number from 1 to 20.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <location filename="../core/graph/GraphError.cpp" line="149"/>
        <source>Microsoft Graph sent no data in time for %1 (gave up after %n attempt(s)) — check the network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph/GraphError.cpp" line="155"/>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph/GraphError.cpp" line="165"/>
        <source>(request-id %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="32"/>
        <source>Import users from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="49"/>
        <source>Exported the preview as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="74"/>
        <source>Accounts listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="75"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="77"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="79"/>
        <source>Stop listing accounts; the rows received so far stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="90"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="92"/>
        <source>List the accounts again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="98"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="101"/>
        <source>Name, user principal name, email, department or match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="110"/>
        <source>Microsoft 365 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="125"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="127"/>
        <source>Tick every row shown (the search applies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="128"/>
        <source>Select &amp;none</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="130"/>
        <source>Untick every row shown (the search applies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="133"/>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="135"/>
        <source>Save the rows shown, in the order shown, as a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="136"/>
        <source>&amp;Import selected</source>
        <translation>Auswahl &amp;importieren</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="139"/>
        <source>Copy first name, last name, username and email of the ticked new accounts into the directory. Nothing is written to Microsoft 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="141"/>
        <source>C&amp;lose</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="179"/>
        <source>Cannot read the directory to match accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="192"/>
        <source>Listing the enabled accounts of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="205"/>
        <source>Listing accounts: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="206"/>
        <source>Listing accounts: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="220"/>
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="238"/>
        <source>%n enabled accounts listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="246"/>
        <source>Listing stopped after %n accounts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="255"/>
        <source>Cancelled after %n accounts; Retry lists them again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="269"/>
        <source>Export the import preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="270"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="280"/>
        <source>Exporting %n rows…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="291"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="296"/>
        <source>Imported %n users into the directory.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="298"/>
        <source>%n were already there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="300"/>
        <source>%n conflicts were skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMatcher</name>
    <message>
        <location filename="../core/sync/ImportMatcher.cpp" line="120"/>
        <source>The Microsoft 365 account %1 uses the same address (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/ImportMatcher.cpp" line="130"/>
        <source>The directory users %1 and %2 both claim this account&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/ImportMatcher.cpp" line="144"/>
        <source>The account has no user principal name to derive a username from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/ImportMatcher.cpp" line="150"/>
        <source>The username %1 is already taken by a directory user with the email %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/ImportMatcher.cpp" line="158"/>
        <source>The Microsoft 365 account %1 would get the same username (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <location filename="../ui/ImportModel.cpp" line="38"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="40"/>
        <source>Matches %1</source>
        <translation>Entspricht %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="42"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="44"/>
        <source>Already bound</source>
        <translation>Bereits verknüpft</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="83"/>
        <source>Importing creates the directory user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="85"/>
        <source>The directory user %1 has this address; nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="89"/>
        <source>This account is already bound to a directory user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="119"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="121"/>
        <source>User principal name</source>
        <translation>Benutzerprinzipalname</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="123"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="125"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="127"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="129"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="131"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="133"/>
        <source>Match</source>
        <translation>Abgleich</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="21"/>
        <source>clouddir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="25"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="28"/>
        <source>Cloud Directories</source>
        <translation>Cloud-Verzeichnisse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="29"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>&amp;Cloud Directories</source>
        <translation>&amp;Cloud-Verzeichnisse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="63"/>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="66"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>&amp;About clouddir</source>
        <translation>&amp;Über clouddir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>About clouddir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <source>&lt;b&gt;clouddir %1&lt;/b&gt;&lt;p&gt;Keep Microsoft 365 / Entra ID users in step with one directory.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <location filename="../app/Sandbox.cpp" line="34"/>
        <source>The sandbox needs graphsim next to clouddir in %1; build it with ./run.sh --sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Sandbox.cpp" line="39"/>
        <source>Cannot create a temporary folder for the sandbox directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Sandbox.cpp" line="59"/>
        <source>Cannot start graphsim (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Sandbox.cpp" line="63"/>
        <source>graphsim did not report its address within 10 s (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Sandbox.cpp" line="68"/>
        <source>graphsim printed an unexpected address: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaticTokenProvider</name>
    <message>
        <location filename="../core/graph/StaticTokenProvider.cpp" line="10"/>
        <source>Cannot read the access token file %1: %2 — check the path given to --access-token-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph/StaticTokenProvider.cpp" line="18"/>
        <source>The access token file %1 does not hold a single token — put only the token in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../core/directory/DatabaseSpec.cpp" line="22"/>
        <source>No directory database given. Pass a SQLite file path or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/DatabaseSpec.cpp" line="33"/>
        <source>The PostgreSQL URL is not valid. Use postgresql://user@host:port/dbname or postgresql://user@/dbname?host=/socket/folder&amp;port=N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/DatabaseSpec.cpp" line="49"/>
        <source>The port in the PostgreSQL URL is not a number between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/DatabaseSpec.cpp" line="59"/>
        <source>The PostgreSQL URL names no database. Use postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Migrator.cpp" line="83"/>
        <source>read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Migrator.cpp" line="87"/>
        <source>create the schema_migrations table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Migrator.cpp" line="109"/>
        <source>The directory database %1 has schema version %2, but this version of clouddir only knows up to %3. Update clouddir to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Migrator.cpp" line="123"/>
        <source>Cannot read the built-in migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Migrator.cpp" line="124"/>
        <source>apply schema migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/directory/SqlContext.cpp" line="80"/>
        <source>The directory database %1 is locked by another program (still busy after %n s). Close the other program and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/directory/SqlContext.cpp" line="88"/>
        <source>The directory database %1 is read-only: %2. Make the file and its folder writable, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/SqlContext.cpp" line="93"/>
        <source>Cannot %1: the disk holding the directory database %2 is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/SqlContext.cpp" line="98"/>
        <source>%1 is not a clouddir directory database, or it is damaged. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/SqlContext.cpp" line="103"/>
        <source>Cannot open the directory database %1: %2. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/SqlContext.cpp" line="109"/>
        <source>Lost the connection to the directory database %1 while trying to %2: %3. Check that the server is running and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/SqlContext.cpp" line="114"/>
        <source>Cannot %1 in the directory database %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Store.cpp" line="121"/>
        <source>create an integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Store.cpp" line="125"/>
        <source>An integration needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Store.cpp" line="127"/>
        <source>An integration name can have at most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Store.cpp" line="129"/>
        <source>Unknown cloud &quot;%1&quot;: use global, usgov, dod or china.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Store.cpp" line="156"/>
        <source>An integration named &quot;%1&quot; already exists (names ignore case). Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Store.cpp" line="168"/>
        <location filename="../core/directory/Store.cpp" line="185"/>
        <source>read integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Store.cpp" line="202"/>
        <source>bind a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Store.cpp" line="219"/>
        <source>Cannot bind the user: the user or the integration no longer exists in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Store.cpp" line="229"/>
        <source>read bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/StoreConnection.cpp" line="45"/>
        <source>Cannot create the directory database %1: the folder %2 does not exist. Create it or choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/StoreConnection.cpp" line="50"/>
        <source>Cannot open the directory database %1: it is a folder. Give the path of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/StoreConnection.cpp" line="56"/>
        <source>The directory database %1 is read-only: the file cannot be written. Make it writable, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/StoreConnection.cpp" line="62"/>
        <source>The directory database %1 is read-only: its folder %2 cannot be written. Make the folder writable, or choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/StoreConnection.cpp" line="79"/>
        <source>Cannot open or create the directory database %1: %2. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/StoreConnection.cpp" line="85"/>
        <source>configure the database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/StoreConnection.cpp" line="119"/>
        <source>socket folder %1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/StoreConnection.cpp" line="124"/>
        <source>The PostgreSQL server at %1 refused user %2 for database %3: %4. Check the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/StoreConnection.cpp" line="129"/>
        <source>The PostgreSQL server at %1 has no database %2 or user %3: %4. Create it or correct the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/StoreConnection.cpp" line="133"/>
        <source>Cannot connect to the PostgreSQL server at %1 (database %2): %3. Check that the server is running and the host and port are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Transaction.cpp" line="29"/>
        <source>begin a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Transaction.cpp" line="39"/>
        <source>save the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/UserTable.cpp" line="139"/>
        <source>read users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/UserTable.cpp" line="202"/>
        <source>count users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/UserTable.cpp" line="214"/>
        <source>read user keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/UserWriter.cpp" line="19"/>
        <source>insert users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/UserWriter.cpp" line="24"/>
        <source>A user with the username &quot;%1&quot; already exists (usernames ignore case). Nothing was saved; rename that user and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/UserWriter.cpp" line="66"/>
        <source>User %1 of %2 has no username. Nothing was saved; give every user a username and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/UserWriter.cpp" line="72"/>
        <source>The username &quot;%1&quot; appears more than once (usernames ignore case). Nothing was saved; make the usernames unique and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/UserWriter.cpp" line="132"/>
        <source>look up existing usernames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/UserWriter.cpp" line="163"/>
        <source>update a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/UserWriter.cpp" line="165"/>
        <source>A user needs a username. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/UserWriter.cpp" line="200"/>
        <source>The user &quot;%1&quot; no longer exists in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../ui/UsersModel.cpp" line="40"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/UsersModel.cpp" line="40"/>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/UsersModel.cpp" line="51"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/UsersModel.cpp" line="53"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../ui/UsersModel.cpp" line="55"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../ui/UsersModel.cpp" line="57"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/UsersModel.cpp" line="59"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../ui/UsersPage.cpp" line="29"/>
        <source>&lt;h2&gt;Users&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="32"/>
        <source>Searc&amp;h:</source>
        <translation>Suc&amp;hen:</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="34"/>
        <source>Username, name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="44"/>
        <source>Directory users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="62"/>
        <source>Cannot read the directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersPage.cpp" line="66"/>
        <source>%n users</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
