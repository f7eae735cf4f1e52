<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddIntegrationDialog</name>
    <message>
        <location filename="../ui/integration/AddIntegrationDialog.cpp" line="41"/>
        <source>Add Microsoft 365 / Entra ID integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/AddIntegrationDialog.cpp" line="45"/>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/AddIntegrationDialog.cpp" line="46"/>
        <source>US Government L4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/AddIntegrationDialog.cpp" line="47"/>
        <source>US Government L5 (DoD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/AddIntegrationDialog.cpp" line="48"/>
        <source>China (21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/AddIntegrationDialog.cpp" line="53"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/AddIntegrationDialog.cpp" line="57"/>
        <source>&amp;Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/AddIntegrationDialog.cpp" line="60"/>
        <source>Application (&amp;client) id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/AddIntegrationDialog.cpp" line="65"/>
        <source>Use your own app registration in the Microsoft Entra admin center: platform &lt;b&gt;Mobile and desktop applications&lt;/b&gt;, redirect URI &lt;b&gt;http://localhost&lt;/b&gt;, no client secret. Authorize opens your browser; sign in as a Global Administrator and accept consent for your organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/AddIntegrationDialog.cpp" line="73"/>
        <source>&amp;Authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/AddIntegrationDialog.cpp" line="107"/>
        <source>Enter a name for the integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/AddIntegrationDialog.cpp" line="109"/>
        <source>The name can have at most 255 characters (it has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/AddIntegrationDialog.cpp" line="111"/>
        <source>An integration named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/AddIntegrationDialog.cpp" line="113"/>
        <source>Enter the application (client) id of your app registration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindingTable</name>
    <message>
        <location filename="../core/directory/BindingTable.cpp" line="28"/>
        <location filename="../core/directory/BindingTable.cpp" line="69"/>
        <source>read bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/BindingTable.cpp" line="50"/>
        <source>read group bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/BindingTable.cpp" line="92"/>
        <source>read group members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/BindingTable.cpp" line="126"/>
        <source>Cannot bind: the user, group or integration no longer exists in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/BindingTable.cpp" line="138"/>
        <source>bind users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/BindingTable.cpp" line="142"/>
        <source>unbind users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/BindingTable.cpp" line="147"/>
        <source>bind groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/BindingTable.cpp" line="151"/>
        <source>unbind groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/BindingTable.cpp" line="158"/>
        <source>save account links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/BindingTable.cpp" line="178"/>
        <source>Cannot link the account: the user no longer exists in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuiltInMappings</name>
    <message>
        <location filename="../core/mapping/BuiltInMappings.cpp" line="77"/>
        <source>Always exported: Microsoft 365 needs this property for every user clouddir manages, so the mapping cannot be removed or changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallContext</name>
    <message>
        <location filename="../core/expr/CallContext.cpp" line="96"/>
        <source>%1: %2 is multi-valued; use Item() or Join() first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/CallContext.cpp" line="130"/>
        <source>%1: %2 must be a number, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/CallContext.cpp" line="147"/>
        <source>%1: %2 must be a whole number, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/CallContext.cpp" line="190"/>
        <source>%1: %2 must be True or False, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/CallContext.cpp" line="209"/>
        <source>%1: %2 %3 is not a date; write it like 2024-03-16, 2024-03-16T08:30:00Z or 3/16/2024 8:30:00 AM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudDirectoriesPage</name>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="43"/>
        <source>&amp;Add integration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="44"/>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="214"/>
        <source>Au&amp;thorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="45"/>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="46"/>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="47"/>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="48"/>
        <source>&amp;Import users…</source>
        <translation>Benutzer &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="49"/>
        <source>Attribute &amp;mappings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="56"/>
        <source>Waiting for the sign-in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="61"/>
        <source>Open this address in a browser to sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="67"/>
        <source>&lt;h2&gt;Cloud Directories&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="70"/>
        <source>&amp;Microsoft 365 / Entra ID integrations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="75"/>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="81"/>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="97"/>
        <source>Choose how each Microsoft 365 property gets its value: the exported attributes and your own Direct, Constant or Expression mappings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="101"/>
        <source>Domains and password expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="133"/>
        <source>Cannot read the integrations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="199"/>
        <source>&lt;b&gt;No integration selected&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="200"/>
        <source>No Microsoft 365 integration yet. Add one and authorize it with your app registration; see the README.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="215"/>
        <source>Re-au&amp;thorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="263"/>
        <source>Add integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="283"/>
        <source>Authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="283"/>
        <source>Application (client) id of your app registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="294"/>
        <source>Starting sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="307"/>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="321"/>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="325"/>
        <source>Rename integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="321"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="221"/>
        <source>List the tenant&apos;s enabled accounts and import them into the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CloudDirectoriesPage.cpp" line="222"/>
        <source>Authorize this integration first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commands/ImportCommands.cpp" line="228"/>
        <source>List the tenant&apos;s enabled accounts into a preview CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/ImportCommands.cpp" line="231"/>
        <source>Import tenant accounts into the directory (no writes to M365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="64"/>
        <source>unknown command &apos;%1&apos;; run clouddir --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/ExprCommand.cpp" line="179"/>
        <source>Evaluate an attribute-mapping expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SigninCommand.cpp" line="190"/>
        <source>sign in to Microsoft 365 for an integration (browser, PKCE, keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/TokenStatusCommand.cpp" line="131"/>
        <source>show an integration&apos;s sign-in; --refresh redeems its refresh token now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/UpnCommand.cpp" line="90"/>
        <source>Show which emails sync to which UPN under a domain rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/UsersCommand.cpp" line="64"/>
        <source>Manage directory users (import-csv).</source>
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
    <name>DeactivateIntegration</name>
    <message>
        <location filename="../ui/integration/DeactivateIntegration.cpp" line="27"/>
        <source>Deactivate integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DeactivateIntegration.cpp" line="28"/>
        <source>Deactivate &quot;%1&quot;?

Its name, configuration and every binding to directory users are deleted, and its sign-in is removed from the keychain. Accounts in Microsoft 365 stay as they are. Re-activating later does not bring the configuration back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DeactivateIntegration.cpp" line="34"/>
        <source>&amp;Export configuration, then deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DeactivateIntegration.cpp" line="36"/>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DeactivateIntegration.cpp" line="44"/>
        <source>Export integration configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DeactivateIntegration.cpp" line="45"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DeactivateIntegration.cpp" line="47"/>
        <location filename="../ui/integration/DeactivateIntegration.cpp" line="57"/>
        <source>Deactivation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DeactivateIntegration.cpp" line="70"/>
        <source>Could not write %1: %2. The integration was not deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DeactivateIntegration.cpp" line="81"/>
        <source>The integration was not deactivated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DeactivateIntegration.cpp" line="88"/>
        <source>Deactivated &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainsPanel</name>
    <message>
        <location filename="../ui/integration/DomainsPanel.cpp" line="22"/>
        <source>— (not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DomainsPanel.cpp" line="24"/>
        <source>Never expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DomainsPanel.cpp" line="26"/>
        <source>Service default (may expire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/integration/DomainsPanel.cpp" line="27"/>
        <source>Expire after %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/integration/DomainsPanel.cpp" line="36"/>
        <source>Set passwords to &amp;never expire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DomainsPanel.cpp" line="39"/>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DomainsPanel.cpp" line="40"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DomainsPanel.cpp" line="40"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DomainsPanel.cpp" line="40"/>
        <source>Password validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DomainsPanel.cpp" line="50"/>
        <source>The directory manages password lifetimes; Microsoft 365 should not expire them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DomainsPanel.cpp" line="89"/>
        <source>Authorize the integration to see its domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DomainsPanel.cpp" line="92"/>
        <source>Reading the tenant&apos;s domains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DomainsPanel.cpp" line="96"/>
        <source>Cannot read the domains: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DomainsPanel.cpp" line="103"/>
        <source>Passwords never expire in any verified domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/integration/DomainsPanel.cpp" line="104"/>
        <source>%n verified domain(s) still expire passwords.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/integration/DomainsPanel.cpp" line="118"/>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DomainsPanel.cpp" line="120"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DomainsPanel.cpp" line="120"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DomainsPanel.cpp" line="141"/>
        <source>Passwords never expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DomainsPanel.cpp" line="142"/>
        <source>Set passwords in %1 to never expire in Microsoft 365?

clouddir then manages password lifetimes; subdomains inherit the setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DomainsPanel.cpp" line="150"/>
        <source>Updating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/DomainsPanel.cpp" line="154"/>
        <source>Could not update %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <location filename="../core/expr/Evaluator.cpp" line="113"/>
        <source>&amp; at %1: an operand is multi-valued; use Item() or Join() first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Evaluator.cpp" line="132"/>
        <source>%1 at %2: an operand is multi-valued; use Item() or Join() first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSelectionPanel</name>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="20"/>
        <source>First name</source>
        <translation type="unfinished">Vorname</translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="21"/>
        <source>Last name</source>
        <translation type="unfinished">Nachname</translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="22"/>
        <source>First name + last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="23"/>
        <source>recomputed whenever either name changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="24"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="25"/>
        <source>sent only when an admin sets one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="26"/>
        <source>Company email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="27"/>
        <source>after the integration&apos;s domain rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="31"/>
        <source>Work street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="32"/>
        <source>Work city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="33"/>
        <source>Work state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="34"/>
        <source>Work postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="35"/>
        <source>Work country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="36"/>
        <source>Work phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="37"/>
        <source>a list of at most one number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="38"/>
        <source>Personal cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="39"/>
        <source>Department</source>
        <translation type="unfinished">Abteilung</translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="40"/>
        <source>Job title</source>
        <translation type="unfinished">Position</translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="41"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="42"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="43"/>
        <source>set through /manager/$ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="44"/>
        <source>Alternate email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="46"/>
        <source>Alternate email as user principal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="47"/>
        <source>instead of the company email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="53"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="66"/>
        <source>Exported attributes overwrite Microsoft 365&apos;s values for every bound user. Each change shows its plan before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="73"/>
        <source>&lt;b&gt;Always exported&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="74"/>
        <source>&lt;b&gt;Optional&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="81"/>
        <source>Always exported: the account cannot exist in Microsoft 365 without it, so it cannot be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/ExportSelectionPanel.cpp" line="90"/>
        <source>Ticking overwrites %1 in Microsoft 365 for every bound user; unticking stops future pushes and restores nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <location filename="../core/expr/Expression.cpp" line="80"/>
        <source>the directory has no attribute [%1] (at %2); it evaluates to null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Expression.cpp" line="83"/>
        <source>the directory has no attribute [%1] (at %2) — did you mean [%3]? Names are case-sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Expression.cpp" line="101"/>
        <source>IIF at %1: Microsoft&apos;s service may fail this condition when the attribute is null or empty; for portability write Switch([x],[x],&quot;&quot;,&quot;Other&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Expression.cpp" line="109"/>
        <source>Switch at %1: Microsoft advises against IsPresent/IsNull/IsNullOrEmpty as a Switch source; clouddir supports it, Entra may not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="21"/>
        <source>Adds suffix to the end of source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="24"/>
        <location filename="../core/expr/FunctionTable.cpp" line="27"/>
        <location filename="../core/expr/FunctionTable.cpp" line="124"/>
        <source>Not supported: only works inside Microsoft&apos;s provisioning service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="29"/>
        <source>Bitwise AND of two whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="31"/>
        <source>Converts to True or False (non-zero is True).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="33"/>
        <source>Reads a date text as a UTC date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="36"/>
        <source>The first argument that is neither null nor empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="39"/>
        <source>Decodes base64 as Unicode (UTF-16), UTF8 or ASCII text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="41"/>
        <source>Base64 of the text&apos;s UTF-16 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="43"/>
        <source>The text&apos;s UTF-8 bytes as upper-case hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="45"/>
        <source>Number of values of a multi-valued attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="47"/>
        <source>Returns value unchanged (compatibility).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="49"/>
        <source>Converts a single value to text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="52"/>
        <source>Adds value intervals (yyyy, m, d, ww, h, n, s) to a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="54"/>
        <source>date2 minus date1 in whole intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="56"/>
        <source>Active Directory FILETIME number to a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="58"/>
        <source>The tenant&apos;s default verified domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="61"/>
        <source>The value of the n-th component of a distinguished name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="63"/>
        <source>Stops with an error carrying message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="66"/>
        <source>Reads a date with inputFormat and writes it with outputFormat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="68"/>
        <source>A new random GUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="70"/>
        <source>Leaves the property out when the value is null or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="73"/>
        <source>valueIfTrue when condition holds, else valueIfFalse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="76"/>
        <source>1-based position of value2 in value1, or 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="78"/>
        <source>True when the value is absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="80"/>
        <source>True when the value is absent or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="82"/>
        <source>True when the value is neither absent nor empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="84"/>
        <source>True when the value is a single text value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="86"/>
        <source>The index-th value (1-based) of a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="88"/>
        <source>Joins the non-empty values with separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="90"/>
        <source>The first numChars characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="92"/>
        <source>Number of characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="94"/>
        <source>length characters from the 1-based position start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="97"/>
        <source>Removes accents: Zoë becomes Zoe, ß becomes ss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="99"/>
        <source>False for True, True for everything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="101"/>
        <source>The current UTC date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="103"/>
        <source>A date as an Active Directory FILETIME number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="106"/>
        <source>Capitalises the first letter of each word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="109"/>
        <source>A random string with at least the given character counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="111"/>
        <source>Returns value, hidden in plans, logs and exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="113"/>
        <source>Drops repeated values, keeping the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="118"/>
        <source>Replaces text, or regular-expression matches, in source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="121"/>
        <source>The first rule whose value is not taken yet (creation only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="126"/>
        <source>Splits text into a list at delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="128"/>
        <source>A binary (base64) SID as S-1-… text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="130"/>
        <source>Removes every space character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="133"/>
        <source>The value of the first key equal to source, else defaultValue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="135"/>
        <source>Lower-cases the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="137"/>
        <source>Upper-cases the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="139"/>
        <source>Removes leading and trailing white space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/FunctionTable.cpp" line="142"/>
        <source>The wordNumber-th word, splitting at any delimiter character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/MapAttributeSource.cpp" line="26"/>
        <source>attribute &quot;%1&quot;: a list may only hold strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/MapAttributeSource.cpp" line="32"/>
        <source>attribute &quot;%1&quot;: use a string, an array of strings or null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpressionPanel</name>
    <message>
        <location filename="../ui/mapping/ExpressionPanel.cpp" line="23"/>
        <source>E&amp;xpression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/ExpressionPanel.cpp" line="26"/>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/ExpressionPanel.cpp" line="29"/>
        <source>e.g. Join(&quot; &quot;, [firstname], [lastname])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/ExpressionPanel.cpp" line="34"/>
        <source>&amp;Functions (Enter inserts):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/ExpressionPanel.cpp" line="37"/>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/ExpressionPanel.cpp" line="80"/>
        <source>Write an expression, or pick a function below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/ExpressionPanel.cpp" line="87"/>
        <source>Error at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/ExpressionPanel.cpp" line="97"/>
        <source>The expression is valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Functions</name>
    <message>
        <location filename="../core/expr/CodecFunctions.cpp" line="58"/>
        <source>ConvertFromBase64: the source is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/CodecFunctions.cpp" line="65"/>
        <source>ConvertFromBase64: the bytes are not ASCII text; try UTF8 or Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/CodecFunctions.cpp" line="74"/>
        <source>ConvertFromBase64: encoding must be Unicode, UTF8 or ASCII, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/CodecFunctions.cpp" line="77"/>
        <source>ConvertFromBase64: the bytes are not Unicode (UTF-16) text; try UTF8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/CodecFunctions.cpp" line="82"/>
        <source>ConvertFromBase64: the bytes are not valid text in the %1 encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/CodecFunctions.cpp" line="127"/>
        <source>RandomString: %1 cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/CodecFunctions.cpp" line="134"/>
        <source>RandomString: length is at most 256, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/CodecFunctions.cpp" line="137"/>
        <source>RandomString: length %1 is shorter than the sum of the minimums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/CodecFunctions.cpp" line="152"/>
        <source>RandomString: charactersToAvoid removes every character of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/CodecFunctions.cpp" line="157"/>
        <source>RandomString: charactersToAvoid leaves no characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/CodecFunctions.cpp" line="182"/>
        <source>StringFromSid: the value is not a binary SID (base64 of revision 1, 8 + 4·n bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/DateFunctions.cpp" line="156"/>
        <source>DateFromNum: %1 is not a FILETIME between the years 1601 and 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/DateFunctions.cpp" line="166"/>
        <source>NumFromDate: dates before 1601 have no FILETIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/DateFunctions.cpp" line="200"/>
        <source>FormatDateTime: &quot;%1&quot; is not a DateTimeStyles name such as RoundtripKind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/DateFunctions.cpp" line="214"/>
        <source>FormatDateTime: &quot;%1&quot; does not match input format &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/DateFunctions.cpp" line="220"/>
        <source>FormatDateTime: &quot;%1&quot; is not a supported output format; use a custom format such as yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/LogicFunctions.cpp" line="31"/>
        <source>%1 is not supported in clouddir: it only works inside Microsoft&apos;s provisioning service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/LogicFunctions.cpp" line="94"/>
        <source>DefaultDomain: no tenant is known here; evaluate within an integration, or pass --default-domain DOMAIN to clouddir expr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/LogicFunctions.cpp" line="158"/>
        <source>Item: index %1 is out of range; the attribute has %2 value(s) (the first is 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/LogicFunctions.cpp" line="216"/>
        <source>SelectUniqueValue: every candidate is already taken (%1); add another rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/ReplaceFunction.cpp" line="100"/>
        <source>Replace: unknown form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/TextFunctions.cpp" line="76"/>
        <source>Mid: start must be 1 or more, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/TextFunctions.cpp" line="78"/>
        <source>Mid: length cannot be negative, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/TextFunctions.cpp" line="115"/>
        <source>Split: delimiter cannot be empty; write one such as &quot;,&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/TextFunctions.cpp" line="197"/>
        <source>InStr: compareType must be vbBinaryCompare or vbTextCompare, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/TextFunctions.cpp" line="202"/>
        <source>InStr: start must be 1 or more, got %1</source>
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
    <name>GraphProperty</name>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="21"/>
        <source>Account enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="22"/>
        <source>Business phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="23"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="24"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="25"/>
        <source>Country or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="26"/>
        <source>Department</source>
        <translation type="unfinished">Abteilung</translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="27"/>
        <source>Display name</source>
        <translation type="unfinished">Anzeigename</translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="28"/>
        <source>Hire date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="29"/>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="30"/>
        <source>Employee type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="31"/>
        <source>Fax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="32"/>
        <source>First name</source>
        <translation type="unfinished">Vorname</translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="33"/>
        <source>Job title</source>
        <translation type="unfinished">Position</translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="34"/>
        <source>Email</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="35"/>
        <source>Mail alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="36"/>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="37"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="38"/>
        <source>Other emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="39"/>
        <source>Password policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="40"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="41"/>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="42"/>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="43"/>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="44"/>
        <source>Last name</source>
        <translation type="unfinished">Nachname</translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="45"/>
        <source>Usage location (ISO country code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="46"/>
        <source>User principal name</source>
        <translation type="unfinished">Benutzerprinzipalname</translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="48"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="49"/>
        <source>Object ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="50"/>
        <source>Proxy addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/GraphPropertyCatalog.cpp" line="51"/>
        <source>Synced from on-premises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupTable</name>
    <message>
        <location filename="../core/directory/GroupTable.cpp" line="36"/>
        <source>create a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/GroupTable.cpp" line="40"/>
        <source>A group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/GroupTable.cpp" line="42"/>
        <source>A group name can have at most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/GroupTable.cpp" line="62"/>
        <source>A group named &quot;%1&quot; already exists (names ignore case). Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/GroupTable.cpp" line="70"/>
        <location filename="../core/directory/GroupTable.cpp" line="87"/>
        <source>read groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/GroupTable.cpp" line="113"/>
        <source>add group members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/GroupTable.cpp" line="113"/>
        <source>remove group members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/GroupTable.cpp" line="132"/>
        <source>Cannot add the member: the group or the user no longer exists in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/GroupTable.cpp" line="141"/>
        <source>read group members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="31"/>
        <source>Import users from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="57"/>
        <source>Exported the preview as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="87"/>
        <source>Accounts listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="88"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="90"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="92"/>
        <source>Stop listing accounts; the rows received so far stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="103"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="105"/>
        <source>List the accounts again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="111"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="114"/>
        <source>Name, user principal name, email, department or match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="123"/>
        <source>Microsoft 365 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="138"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="140"/>
        <source>Tick every row shown (the search applies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="141"/>
        <source>Select &amp;none</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="143"/>
        <source>Untick every row shown (the search applies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="146"/>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="148"/>
        <source>Save the rows shown, in the order shown, as a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="149"/>
        <source>&amp;Import selected</source>
        <translation>Auswahl &amp;importieren</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="152"/>
        <source>Copy first name, last name, username and email of the ticked new accounts into the directory. Nothing is written to Microsoft 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="154"/>
        <source>C&amp;lose</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="192"/>
        <source>Cannot read the directory to match accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="205"/>
        <source>Listing the enabled accounts of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="218"/>
        <source>Listing accounts: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="219"/>
        <source>Listing accounts: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="233"/>
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="252"/>
        <source>%n enabled accounts listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="261"/>
        <source>Listing stopped after %n accounts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="271"/>
        <source>Cancelled after %n accounts; Retry lists them again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="285"/>
        <source>Export the import preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="286"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="296"/>
        <source>Exporting %n rows…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="314"/>
        <source>Importing %n users…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="325"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="330"/>
        <source>Imported %n users into the directory.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="332"/>
        <source>%n were already there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="334"/>
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
        <location filename="../core/sync/ImportMatcher.cpp" line="127"/>
        <source>The Microsoft 365 account %1 uses the same address (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/ImportMatcher.cpp" line="137"/>
        <source>The directory users %1 and %2 both claim this account&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/ImportMatcher.cpp" line="151"/>
        <source>The account has no user principal name to derive a username from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/ImportMatcher.cpp" line="157"/>
        <source>The username %1 is already taken by a directory user with the email %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/ImportMatcher.cpp" line="165"/>
        <source>The Microsoft 365 account %1 would get the same username (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <location filename="../ui/ImportModel.cpp" line="39"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="41"/>
        <source>Matches %1</source>
        <translation>Entspricht %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="43"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="45"/>
        <source>Already bound</source>
        <translation>Bereits verknüpft</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="66"/>
        <source>Importing creates the directory user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="68"/>
        <source>The directory user %1 has this address; nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="72"/>
        <source>This account is already bound to a directory user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="144"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="146"/>
        <source>User principal name</source>
        <translation>Benutzerprinzipalname</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="148"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="150"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="152"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="154"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="156"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../ui/ImportModel.cpp" line="158"/>
        <source>Match</source>
        <translation>Abgleich</translation>
    </message>
</context>
<context>
    <name>IntegrationSettingsTable</name>
    <message>
        <location filename="../core/directory/IntegrationSettingsTable.cpp" line="21"/>
        <source>read integration settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/IntegrationSettingsTable.cpp" line="44"/>
        <source>save integration settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/IntegrationSettingsTable.cpp" line="47"/>
        <source>&quot;%1&quot; is not a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/IntegrationSettingsTable.cpp" line="68"/>
        <source>Cannot save the settings: the integration no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationSummary</name>
    <message>
        <location filename="../ui/integration/IntegrationSummary.cpp" line="40"/>
        <source>US Government L4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/IntegrationSummary.cpp" line="42"/>
        <source>US Government L5 (DoD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/IntegrationSummary.cpp" line="44"/>
        <source>China (21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/IntegrationSummary.cpp" line="45"/>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/IntegrationSummary.cpp" line="51"/>
        <source>Cloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/IntegrationSummary.cpp" line="53"/>
        <source>Microsoft Graph endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/IntegrationSummary.cpp" line="55"/>
        <source>Status: connected (demo tenant with a fixed token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/IntegrationSummary.cpp" line="58"/>
        <source>Tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/IntegrationSummary.cpp" line="58"/>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/IntegrationSummary.cpp" line="59"/>
        <source>Consenting account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/IntegrationSummary.cpp" line="59"/>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/IntegrationSummary.cpp" line="61"/>
        <source>App registration (client id): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/IntegrationSummary.cpp" line="64"/>
        <source>State: authorized on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/IntegrationSummary.cpp" line="68"/>
        <source>State: re-authorization needed — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/integration/IntegrationSummary.cpp" line="71"/>
        <source>State: not authorized — press Authorize and sign in as an administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationTable</name>
    <message>
        <location filename="../core/directory/IntegrationTable.cpp" line="53"/>
        <source>read an integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/IntegrationTable.cpp" line="80"/>
        <source>read an integration&apos;s sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/IntegrationTable.cpp" line="109"/>
        <source>save an integration&apos;s sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/IntegrationTable.cpp" line="139"/>
        <source>An integration needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/IntegrationTable.cpp" line="141"/>
        <source>An integration name can have at most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/IntegrationTable.cpp" line="142"/>
        <source>rename an integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/IntegrationTable.cpp" line="153"/>
        <source>An integration named &quot;%1&quot; already exists (names ignore case). Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/IntegrationTable.cpp" line="164"/>
        <source>delete an integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/IntegrationTable.cpp" line="200"/>
        <source>read bindings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lexer</name>
    <message>
        <location filename="../core/expr/Lexer.cpp" line="80"/>
        <source>unterminated string starting at %1: add a closing &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Lexer.cpp" line="88"/>
        <source>attribute name at %1 is missing its closing ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Lexer.cpp" line="91"/>
        <source>empty attribute name [] at %1: write the attribute&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Lexer.cpp" line="93"/>
        <source>attribute name [%1] at %2 has leading or trailing spaces: remove them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Lexer.cpp" line="108"/>
        <source>unexpected &apos;%1&apos; at %2 after the number %3: separate it with a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Lexer.cpp" line="115"/>
        <source>a sign at %1 must touch its digits (write -1, not - 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Lexer.cpp" line="122"/>
        <source>unexpected &apos;%1&apos; at %2 in a hex number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Lexer.cpp" line="149"/>
        <source>unexpected character &apos;%1&apos; at %2: text belongs in &quot;quotes&quot; and attribute names in [brackets]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <location filename="../core/auth/LoopbackListener.cpp" line="104"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/LoopbackListener.cpp" line="104"/>
        <source>This is clouddir&apos;s sign-in listener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/LoopbackListener.cpp" line="121"/>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/LoopbackListener.cpp" line="127"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/LoopbackListener.cpp" line="127"/>
        <source>clouddir received the sign-in. You can close this tab.</source>
        <translation type="unfinished"></translation>
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
    <name>MappingEditDialog</name>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="32"/>
        <source>Use a &amp;default value when the result is empty (on create only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="40"/>
        <source>Add mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="41"/>
        <source>Edit mapping of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="44"/>
        <source>Microsoft 365 property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="53"/>
        <source>Mapping type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="54"/>
        <source>Direct — a directory attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="55"/>
        <source>Constant — a fixed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="56"/>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="60"/>
        <source>Source attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="64"/>
        <source>Constant value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="67"/>
        <source>Source &amp;attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="72"/>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="86"/>
        <source>Use a default value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="89"/>
        <source>Default value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="94"/>
        <source>Apply this mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="95"/>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="96"/>
        <source>Only during object creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="103"/>
        <source>Microsoft 365 &amp;property:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="106"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="109"/>
        <source>Appl&amp;y this mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="111"/>
        <source>Test on a directory user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="116"/>
        <source>Save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="118"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingEditDialog.cpp" line="162"/>
        <source>Error at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingListModel</name>
    <message>
        <location filename="../ui/mapping/MappingListModel.cpp" line="38"/>
        <source>Custom mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingListModel.cpp" line="38"/>
        <source>Optional export attribute (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingListModel.cpp" line="40"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingListModel.cpp" line="49"/>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingListModel.cpp" line="51"/>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingListModel.cpp" line="53"/>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingListModel.cpp" line="59"/>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingListModel.cpp" line="59"/>
        <source>Only during creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingListModel.cpp" line="73"/>
        <source>Microsoft 365 property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingListModel.cpp" line="75"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingListModel.cpp" line="77"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingListModel.cpp" line="79"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingListModel.cpp" line="81"/>
        <source>Default if empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingSet</name>
    <message>
        <location filename="../core/mapping/MappingSet.cpp" line="21"/>
        <source>&quot;%1&quot; is not a Graph user property.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../core/directory/MappingTable.cpp" line="41"/>
        <source>read mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/MappingTable.cpp" line="76"/>
        <source>save a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/MappingTable.cpp" line="78"/>
        <source>The mapping of %1 is always exported and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/MappingTable.cpp" line="80"/>
        <source>A mapping needs an integration and a target property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/MappingTable.cpp" line="126"/>
        <source>remove a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingTestPanel</name>
    <message>
        <location filename="../ui/mapping/MappingTestPanel.cpp" line="27"/>
        <source>%1 (the default: the mapping gave no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingTestPanel.cpp" line="28"/>
        <source>%1 (redacted in logs and exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingTestPanel.cpp" line="31"/>
        <source>nothing is written; Microsoft 365 keeps its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingTestPanel.cpp" line="33"/>
        <source>the property is left out (IgnoreFlowIfNullOrEmpty / IgnoreAttributeFlow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingTestPanel.cpp" line="35"/>
        <location filename="../ui/mapping/MappingTestPanel.cpp" line="97"/>
        <source>error at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingTestPanel.cpp" line="36"/>
        <location filename="../ui/mapping/MappingTestPanel.cpp" line="98"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingTestPanel.cpp" line="50"/>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingTestPanel.cpp" line="55"/>
        <source>Directory user to test with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingTestPanel.cpp" line="61"/>
        <source>Test the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingTestPanel.cpp" line="70"/>
        <source>Test &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingTestPanel.cpp" line="79"/>
        <source>On create:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingTestPanel.cpp" line="80"/>
        <source>On update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingTestPanel.cpp" line="89"/>
        <source>No directory user is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingValidator</name>
    <message>
        <location filename="../core/mapping/MappingValidator.cpp" line="42"/>
        <source>&quot;%1&quot; is not a Graph user property clouddir can write; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingValidator.cpp" line="44"/>
        <source>&quot;%1&quot; is not a Graph user property — did you mean %2? Names are case-sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingValidator.cpp" line="49"/>
        <source>%1 is read-only in Microsoft Graph: Microsoft 365 sets it, so no mapping can write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingValidator.cpp" line="61"/>
        <source>%1 is always exported by a built-in mapping; it cannot be mapped again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingValidator.cpp" line="65"/>
        <source>%1 already has a mapping; edit that one instead (one mapping per property).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingValidator.cpp" line="68"/>
        <source>Choose the directory attribute that fills %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingValidator.cpp" line="80"/>
        <source>SelectUniqueValue only works in a mapping applied &quot;Only during object creation&quot;; change the apply mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingValidator.cpp" line="90"/>
        <source>Default value: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingsDialog</name>
    <message>
        <location filename="../ui/mapping/MappingsDialog.cpp" line="25"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingsDialog.cpp" line="26"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingsDialog.cpp" line="27"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingsDialog.cpp" line="31"/>
        <source>Attribute mappings — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingsDialog.cpp" line="33"/>
        <source>Attribute mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingsDialog.cpp" line="41"/>
        <source>Add a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingsDialog.cpp" line="43"/>
        <source>Edit the selected mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingsDialog.cpp" line="45"/>
        <source>Remove the selected mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingsDialog.cpp" line="51"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingsDialog.cpp" line="54"/>
        <source>Each Microsoft 365 property gets its value from one mapping. Locked mappings are always exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingsDialog.cpp" line="131"/>
        <source>Saved the mapping of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/MappingsDialog.cpp" line="144"/>
        <source>Removed the mapping of %1; Microsoft 365 keeps the values it has.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <location filename="../core/auth/OAuthError.cpp" line="140"/>
        <source>Microsoft requires an interactive sign-in (multi-factor authentication or a Conditional Access policy, AADSTS%1). Re-authorize the integration and complete the prompts in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/OAuthError.cpp" line="145"/>
        <source>Consent was declined or is missing (%1). A Global Administrator must authorize and accept &quot;Consent on behalf of your organization&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/OAuthError.cpp" line="151"/>
        <source>The app registration uses the Web platform; register it as Mobile and desktop applications with the redirect URI http://localhost (AADSTS7000218).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/OAuthError.cpp" line="153"/>
        <source>The app registration is a public client but a client secret was sent (AADSTS700025). Remove the secret from the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/OAuthError.cpp" line="155"/>
        <source>Microsoft did not accept the client id (invalid_client, AADSTS%1). Check the application (client) id of the app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/OAuthError.cpp" line="163"/>
        <source>Microsoft rejected the requested permissions (invalid_scope, AADSTS%1). This is a bug in clouddir; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/OAuthError.cpp" line="168"/>
        <source>Microsoft&apos;s sign-in service is temporarily unavailable (%1). Try again in a few minutes; the stored sign-in is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/OAuthError.cpp" line="173"/>
        <source>The browser came back without the state of this sign-in, so the answer was rejected (it was not started here). Authorize again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/OAuthError.cpp" line="177"/>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/OAuthError.cpp" line="180"/>
        <source>Sign-in timed out: the browser did not come back to clouddir in time. Authorize again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/OAuthError.cpp" line="183"/>
        <source>Cannot reach the Microsoft sign-in service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/OAuthError.cpp" line="186"/>
        <source>Keychain unavailable: %1. clouddir keeps sign-in tokens only in the system keychain (Secret Service, macOS Keychain or Windows Credential Manager); start or unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/OAuthError.cpp" line="191"/>
        <source>Re-authorization needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/OAuthError.cpp" line="194"/>
        <source>The sign-in service gave an answer clouddir does not understand (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/OAuthError.cpp" line="199"/>
        <source>Trace ID: %1, correlation ID: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthTokenProvider</name>
    <message>
        <location filename="../core/auth/OAuthTokenProvider.cpp" line="62"/>
        <source>no sign-in is stored for this integration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxTable</name>
    <message>
        <location filename="../core/directory/OutboxTable.cpp" line="54"/>
        <source>A plan needs its integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/OutboxTable.cpp" line="56"/>
        <location filename="../core/directory/OutboxTable.cpp" line="122"/>
        <source>Every snapshot needs its outbox row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/OutboxTable.cpp" line="62"/>
        <source>queue the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/OutboxTable.cpp" line="144"/>
        <source>read the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/OutboxTable.cpp" line="182"/>
        <source>read snapshots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <location filename="../core/expr/Parser.cpp" line="60"/>
        <source>expression is %1 characters; the maximum is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="69"/>
        <source>the expression is empty: write a value such as [firstname] or &quot;text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="78"/>
        <source>unexpected &apos;)&apos; at %1: no call is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="81"/>
        <source>unexpected &apos;%1&apos; at %2: the expression already ended; join values with a function such as Join() or with &amp;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="113"/>
        <source>comparisons cannot be chained (at %1); nest IIF instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="169"/>
        <source>hex number at %1 does not fit in 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="189"/>
        <source>unknown name %1 at %2: write [%1] for an attribute or &quot;%1&quot; for text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="192"/>
        <source>unexpected &apos;(&apos; at %1: parentheses only belong to function calls; remove them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="195"/>
        <source>unexpected &apos;)&apos; at %1: a value is missing before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="198"/>
        <source>the expression ends at %1 where a value was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="201"/>
        <source>unexpected &apos;%1&apos; at %2: a value was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="215"/>
        <source>calls are nested more than %1 deep at %2: simplify the expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="221"/>
        <source>Unknown function &apos;%1&apos; at offset %2 — see the function list for the names clouddir knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="223"/>
        <source>Unknown function &apos;%1&apos; at offset %2 — did you mean &apos;%3&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="229"/>
        <source>%1 is not supported in clouddir: it only works inside Microsoft&apos;s provisioning service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="261"/>
        <source>unexpected &apos;%1&apos; at %2 in the arguments of %3: separate arguments with a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="268"/>
        <source>missing ) to close %1( opened at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="279"/>
        <source>%1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="282"/>
        <source>%1 takes at least %2 arguments (%3); got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="284"/>
        <source>%1 takes no arguments (write %2()); got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="286"/>
        <source>%1 takes 1 argument (%2); got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="288"/>
        <source>%1 takes %2 arguments (%3); got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="290"/>
        <source>%1 takes %2 to %3 arguments (%4); got %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="297"/>
        <source>Switch needs key/value pairs: got %1 arguments, a value is missing after the last key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="308"/>
        <source>%1: %2 (argument %3) cannot be left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="322"/>
        <source>%1: &quot;%2&quot; is not a culture name; write one such as en-US or tr-TR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="335"/>
        <source>%1 at %2 is not supported in clouddir: it filters objects inside Microsoft&apos;s provisioning service; use the integration&apos;s scope instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="345"/>
        <source>the keyword %1 at %2 is only allowed as argument %3 of %4; write &quot;%1&quot; for text or [%1] for an attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/Parser.cpp" line="362"/>
        <source>%1 at %2 must be the outermost call: wrap the whole expression in it instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyConverter</name>
    <message>
        <location filename="../core/mapping/PropertyConverter.cpp" line="20"/>
        <source>%1 takes at most %2 characters; the value &quot;%3&quot; has %4. Shorten it, e.g. with Left().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/PropertyConverter.cpp" line="35"/>
        <source>%1 takes one value, but the mapping gives %2; pick one with Item() or combine them with Join().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/PropertyConverter.cpp" line="47"/>
        <source>%1 takes at most %2 value(s); the mapping gives %3. Pick one with Item().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/PropertyConverter.cpp" line="65"/>
        <source>%1 takes True or False; the mapping gives &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/PropertyConverter.cpp" line="74"/>
        <source>%1 takes a date such as 2024-03-16 or 2024-03-16T08:30:00Z; the mapping gives &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegexSupport</name>
    <message>
        <location filename="../core/expr/RegexSupport.cpp" line="23"/>
        <source>Unicode block names such as \p{IsGreek} are not supported in clouddir; use a script name such as \p{Greek}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/RegexSupport.cpp" line="30"/>
        <source>character-class subtraction [a-z-[aeiou]] is not supported in clouddir; list the characters you want instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/RegexSupport.cpp" line="42"/>
        <source>balancing groups (?&lt;a-b&gt;…) are not supported in clouddir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/RegexSupport.cpp" line="124"/>
        <source>regexPattern &quot;%1&quot; uses a variable-length lookbehind, which is not supported in clouddir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/RegexSupport.cpp" line="126"/>
        <source>regexPattern &quot;%1&quot; does not compile: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceForm</name>
    <message>
        <location filename="../core/expr/ReplaceForm.cpp" line="50"/>
        <source>Replace: this combination of arguments is not one of its five forms: (source, oldValue, , , replacementValue), (source, oldValue, , , , , template), (source, , regexPattern, , replacementValue), (source, , regexPattern, regexGroupName, replacementValue), (source, , regexPattern, regexGroupName, , replacementAttributeName)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/ReplaceForm.cpp" line="61"/>
        <source>Replace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/expr/ReplaceForm.cpp" line="67"/>
        <source>Replace: the pattern defines no group named &quot;%1&quot;</source>
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
    <name>Scanner</name>
    <message>
        <location filename="../core/graph/JsonPageScanner.cpp" line="38"/>
        <source>the page is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph/JsonPageScanner.cpp" line="72"/>
        <location filename="../core/graph/JsonPageScanner.cpp" line="144"/>
        <location filename="../core/graph/JsonPageScanner.cpp" line="348"/>
        <source>a &apos;,&apos; or &apos;}&apos; was expected after a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph/JsonPageScanner.cpp" line="79"/>
        <source>garbage after the JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph/JsonPageScanner.cpp" line="93"/>
        <source>an element of &apos;value&apos; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph/JsonPageScanner.cpp" line="104"/>
        <source>a &apos;,&apos; or &apos;]&apos; was expected in the &apos;value&apos; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph/JsonPageScanner.cpp" line="163"/>
        <source>a member name in double quotes was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph/JsonPageScanner.cpp" line="169"/>
        <source>a &apos;:&apos; was expected after a member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph/JsonPageScanner.cpp" line="190"/>
        <location filename="../core/graph/JsonPageScanner.cpp" line="198"/>
        <source>a string is not terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph/JsonPageScanner.cpp" line="195"/>
        <source>a control character inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph/JsonPageScanner.cpp" line="202"/>
        <source>a \u escape needs four hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph/JsonPageScanner.cpp" line="206"/>
        <source>an invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph/JsonPageScanner.cpp" line="272"/>
        <location filename="../core/graph/JsonPageScanner.cpp" line="292"/>
        <source>an invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph/JsonPageScanner.cpp" line="302"/>
        <source>an unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph/JsonPageScanner.cpp" line="310"/>
        <source>the document is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph/JsonPageScanner.cpp" line="312"/>
        <source>the document ends in the middle of a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph/JsonPageScanner.cpp" line="349"/>
        <source>a &apos;,&apos; or &apos;]&apos; was expected in an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph/JsonPageScanner.cpp" line="366"/>
        <source>the document ends too early</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <location filename="../core/auth/SignInFlow.cpp" line="50"/>
        <source>cannot listen on 127.0.0.1 for the browser&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth/SignInFlow.cpp" line="94"/>
        <source>no refresh token (offline_access not granted)</source>
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
        <location filename="../core/directory/Store.cpp" line="130"/>
        <source>create an integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Store.cpp" line="134"/>
        <source>An integration needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Store.cpp" line="136"/>
        <source>An integration name can have at most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Store.cpp" line="138"/>
        <source>Unknown cloud &quot;%1&quot;: use global, usgov, dod or china.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Store.cpp" line="165"/>
        <source>An integration named &quot;%1&quot; already exists (names ignore case). Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Store.cpp" line="177"/>
        <location filename="../core/directory/Store.cpp" line="194"/>
        <source>read integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Store.cpp" line="211"/>
        <source>bind a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Store.cpp" line="228"/>
        <source>Cannot bind the user: the user or the integration no longer exists in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/directory/Store.cpp" line="238"/>
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
    <name>TokenRequest</name>
    <message>
        <location filename="../core/auth/TokenRequest.cpp" line="75"/>
        <source>no answer within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpnRule</name>
    <message>
        <location filename="../core/sync/UpnRule.cpp" line="75"/>
        <source>The default domain %1 needs a list of domains: list it (and any others) first, since the default must be one of the listed domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/UpnRule.cpp" line="79"/>
        <source>The default domain %1 is not one of the listed domains (%2); list it or choose another default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/UpnRule.cpp" line="85"/>
        <source>The domain %1 is not a verified domain of the tenant (verified: %2); verify it in Microsoft 365 first or remove it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCsvImport</name>
    <message>
        <location filename="../core/sync/UserCsvImport.cpp" line="119"/>
        <source>The file is empty: the first line must name the columns, e.g. username,email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/UserCsvImport.cpp" line="127"/>
        <source>unknown column &apos;%1&apos;. Known columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/UserCsvImport.cpp" line="129"/>
        <source>the column &apos;%1&apos; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/UserCsvImport.cpp" line="133"/>
        <source>there is no username column; every user needs a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/UserCsvImport.cpp" line="153"/>
        <source>expected %1 cells as in the header, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/UserCsvImport.cpp" line="166"/>
        <source>state &apos;%1&apos; is neither active nor suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/UserCsvImport.cpp" line="169"/>
        <source>%1 &apos;%2&apos; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/UserCsvImport.cpp" line="173"/>
        <source>the username is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/UserCsvImport.cpp" line="175"/>
        <source>the username %1 already exists in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/UserCsvImport.cpp" line="177"/>
        <source>the username %1 appears again (first on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/UserCsvImport.cpp" line="190"/>
        <source>%1 cannot be their own manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/UserCsvImport.cpp" line="197"/>
        <source>the manager %1 is neither in the file nor in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/UserCsvImport.cpp" line="213"/>
        <source>Cannot read %1: %2</source>
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
        <location filename="../ui/UsersPage.cpp" line="30"/>
        <source>&lt;h2&gt;Users&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="33"/>
        <source>Searc&amp;h:</source>
        <translation>Suc&amp;hen:</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="35"/>
        <source>Username, name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="45"/>
        <source>Directory users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="71"/>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.cpp" line="89"/>
        <source>Cannot read the directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersPage.cpp" line="94"/>
        <source>%n users</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
