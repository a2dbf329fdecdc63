<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ClusterModel</name>
    <message>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Error type</source>
        <translation>Fehlertyp</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschl.</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
<context>
    <name>FleetBuilder</name>
    <message>
        <source>memory budget</source>
        <translation>Speicherbudget</translation>
    </message>
    <message>
        <source>The memory budget of %1 MiB was reached after %2 events; %3 later events were not loaded. Load a shorter time range or fewer functions, or raise LAMBDALENS_MEMORY_BUDGET_MB.</source>
        <translation>Das Speicherbudget von %1 MiB war nach %2 Ereignissen erreicht; %3 spätere Ereignisse wurden nicht geladen. Laden Sie einen kürzeren Zeitraum oder weniger Funktionen, oder erhöhen Sie LAMBDALENS_MEMORY_BUDGET_MB.</translation>
    </message>
</context>
<context>
    <name>FleetReport</name>
    <message>
        <source>FUNCTION</source>
        <translation>FUNKTION</translation>
    </message>
    <message>
        <source>INVOC</source>
        <translation>AUFRUFE</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>COLD</source>
        <translation>KALT</translation>
    </message>
    <message>
        <source>RETRY</source>
        <translation>WDH.</translation>
    </message>
    <message>
        <source>P50 MS</source>
        <translation>P50 MS</translation>
    </message>
    <message>
        <source>P99 MS</source>
        <translation>P99 MS</translation>
    </message>
    <message>
        <source>MEM MB</source>
        <translation>SPEICHER MB</translation>
    </message>
    <message>
        <source>COST USD</source>
        <translation>KOSTEN USD</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>übersprungen: %1: %2</translation>
    </message>
</context>
<context>
    <name>SourceLoader</name>
    <message>
        <source>Generating the demo fleet</source>
        <translation>Demo-Flotte wird erzeugt</translation>
    </message>
    <message>
        <source>Reading log files</source>
        <translation>Log-Dateien werden gelesen</translation>
    </message>
    <message>
        <source>Reading the local CloudWatch cache</source>
        <translation>Lokaler CloudWatch-Cache wird gelesen</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Rebuilding invocations</source>
        <translation>Aufrufe werden rekonstruiert</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Evaluates the insight rules (memory pressure, error rate, out-of-memory kills, timeouts and near timeouts, over-provisioned memory, cold-start rate) and prints the triggered ones with their evidence. Thresholds and mutes come from the insights/* settings.</source>
        <translation>Wertet die Analyseregeln aus (Speicherdruck, Fehlerquote, Abbrüche wegen Speichermangels, Timeouts und Beinahe-Timeouts, überdimensionierter Speicher, Kaltstartquote) und gibt die ausgelösten Regeln mit ihren Belegen aus. Schwellenwerte und Stummschaltungen stammen aus den Einstellungen insights/*.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Also POST the triggered rules as Slack-compatible JSON to URL.</source>
        <translation>Die ausgelösten Regeln zusätzlich als Slack-kompatibles JSON per POST an URL senden.</translation>
    </message>
    <message>
        <source>Mute a rule by key (repeatable), e.g. cold-start-rate.</source>
        <translation>Eine Regel über ihren Schlüssel stummschalten (wiederholbar), z. B. cold-start-rate.</translation>
    </message>
    <message>
        <source>lambdalens insights-rules: unknown rule &apos;%1&apos;.</source>
        <translation>lambdalens insights-rules: unbekannte Regel &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>Lambdalens: %n rule(s) triggered</source>
        <translation>
            <numerusform>Lambdalens: %n Regel ausgelöst</numerusform>
            <numerusform>Lambdalens: %n Regeln ausgelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per invocation, oldest first.</source>
        <translation>Eine Zeile pro Aufruf, älteste zuerst.</translation>
    </message>
    <message>
        <source>Only this outcome: failed, ok, error, timeout, oom (out-of-memory), crash, incomplete.</source>
        <translation>Nur dieses Ergebnis: failed, ok, error, timeout, oom (Speichermangel), crash, incomplete.</translation>
    </message>
    <message>
        <source>Only cold starts.</source>
        <translation>Nur Kaltstarts.</translation>
    </message>
    <message>
        <source>Only retries.</source>
        <translation>Nur Wiederholungen.</translation>
    </message>
    <message>
        <source>lambdalens invocations: unknown outcome &apos;%1&apos;</source>
        <translation>lambdalens invocations: unbekanntes Ergebnis &apos;%1&apos;</translation>
    </message>
    <message>
        <source>lambdalens invocations: no function named &apos;%1&apos;</source>
        <translation>lambdalens invocations: keine Funktion namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Per-function statistics (invocations, failures by outcome, cold starts, retries, duration percentiles, memory, GB-seconds and cost) and fleet totals.
Exit code 0: all input read; 3: some input was skipped (listed on stderr and in &quot;skipped&quot;).</source>
        <translation>Statistiken pro Funktion (Aufrufe, Fehlschläge nach Ergebnis, Kaltstarts, Wiederholungen, Perzentile der Dauer, Speicher, GB-Sekunden und Kosten) und Summen der Flotte.
Exit-Code 0: alle Eingaben gelesen; 3: einige Eingaben wurden übersprungen (aufgeführt auf stderr und in &quot;skipped&quot;).</translation>
    </message>
    <message>
        <source>Print the stable JSON form.</source>
        <translation>Die stabile JSON-Form ausgeben.</translation>
    </message>
    <message>
        <source>Memory and cost per function: memory size, max and p99 memory used, durations, cost per day and per million invocations, CPU evidence, the recommended size and its cost, and the measured cost at every memory size the function ran with (power-tuning curve from real traffic).
Prices: us-east-1 list prices by default; override with the pricing/* settings.</source>
        <translation>Speicher und Kosten pro Funktion: Speichergröße, maximal und p99 genutzter Speicher, Dauern, Kosten pro Tag und pro Million Aufrufe, CPU-Indizien, die empfohlene Größe und ihre Kosten sowie die gemessenen Kosten bei jeder Speichergröße, mit der die Funktion lief (Power-Tuning-Kurve aus realem Verkehr).
Preise: standardmäßig Listenpreise von us-east-1; mit den Einstellungen pricing/* überschreibbar.</translation>
    </message>
    <message>
        <source>Print CSV (one row per function).</source>
        <translation>CSV ausgeben (eine Zeile pro Funktion).</translation>
    </message>
    <message>
        <source>Architecture the functions run on: x86_64 or arm64.</source>
        <translation>Architektur, auf der die Funktionen laufen: x86_64 oder arm64.</translation>
    </message>
    <message>
        <source>lambdalens sizing: --headroom takes a percentage between 0 and 1000.</source>
        <translation>lambdalens sizing: --headroom erwartet einen Prozentwert zwischen 0 und 1000.</translation>
    </message>
    <message>
        <source>lambdalens sizing: --arch is x86_64 or arm64.</source>
        <translation>lambdalens sizing: --arch ist x86_64 oder arm64.</translation>
    </message>
    <message>
        <source>Log exports (aws logs filter-log-events / get-log-events JSON), plain log files, folders of them, or .gz versions.</source>
        <translation>Log-Exporte (JSON von aws logs filter-log-events / get-log-events), einfache Log-Dateien, Ordner damit oder .gz-Versionen.</translation>
    </message>
    <message>
        <source>%1: name a SOURCE, or use --demo or --cache.</source>
        <translation>%1: geben Sie eine SOURCE an oder verwenden Sie --demo oder --cache.</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>übersprungen: %1: %2</translation>
    </message>
    <message>
        <source>Use the embedded demo fleet.</source>
        <translation>Die eingebettete Demo-Flotte verwenden.</translation>
    </message>
    <message>
        <source>Use the local CloudWatch cache (see &apos;lambdalens sync&apos;).</source>
        <translation>Den lokalen CloudWatch-Cache verwenden (siehe &apos;lambdalens sync&apos;).</translation>
    </message>
    <message>
        <source>Seed of the demo fleet.</source>
        <translation>Startwert der Demo-Flotte.</translation>
    </message>
    <message>
        <source>Headroom over p99 memory used, in percent (default: the Preferences value, 20).</source>
        <translation>Reserve über dem p99 genutzten Speicher, in Prozent (Standard: der Wert aus den Einstellungen, 20).</translation>
    </message>
    <message>
        <source>Only this function (repeatable): NAME matches every function of that name; REGION/NAME or ACCOUNT/REGION/NAME one origin&apos;s.</source>
        <translation>Nur diese Funktion (wiederholbar): NAME trifft jede Funktion dieses Namens; REGION/NAME oder ACCOUNT/REGION/NAME die eines Ursprungs.</translation>
    </message>
</context>
<context>
    <name>cli::clusters</name>
    <message>
        <source>Groups the fleet&apos;s errors by cause: failed invocations by error type, message template and top
stack frames (timeouts, out-of-memory kills and crashes each one group), and ERROR lines of
successful invocations apart (kind &quot;log&quot;). Most failed invocations first.</source>
        <translation>Gruppiert die Fehler der Flotte nach Ursache: fehlgeschlagene Aufrufe nach Fehlertyp, Nachrichtenvorlage und obersten
Stack-Frames (Zeitüberschreitungen, Speicherabbrüche und Abstürze je eine Gruppe) sowie ERROR-Zeilen
erfolgreicher Aufrufe getrennt (Art &quot;log&quot;). Meiste fehlgeschlagene Aufrufe zuerst.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Order: impact (default), newest, count.</source>
        <translation>Reihenfolge: impact (Standard), newest, count.</translation>
    </message>
    <message>
        <source>Files or folders of exported logs.</source>
        <translation>Dateien oder Ordner exportierter Logs.</translation>
    </message>
    <message>
        <source>lambdalens clusters: unknown order &apos;%1&apos;</source>
        <translation>lambdalens clusters: unbekannte Reihenfolge &apos;%1&apos;</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Keine Fehler.</translation>
    </message>
</context>
<context>
    <name>cli::mine</name>
    <message>
        <source>Groups the lines of FILE (one log message a line; &apos;-&apos; reads standard input) into templates,
replacing variable parts with &lt;*&gt;. Prints one row per line: line number (from 1), cluster id,
template. Ids are final: lines mined later can merge clusters, and every row shows the
cluster its line ended in. Templates are CSV-quoted when they hold a comma or a quote.
--csv adds a header row (line,cluster_id,template) so the output is a complete CSV file.</source>
        <translation>Gruppiert die Zeilen von FILE (eine Log-Nachricht pro Zeile; &apos;-&apos; liest die Standardeingabe) zu Vorlagen
und ersetzt variable Teile durch &lt;*&gt;. Gibt eine Zeile pro Eingabezeile aus: Zeilennummer (ab 1), Cluster-ID,
Vorlage. Die IDs sind endgültig: später gelesene Zeilen können Cluster zusammenführen, und jede Zeile zeigt
den Cluster, in dem ihre Zeile endete. Vorlagen mit Komma oder Anführungszeichen werden CSV-gequotet.
--csv fügt eine Kopfzeile (line,cluster_id,template) hinzu, sodass die Ausgabe eine vollständige CSV-Datei ist.</translation>
    </message>
    <message>
        <source>Text file with one message a line, or &apos;-&apos;.</source>
        <translation>Textdatei mit einer Nachricht pro Zeile, oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Print a CSV header row before the rows.</source>
        <translation>Vor den Zeilen eine CSV-Kopfzeile ausgeben.</translation>
    </message>
    <message>
        <source>lambdalens mine: expected exactly one FILE. Try &apos;lambdalens mine --help&apos;.</source>
        <translation>lambdalens mine: genau eine FILE erwartet. Siehe &apos;lambdalens mine --help&apos;.</translation>
    </message>
    <message>
        <source>lambdalens mine: cannot read &apos;%1&apos;: %2</source>
        <translation>lambdalens mine: &apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>lambdalens mine: reading &apos;%1&apos; stopped early: %2</source>
        <translation>lambdalens mine: Lesen von &apos;%1&apos; vorzeitig beendet: %2</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>errors grouped by cause across the fleet</source>
        <translation>Fehler der gesamten Flotte, nach Ursache gruppiert</translation>
    </message>
    <message>
        <source>triggered insight rules with their evidence</source>
        <translation>ausgelöste Analyseregeln mit ihren Belegen</translation>
    </message>
    <message>
        <source>one row per invocation, with filters</source>
        <translation>eine Zeile pro Aufruf, mit Filtern</translation>
    </message>
    <message>
        <source>per-function statistics and fleet totals</source>
        <translation>Statistiken pro Funktion und Summen der Flotte</translation>
    </message>
    <message>
        <source>memory sizing and cost per function, with recommendations</source>
        <translation>Speicherdimensionierung und Kosten pro Funktion, mit Empfehlungen</translation>
    </message>
</context>
<context>
    <name>ll::AwsConnect</name>
    <message>
        <source>Connect to &amp;AWS…</source>
        <translation>Mit &amp;AWS verbinden…</translation>
    </message>
    <message>
        <source>Sync CloudWatch Logs of Lambda functions into the local cache (Ctrl+Shift+O)</source>
        <translation>CloudWatch Logs von Lambda-Funktionen in den lokalen Cache synchronisieren (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>ll::AwsStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running AWS action; what was fetched stays in the cache</source>
        <translation>Die laufende AWS-Aktion stoppen; bereits Geholtes bleibt im Cache</translation>
    </message>
    <message>
        <source>AWS: %1 requests (%2/s, limit %3/s) · %4 throttled · %5 retries · %6 failed · %7 received</source>
        <translation>AWS: %1 Anfragen (%2/s, Limit %3/s) · %4 gedrosselt · %5 Wiederholungen · %6 fehlgeschlagen · %7 empfangen</translation>
    </message>
    <message>
        <source>Live tail: %1 new events, lag %2 s</source>
        <translation>Live-Tail: %1 neue Ereignisse, Verzögerung %2 s</translation>
    </message>
</context>
<context>
    <name>ll::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ll::ChartExporter</name>
    <message>
        <source>Export Chart as PNG…</source>
        <translation>Diagramm als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>The chart is empty: there is nothing to export.</source>
        <translation>Das Diagramm ist leer: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ll::ClusterPanel</name>
    <message>
        <source>Copy as Logs Insights query</source>
        <translation>Als Logs-Insights-Abfrage kopieren</translation>
    </message>
    <message>
        <source>All errors</source>
        <translation>Alle Fehler</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Error lines of successful invocations</source>
        <translation>Fehlerzeilen erfolgreicher Aufrufe</translation>
    </message>
    <message>
        <source>Select a cluster to see its example, stack frames and top values.</source>
        <translation>Wählen Sie einen Cluster, um sein Beispiel, die Stack-Frames und die häufigsten Werte zu sehen.</translation>
    </message>
    <message>
        <source>Grouping errors…</source>
        <translation>Fehler werden gruppiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster</numerusform>
            <numerusform>%n Cluster</numerusform>
        </translation>
    </message>
    <message>
        <source>(no error type)</source>
        <translation>(kein Fehlertyp)</translation>
    </message>
    <message>
        <source>Top frames:</source>
        <translation>Häufigste Frames:</translation>
    </message>
    <message>
        <source>&lt;*&gt; #%1: %2</source>
        <translation>&lt;*&gt; #%1: %2</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <source>The cluster&apos;s invocations, oldest first: activate one to open it</source>
        <translation>Die Aufrufe des Clusters, älteste zuerst: einen aktivieren, um ihn zu öffnen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (n/N walks them all)</source>
        <translation>
            <numerusform>… und %n weiterer (n/N geht alle durch)</numerusform>
            <numerusform>… und %n weitere (n/N geht alle durch)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::ConnectDialog</name>
    <message>
        <source>&amp;Discover Log Groups</source>
        <translation>Log-Gruppen &amp;ermitteln</translation>
    </message>
    <message>
        <source>&amp;Sync into Cache</source>
        <translation>In den Cache &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Estimate Insights Cost</source>
        <translation>Insights-&amp;Kosten schätzen</translation>
    </message>
    <message>
        <source>Run &amp;Insights</source>
        <translation>&amp;Insights ausführen</translation>
    </message>
    <message>
        <source>&amp;Live tail</source>
        <translation>&amp;Live-Tail</translation>
    </message>
    <message>
        <source>Show Cache in &amp;Window</source>
        <translation>Cache im &amp;Fenster anzeigen</translation>
    </message>
    <message>
        <source>Connect to AWS</source>
        <translation>Mit AWS verbinden</translation>
    </message>
    <message>
        <source>%1 of %2 groups selected</source>
        <translation>%1 von %2 Gruppen ausgewählt</translation>
    </message>
    <message>
        <source>No group selected: actions use every /aws/lambda/ group of the checked profiles</source>
        <translation>Keine Gruppe ausgewählt: Aktionen verwenden jede /aws/lambda/-Gruppe der markierten Profile</translation>
    </message>
    <message>
        <source>Live tail stopped: %1</source>
        <translation>Live-Tail gestoppt: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>the profile&apos;s region; several: us-east-1, eu-west-1</source>
        <translation>die Region des Profils; mehrere: us-east-1, eu-west-1</translation>
    </message>
    <message>
        <source>AWS default (for local emulators: http://127.0.0.1:5000)</source>
        <translation>AWS-Standard (für lokale Emulatoren: http://127.0.0.1:5000)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Regionen:</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>Endpunkt-URL:</translation>
    </message>
    <message>
        <source>Filter by group, profile or region</source>
        <translation>Nach Gruppe, Profil oder Region filtern</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Log groups</source>
        <translation>Log-Gruppen</translation>
    </message>
    <message>
        <source>2024-03-13T10:00:00Z or epoch</source>
        <translation>2024-03-13T10:00:00Z oder Epoch</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Last:</source>
        <translation>Letzte:</translation>
    </message>
    <message>
        <source>or from:</source>
        <translation>oder von:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>bis:</translation>
    </message>
    <message>
        <source>30m, 6h, 2d, 1w; ignored when a start time is given</source>
        <translation>30m, 6h, 2d, 1w; wird ignoriert, wenn eine Startzeit angegeben ist</translation>
    </message>
    <message>
        <source>Estimate the cost first: Logs Insights is billed per GB scanned</source>
        <translation>Schätzen Sie zuerst die Kosten: Logs Insights wird pro gescanntem GB abgerechnet</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
    <message>
        <source>Max MB</source>
        <translation>Max. MB</translation>
    </message>
    <message>
        <source>Environment keys (AWS_ACCESS_KEY_ID)</source>
        <translation>Schlüssel aus der Umgebung (AWS_ACCESS_KEY_ID)</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>keine Region</translation>
    </message>
    <message>
        <source>not supported yet</source>
        <translation>noch nicht unterstützt</translation>
    </message>
    <message>
        <source>No profiles in %1 or %2</source>
        <translation>Keine Profile in %1 oder %2</translation>
    </message>
    <message>
        <source>Not a region name: %1</source>
        <translation>Kein Regionsname: %1</translation>
    </message>
    <message>
        <source>Check at least one profile.</source>
        <translation>Markieren Sie mindestens ein Profil.</translation>
    </message>
    <message>
        <source>Invalid end time: %1</source>
        <translation>Ungültige Endzeit: %1</translation>
    </message>
    <message>
        <source>Invalid start time: %1 (ISO 8601 or epoch)</source>
        <translation>Ungültige Startzeit: %1 (ISO 8601 oder Epoch)</translation>
    </message>
    <message>
        <source>Invalid duration: %1 (examples: 30m, 6h, 2d)</source>
        <translation>Ungültige Dauer: %1 (Beispiele: 30m, 6h, 2d)</translation>
    </message>
    <message>
        <source>The window end must be after its start.</source>
        <translation>Das Ende des Zeitfensters muss nach seinem Beginn liegen.</translation>
    </message>
    <message>
        <source>Log groups found: %1</source>
        <translation>Gefundene Log-Gruppen: %1</translation>
    </message>
    <message>
        <source>Logs Insights over %1 log groups (%2 queries): about %3 to scan (of %4 stored), estimated cost $%5 at $%6/GB. Run Insights to start it.</source>
        <translation>Logs Insights über %1 Log-Gruppen (%2 Abfragen): etwa %3 zu scannen (von %4 gespeichert), geschätzte Kosten $%5 bei $%6/GB. Starten Sie die Abfrage mit „Insights ausführen“.</translation>
    </message>
    <message>
        <source>Logs Insights: %1 rows, scanned %2.</source>
        <translation>Logs Insights: %1 Zeilen, %2 gescannt.</translation>
    </message>
    <message>
        <source>Groups synced: %1 · events fetched: %2 · new in the cache: %3</source>
        <translation>Synchronisierte Gruppen: %1 · geholte Ereignisse: %2 · neu im Cache: %3</translation>
    </message>
    <message>
        <source>Cancelled. What was already fetched is kept.</source>
        <translation>Abgebrochen. Bereits Geholtes bleibt erhalten.</translation>
    </message>
    <message>
        <source>The main window shows them as its fleet; fetch raw events there for the functions you drill into.</source>
        <translation>Das Hauptfenster zeigt sie als Flotte; rufen Sie dort die Rohereignisse der Funktionen ab, die Sie genauer ansehen.</translation>
    </message>
</context>
<context>
    <name>ll::DurationHeatmap</name>
    <message>
        <source>Binning durations</source>
        <translation>Dauern werden klassiert</translation>
    </message>
    <message>
        <source>No invocations to show.</source>
        <translation>Keine Aufrufe anzuzeigen.</translation>
    </message>
    <message>
        <source>invocations (log shade)</source>
        <translation>Aufrufe (logarithmische Schattierung)</translation>
    </message>
    <message>
        <source>failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>cold starts</source>
        <translation>Kaltstarts</translation>
    </message>
</context>
<context>
    <name>ll::FileImporter</name>
    <message>
        <source>invalid JSON at byte %1; the event there was skipped</source>
        <translation>ungültiges JSON bei Byte %1; das Ereignis dort wurde übersprungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file name, %2 what was wrong and where (line or byte)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>event at byte %1 has a message of %2 bytes, more than the 2 MiB limit; skipped</source>
        <translation>Ereignis bei Byte %1 hat eine Meldung von %2 Bytes, mehr als das Limit von 2 MiB; übersprungen</translation>
    </message>
    <message>
        <source>truncated at byte %1</source>
        <translation>abgeschnitten bei Byte %1</translation>
    </message>
    <message>
        <source>value at byte %1 is larger than %2 MiB; skipped</source>
        <translation>Wert bei Byte %1 ist größer als %2 MiB; übersprungen</translation>
    </message>
    <message>
        <source>unexpected data after the JSON document at byte %1</source>
        <translation>unerwartete Daten nach dem JSON-Dokument bei Byte %1</translation>
    </message>
    <message>
        <source>not a CloudWatch export: no JSON object at byte %1</source>
        <translation>kein CloudWatch-Export: kein JSON-Objekt bei Byte %1</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1; the rest of the file was skipped</source>
        <translation>ungültiges JSON bei Byte %1; der Rest der Datei wurde übersprungen</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>UTF-16 text is not supported; save the file as UTF-8</source>
        <translation>UTF-16-Text wird nicht unterstützt; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>not a text log (binary data at byte %1); file skipped</source>
        <translation>kein Text-Log (Binärdaten bei Byte %1); Datei übersprungen</translation>
    </message>
    <message>
        <source>could not make progress at byte %1; the rest of the file was skipped</source>
        <translation>kein Fortschritt bei Byte %1; der Rest der Datei wurde übersprungen</translation>
    </message>
    <message>
        <source>the event starting at line %1 is longer than 2 MiB; skipped</source>
        <translation>das Ereignis ab Zeile %1 ist länger als 2 MiB; übersprungen</translation>
    </message>
    <message>
        <source>line %1 is longer than 2 MiB; skipped</source>
        <translation>Zeile %1 ist länger als 2 MiB; übersprungen</translation>
    </message>
</context>
<context>
    <name>ll::FilterBar</name>
    <message>
        <source>Filter lines  ( / )</source>
        <translation>Zeilen filtern  ( / )</translation>
    </message>
    <message>
        <source>Regular expression (RE2 syntax)</source>
        <translation>Regulärer Ausdruck (RE2-Syntax)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Failed only</source>
        <translation>Nur fehlgeschlagene</translation>
    </message>
    <message>
        <source>Only lines of invocations that failed (error, timeout, out of memory, crash)</source>
        <translation>Nur Zeilen fehlgeschlagener Aufrufe (Fehler, Timeout, Speichermangel, Absturz)</translation>
    </message>
    <message>
        <source>Filter within</source>
        <translation>Darin filtern</translation>
    </message>
    <message>
        <source>Keep this result as a step and filter inside it</source>
        <translation>Dieses Ergebnis als Schritt behalten und darin filtern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Step back to the previous result</source>
        <translation>Zum vorherigen Ergebnis zurückgehen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>All functions</source>
        <translation>Alle Funktionen</translation>
    </message>
    <message>
        <source>Go back to this step</source>
        <translation>Zu diesem Schritt zurückgehen</translation>
    </message>
    <message>
        <source>1 function</source>
        <translation>1 Funktion</translation>
    </message>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n Funktion</numerusform>
            <numerusform>%n Funktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>Remove this filter: show lines of all invocations</source>
        <translation>Diesen Filter entfernen: Zeilen aller Aufrufe anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n selected invocation(s)</source>
        <translation>
            <numerusform>%n ausgewählter Aufruf</numerusform>
            <numerusform>%n ausgewählte Aufrufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::FilterSpec</name>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n Funktion</numerusform>
            <numerusform>%n Funktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>failed only</source>
        <translation>nur fehlgeschlagene</translation>
    </message>
    <message>
        <source>time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>selected invocations</source>
        <translation>ausgewählte Aufrufe</translation>
    </message>
</context>
<context>
    <name>ll::FleetModel</name>
    <message>
        <source>%1
Runtime: %2
Log format: %3</source>
        <translation>%1
Runtime: %2
Log-Format: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschl.</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Timeouts</translation>
    </message>
    <message>
        <source>OOM</source>
        <translation>OOM</translation>
    </message>
    <message>
        <source>Crashes</source>
        <translation>Abstürze</translation>
    </message>
    <message>
        <source>Cold starts</source>
        <translation>Kaltstarts</translation>
    </message>
    <message>
        <source>Cold rate</source>
        <translation>Kaltquote</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederh.</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Init p50</source>
        <translation>Init p50</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Max used</source>
        <translation>Max. genutzt</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>(several)</source>
        <translation>(mehrere)</translation>
    </message>
    <message>
        <source>Logs Insights summary: computed server-side over the whole window</source>
        <translation>Logs-Insights-Zusammenfassung: serverseitig über das ganze Zeitfenster berechnet</translation>
    </message>
    <message>
        <source>Logs Insights summary: the invocation-weighted mean of the %1-minute bins&apos; medians (an estimate)</source>
        <translation>Logs-Insights-Zusammenfassung: der nach Aufrufen gewichtete Mittelwert der Mediane der %1-Minuten-Intervalle (eine Schätzung)</translation>
    </message>
    <message>
        <source>Logs Insights summary: the largest p99 of the %1-minute bins (an upper bound of the window&apos;s p99; p95 %2 ms)</source>
        <translation>Logs-Insights-Zusammenfassung: das größte p99 der %1-Minuten-Intervalle (eine obere Schranke für das p99 des Zeitfensters; p95 %2 ms)</translation>
    </message>
    <message>
        <source>%1
Server-side summary (Logs Insights): no raw events downloaded.
Fetch raw events to see its invocations and logs.</source>
        <translation>%1
Serverseitige Zusammenfassung (Logs Insights): keine Rohereignisse heruntergeladen.
Rufen Sie die Rohereignisse ab, um Aufrufe und Logs zu sehen.</translation>
    </message>
    <message>
        <source>Account: %1
Region: %2</source>
        <translation>Konto: %1
Region: %2</translation>
    </message>
</context>
<context>
    <name>ll::FleetPanel</name>
    <message>
        <source>Filter functions, accounts, regions</source>
        <translation>Funktionen, Konten, Regionen filtern</translation>
    </message>
    <message>
        <source>Filter functions, accounts, regions (region:eu-west-1 account:prod)</source>
        <translation>Funktionen, Konten, Regionen filtern (region:eu-west-1 account:prod)</translation>
    </message>
</context>
<context>
    <name>ll::InputStream</name>
    <message>
        <source>cannot seek: %1</source>
        <translation>Positionieren nicht möglich: %1</translation>
    </message>
    <message>
        <source>read error at byte %1: %2</source>
        <translation>Lesefehler bei Byte %1: %2</translation>
    </message>
    <message>
        <source>cannot initialise zlib</source>
        <translation>zlib kann nicht initialisiert werden</translation>
    </message>
    <message>
        <source>gzip data truncated at byte %1</source>
        <translation>gzip-Daten bei Byte %1 abgeschnitten</translation>
    </message>
    <message>
        <source>cannot reset zlib</source>
        <translation>zlib kann nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <source>corrupt gzip data at byte %1 (%2)</source>
        <translation>beschädigte gzip-Daten bei Byte %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ll::InsightNotifier</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Lambdalens</source>
        <translation>Lambdalens</translation>
    </message>
</context>
<context>
    <name>ll::InsightRules</name>
    <message numerus="yes">
        <source>Memory used averaged %1 of the configured size over %2 minutes (above %3); %n window(s) like this.</source>
        <translation>
            <numerusform>Der genutzte Speicher lag über %2 Minuten im Mittel bei %1 der konfigurierten Größe (über %3); %n solche(s) Zeitfenster.</numerusform>
            <numerusform>Der genutzte Speicher lag über %2 Minuten im Mittel bei %1 der konfigurierten Größe (über %3); %n solche(s) Zeitfenster.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 invocations failed (%3, above %4).</source>
        <translation>%1 von %2 Aufrufen fehlgeschlagen (%3, über %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n invocation(s) killed for running out of memory.</source>
        <translation>
            <numerusform>%n Aufruf(e) wegen Speichermangels abgebrochen.</numerusform>
            <numerusform>%n Aufruf(e) wegen Speichermangels abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invocation(s) timed out (timeout %1 s).</source>
        <translation>
            <numerusform>%n Aufruf(e) mit Timeout (Timeout %1 s).</numerusform>
            <numerusform>%n Aufruf(e) mit Timeout (Timeout %1 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invocation(s) timed out.</source>
        <translation>
            <numerusform>%n Aufruf(e) mit Timeout.</numerusform>
            <numerusform>%n Aufruf(e) mit Timeout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invocation(s) ran within %1 of the %2 s timeout.</source>
        <translation>
            <numerusform>Bei %n Aufruf(en) lag die Dauer innerhalb von %1 des Timeouts von %2 s.</numerusform>
            <numerusform>Bei %n Aufruf(en) lag die Dauer innerhalb von %1 des Timeouts von %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 of the configured memory was used (%2 MB of %3 MB), below %4: the size can probably be lowered (see Sizing).</source>
        <translation>Höchstens %1 des konfigurierten Speichers wurde genutzt (%2 MB von %3 MB), unter %4: Die Größe lässt sich wahrscheinlich verringern (siehe Dimensionierung).</translation>
    </message>
    <message>
        <source>%1 of invocations were cold starts (%2 of %3, above %4).</source>
        <translation>%1 der Aufrufe waren Kaltstarts (%2 von %3, über %4).</translation>
    </message>
    <message>
        <source>Memory pressure</source>
        <translation>Speicherdruck</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>High error rate</source>
        <translation>Hohe Fehlerquote</translation>
    </message>
    <message>
        <source>Out-of-memory kills</source>
        <translation>Abbrüche wegen Speichermangels</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Timeouts</translation>
    </message>
    <message>
        <source>Close to the timeout</source>
        <translation>Nahe am Timeout</translation>
    </message>
    <message>
        <source>Over-provisioned memory</source>
        <translation>Überdimensionierter Speicher</translation>
    </message>
    <message>
        <source>Cold-start rate</source>
        <translation>Kaltstartquote</translation>
    </message>
    <message>
        <source>New error cluster</source>
        <translation>Neuer Fehlercluster</translation>
    </message>
    <message numerus="yes">
        <source>New error: %1 (%n failed invocation(s)).</source>
        <translation>
            <numerusform>Neuer Fehler: %1 (%n fehlgeschlagener Aufruf).</numerusform>
            <numerusform>Neuer Fehler: %1 (%n fehlgeschlagene Aufrufe).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New error line: %1 (%n occurrence(s)).</source>
        <translation>
            <numerusform>Neue Fehlerzeile: %1 (%n Vorkommen).</numerusform>
            <numerusform>Neue Fehlerzeile: %1 (%n Vorkommen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also in %n other function(s).</source>
        <translation>
            <numerusform>Auch in %n weiteren Funktion.</numerusform>
            <numerusform>Auch in %n weiteren Funktionen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::InsightsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
</context>
<context>
    <name>ll::InsightsPanel</name>
    <message>
        <source>Show evidence</source>
        <translation>Belege anzeigen</translation>
    </message>
    <message>
        <source>Evaluating rules</source>
        <translation>Regeln werden ausgewertet</translation>
    </message>
    <message>
        <source>No rule triggered.</source>
        <translation>Keine Regel ausgelöst.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) triggered.</source>
        <translation>
            <numerusform>%n Regel ausgelöst.</numerusform>
            <numerusform>%n Regeln ausgelöst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n muted.</source>
        <translation>
            <numerusform>%n stummgeschaltet.</numerusform>
            <numerusform>%n stummgeschaltet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mute “%1”</source>
        <translation>„%1“ stummschalten</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
</context>
<context>
    <name>ll::InsightsSummary</name>
    <message>
        <source>Fetch &amp;Raw Events of Selected Functions</source>
        <translation>&amp;Rohereignisse der ausgewählten Funktionen abrufen</translation>
    </message>
    <message>
        <source>Sync the selected functions&apos; log groups for the summary&apos;s time range and show their invocations (the other functions keep their Logs Insights rows)</source>
        <translation>Die Log-Gruppen der ausgewählten Funktionen für den Zeitraum der Zusammenfassung synchronisieren und ihre Aufrufe zeigen (die anderen Funktionen behalten ihre Logs-Insights-Zeilen)</translation>
    </message>
    <message>
        <source>Logs Insights found no Lambda REPORT lines in that window; the fleet shown is unchanged.</source>
        <translation>Logs Insights hat in diesem Zeitfenster keine Lambda-REPORT-Zeilen gefunden; die angezeigte Flotte bleibt unverändert.</translation>
    </message>
    <message>
        <source>The Logs Insights summary is partial:
%1</source>
        <translation>Die Logs-Insights-Zusammenfassung ist unvollständig:
%1</translation>
    </message>
    <message>
        <source>Fetching raw events failed:
%1</source>
        <translation>Abrufen der Rohereignisse fehlgeschlagen:
%1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Loading raw events</source>
        <translation>Rohereignisse werden geladen</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Some raw events could not be read: %1</source>
        <translation>Einige Rohereignisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 functions</source>
        <translation>%1 Funktionen</translation>
    </message>
    <message>
        <source>Fetch raw events</source>
        <translation>Rohereignisse abrufen</translation>
    </message>
    <message>
        <source>Fetching raw events of %1 for %2…</source>
        <translation>Rohereignisse von %1 für %2 werden abgerufen…</translation>
    </message>
    <message>
        <source>No raw events of %1 are in the cache for %2 (the fetch may have failed: see the banner). Its row is the Logs Insights summary.</source>
        <translation>Für %2 liegen keine Rohereignisse von %1 im Cache (der Abruf ist vielleicht fehlgeschlagen: siehe Hinweisleiste). Die Zeile zeigt die Logs-Insights-Zusammenfassung.</translation>
    </message>
    <message>
        <source>%1: Logs Insights summary only. Its statistics were computed server-side; no raw events were downloaded. Fetch raw events to sync its log group for %2 and see its invocations and logs here.</source>
        <translation>%1: nur Logs-Insights-Zusammenfassung. Die Statistik wurde serverseitig berechnet; es wurden keine Rohereignisse heruntergeladen. Rufen Sie die Rohereignisse ab, um die Log-Gruppe für %2 zu synchronisieren und hier Aufrufe und Logs zu sehen.</translation>
    </message>
    <message>
        <source>This window shows a Logs Insights summary of %1 functions for %2: statistics computed server-side, no raw events downloaded. Select a function in the fleet and fetch its raw events (or press Enter on its row) to see its invocations here.</source>
        <translation>Dieses Fenster zeigt eine Logs-Insights-Zusammenfassung von %1 Funktionen für %2: serverseitig berechnete Statistik, keine Rohereignisse heruntergeladen. Wählen Sie eine Funktion in der Flotte und rufen Sie ihre Rohereignisse ab (oder drücken Sie Enter auf ihrer Zeile), um hier ihre Aufrufe zu sehen.</translation>
    </message>
    <message>
        <source>Logs Insights summary: %1 functions, %2 scanned ($%3)</source>
        <translation>Logs-Insights-Zusammenfassung: %1 Funktionen, %2 durchsucht (%3 $)</translation>
    </message>
    <message>
        <source> · raw events fetched for %1 of them</source>
        <translation> · Rohereignisse für %1 davon abgerufen</translation>
    </message>
    <message>
        <source>%1 invocations counted server-side in %2-minute bins</source>
        <translation>%1 Aufrufe serverseitig in %2-Minuten-Intervallen gezählt</translation>
    </message>
    <message>
        <source>%1 invocations counted server-side</source>
        <translation>%1 Aufrufe serverseitig gezählt</translation>
    </message>
    <message>
        <source> · %1 fetched invocations · %2 lines</source>
        <translation> · %1 abgerufene Aufrufe · %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>ll::InvocationPanel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Speichermangel</translation>
    </message>
    <message>
        <source>Crash</source>
        <translation>Absturz</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>◀ Previous in environment</source>
        <translation>◀ Vorheriger in der Umgebung</translation>
    </message>
    <message>
        <source>Next in environment ▶</source>
        <translation>Nächster in der Umgebung ▶</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>Erster Versuch</translation>
    </message>
    <message>
        <source>Select an invocation on the timeline, in the log browser or in an error cluster.</source>
        <translation>Wählen Sie einen Aufruf in der Zeitleiste, im Log-Browser oder in einem Fehlercluster.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>Anfrage-ID kopieren</translation>
    </message>
    <message>
        <source>Copy Logs Insights query</source>
        <translation>Logs-Insights-Abfrage kopieren</translation>
    </message>
    <message>
        <source>Copy console link</source>
        <translation>Konsolen-Link kopieren</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <source>Export invocation</source>
        <translation>Aufruf exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>No invocation selected</source>
        <translation>Kein Aufruf ausgewählt</translation>
    </message>
    <message>
        <source>Start          %1</source>
        <translation>Start          %1</translation>
    </message>
    <message>
        <source>Duration       %1 ms (billed %2 ms)</source>
        <translation>Dauer          %1 ms (abgerechnet %2 ms)</translation>
    </message>
    <message>
        <source>Memory         %1 of %2 MB used (%3%)</source>
        <translation>Speicher       %1 von %2 MB genutzt (%3%)</translation>
    </message>
    <message>
        <source>Cold start     init %1 ms</source>
        <translation>Kaltstart      Init %1 ms</translation>
    </message>
    <message>
        <source>Cold start     SnapStart restore %1 ms (billed %2 ms)</source>
        <translation>Kaltstart      SnapStart-Wiederherstellung %1 ms (abgerechnet %2 ms)</translation>
    </message>
    <message>
        <source>Cold start     new execution environment</source>
        <translation>Kaltstart      neue Ausführungsumgebung</translation>
    </message>
    <message>
        <source>Error          %1</source>
        <translation>Fehler         %1</translation>
    </message>
    <message>
        <source>Retry          of an earlier attempt with the same request id</source>
        <translation>Wiederholung   eines früheren Versuchs mit derselben Anfrage-ID</translation>
    </message>
    <message>
        <source>X-Ray trace    %1</source>
        <translation>X-Ray-Trace    %1</translation>
    </message>
    <message>
        <source>Environment    %1</source>
        <translation>Umgebung       %1</translation>
    </message>
    <message numerus="yes">
        <source>… %n more lines (see the log browser)</source>
        <translation>
            <numerusform>… %n weitere Zeile (siehe Log-Browser)</numerusform>
            <numerusform>… %n weitere Zeilen (siehe Log-Browser)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::LaneLayout</name>
    <message>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>environment %1</source>
        <translation>Umgebung %1</translation>
    </message>
</context>
<context>
    <name>ll::LogBrowser</name>
    <message>
        <source>Select a line to see it in full</source>
        <translation>Wählen Sie eine Zeile, um sie vollständig zu sehen</translation>
    </message>
    <message>
        <source>JSON columns</source>
        <translation>JSON-Spalten</translation>
    </message>
    <message>
        <source>Show fields of JSON log lines as columns</source>
        <translation>Felder von JSON-Log-Zeilen als Spalten anzeigen</translation>
    </message>
    <message>
        <source>Show in context</source>
        <translation>Im Kontext anzeigen</translation>
    </message>
    <message>
        <source>Show all lines with the matches marked; F3 / Shift+F3 jump between them</source>
        <translation>Alle Zeilen mit markierten Treffern anzeigen; F3 / Umschalt+F3 springen zwischen ihnen</translation>
    </message>
    <message>
        <source>Following new lines</source>
        <translation>Neuen Zeilen wird gefolgt</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %n new line(s) below</source>
        <translation>
            <numerusform>Pausiert — %n neue Zeile unten</numerusform>
            <numerusform>Pausiert — %n neue Zeilen unten</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Wrap lines</source>
        <translation>Zeilen umbrechen</translation>
    </message>
    <message>
        <source>Wrap every line (Shift+W); W wraps only the current line</source>
        <translation>Alle Zeilen umbrechen (Umschalt+W); W bricht nur die aktuelle Zeile um</translation>
    </message>
    <message numerus="yes">
        <source>… (%n more bytes)</source>
        <translation>
            <numerusform>… (%n weiteres Byte)</numerusform>
            <numerusform>… (%n weitere Bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::LogGroupModel</name>
    <message>
        <source>default credentials</source>
        <translation>Standard-Anmeldedaten</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>Log group</source>
        <translation>Log-Gruppe</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
</context>
<context>
    <name>ll::LogView</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>No matching lines</source>
        <translation>Keine passenden Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n new line(s) ↓</source>
        <translation>
            <numerusform>%n neue Zeile ↓</numerusform>
            <numerusform>%n neue Zeilen ↓</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::MainWindow</name>
    <message>
        <source>Lambdalens</source>
        <translation>Lambdalens</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading was cancelled; the previous data is still shown.</source>
        <translation>Das Laden wurde abgebrochen; die bisherigen Daten werden weiterhin angezeigt.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Log Files…</source>
        <translation>Log-Dateien ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation>Log-Dateien öffnen</translation>
    </message>
    <message>
        <source>Log exports (*.json *.log *.txt *.gz);;All files (*)</source>
        <translation>Log-Exporte (*.json *.log *.txt *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open a folder of log exports</source>
        <translation>Einen Ordner mit Log-Exporten öffnen</translation>
    </message>
    <message>
        <source>&amp;Demo Fleet</source>
        <translation>&amp;Demo-Flotte</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>Dimensionierung</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>Dauern</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Invocation</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Analysen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 weitere)</translation>
    </message>
    <message>
        <source>No recent sources</source>
        <translation>Keine zuletzt geöffneten Quellen</translation>
    </message>
    <message>
        <source>Generating demo fleet</source>
        <translation>Demo-Flotte wird erzeugt</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Some input was skipped; everything else is loaded.
%1</source>
        <translation>Einige Eingaben wurden übersprungen; alles andere ist geladen.
%1</translation>
    </message>
    <message>
        <source>The source contains no Lambda log events.</source>
        <translation>Die Quelle enthält keine Lambda-Log-Ereignisse.</translation>
    </message>
    <message>
        <source>No data loaded</source>
        <translation>Keine Daten geladen</translation>
    </message>
    <message>
        <source>Demo fleet</source>
        <translation>Demo-Flotte</translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation> (+%1 weitere)</translation>
    </message>
    <message>
        <source>%1 functions · %2 invocations · %3 lines · %4</source>
        <translation>%1 Funktionen · %2 Aufrufe · %3 Zeilen · %4</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language changes the next time Lambdalens starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Lambdalens.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;Export Chart as PNG…</source>
        <translation>Diagramm als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export Sizing as &amp;CSV…</source>
        <translation>Dimensionierung als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>CloudWatch cache</source>
        <translation>CloudWatch-Cache</translation>
    </message>
</context>
<context>
    <name>ll::MatchStrip</name>
    <message>
        <source>Where errors (red) and matches (yellow) are; click to jump</source>
        <translation>Wo Fehler (rot) und Treffer (gelb) liegen; zum Springen klicken</translation>
    </message>
</context>
<context>
    <name>ll::MemoryChart</name>
    <message>
        <source>Memory used (MB)</source>
        <translation>Genutzter Speicher (MB)</translation>
    </message>
    <message>
        <source>Utilization (used / size)</source>
        <translation>Auslastung (genutzt / Größe)</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>used / size (%)</source>
        <translation>genutzt / Größe (%)</translation>
    </message>
    <message>
        <source>% of invocations</source>
        <translation>% der Aufrufe</translation>
    </message>
    <message>
        <source>Binning memory</source>
        <translation>Speicherwerte werden klassiert</translation>
    </message>
    <message>
        <source>%1 p50</source>
        <translation>%1 p50</translation>
    </message>
    <message>
        <source>%1 p95</source>
        <translation>%1 p95</translation>
    </message>
    <message>
        <source>%1 size</source>
        <translation>%1 Größe</translation>
    </message>
    <message>
        <source>%1 cold starts</source>
        <translation>%1 Kaltstarts</translation>
    </message>
    <message>
        <source>out-of-memory kill</source>
        <translation>Abbruch wegen Speichermangels</translation>
    </message>
    <message>
        <source>p50 (band: min–max)</source>
        <translation>p50 (Band: Min.–Max.)</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>configured size</source>
        <translation>konfigurierte Größe</translation>
    </message>
    <message>
        <source>▲ cold-start p50   ★ out-of-memory kill</source>
        <translation>▲ Kaltstart p50   ★ Abbruch wegen Speichermangels</translation>
    </message>
</context>
<context>
    <name>ll::PriceTable</name>
    <message>
        <source>The price table is not a JSON object: %1</source>
        <translation>Die Preistabelle ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>The price table has no valid prices for %1.</source>
        <translation>Die Preistabelle enthält keine gültigen Preise für %1.</translation>
    </message>
</context>
<context>
    <name>ll::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Analysen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Sizing &amp;&amp; Prices</source>
        <translation>Dimensionierung &amp;&amp; Preise</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Unchecked: the rule is muted and never triggers.</source>
        <translation>Nicht angehakt: Die Regel ist stummgeschaltet und löst nie aus.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>over</source>
        <translation>über</translation>
    </message>
    <message>
        <source>mean memory used of the configured size, per window</source>
        <translation>mittlerer genutzter Speicher im Verhältnis zur konfigurierten Größe, pro Zeitfenster</translation>
    </message>
    <message>
        <source>failed invocations, warning</source>
        <translation>fehlgeschlagene Aufrufe, Warnung</translation>
    </message>
    <message>
        <source>failed invocations, critical</source>
        <translation>fehlgeschlagene Aufrufe, kritisch</translation>
    </message>
    <message>
        <source>any invocation killed for memory</source>
        <translation>jeder wegen Speichermangels abgebrochene Aufruf</translation>
    </message>
    <message>
        <source>any invocation that timed out</source>
        <translation>jeder Aufruf mit Timeout</translation>
    </message>
    <message>
        <source>durations this close to the configured timeout</source>
        <translation>Dauern so nahe am konfigurierten Timeout</translation>
    </message>
    <message>
        <source>peak memory used below this share of the size</source>
        <translation>Spitzenwert des genutzten Speichers unter diesem Anteil der Größe</translation>
    </message>
    <message>
        <source>share of invocations that were cold starts</source>
        <translation>Anteil der Aufrufe, die Kaltstarts waren</translation>
    </message>
    <message>
        <source>an error cluster that appears while live data arrives</source>
        <translation>ein Fehlercluster, der beim Eintreffen von Live-Daten auftaucht</translation>
    </message>
    <message>
        <source>Rules are evaluated on the loaded data and again whenever live data arrives. Changes apply immediately.</source>
        <translation>Die Regeln werden für die geladenen Daten ausgewertet und erneut, sobald Live-Daten eintreffen. Änderungen wirken sofort.</translation>
    </message>
    <message>
        <source>Show a desktop notification</source>
        <translation>Eine Desktop-Benachrichtigung anzeigen</translation>
    </message>
    <message>
        <source>Uses the system tray when there is one, otherwise a message above the panels.</source>
        <translation>Verwendet den Infobereich der Taskleiste, falls vorhanden, sonst eine Meldung über den Bereichen.</translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation>Webhook-URL:</translation>
    </message>
    <message>
        <source>Insights are POSTed as Slack-compatible JSON ({&quot;text&quot;: …}); Mattermost, Rocket.Chat and most chat tools accept it. Leave empty for none.</source>
        <translation>Analysen werden als Slack-kompatibles JSON ({&quot;text&quot;: …}) per POST gesendet; Mattermost, Rocket.Chat und die meisten Chat-Tools akzeptieren das. Leer lassen, um keinen Webhook zu verwenden.</translation>
    </message>
    <message>
        <source>When live data triggers a rule for the first time (warnings and critical ones; each insight notifies once):</source>
        <translation>Wenn Live-Daten eine Regel zum ersten Mal auslösen (Warnungen und kritische; jede Analyse wird nur einmal gemeldet):</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>Dimensionierung</translation>
    </message>
    <message>
        <source>Headroom over p99 memory used:</source>
        <translation>Reserve über dem p99 genutzten Speicher:</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>per GB-second</source>
        <translation>pro GB-Sekunde</translation>
    </message>
    <message>
        <source>per million requests</source>
        <translation>pro Million Anfragen</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Used by the sizing view now, and by the fleet table&apos;s cost and &apos;lambdalens report&apos; for data loaded from now on.</source>
        <translation>Gilt sofort für die Dimensionierungsansicht sowie für die Kosten in der Flottentabelle und &apos;lambdalens report&apos; bei ab jetzt geladenen Daten.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Automatic (half of the memory)</source>
        <translation>Automatisch (die Hälfte des Arbeitsspeichers)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Takes effect the next time Lambdalens starts. --lang on the command line overrides it.</source>
        <translation>Wirkt beim nächsten Start von Lambdalens. --lang in der Befehlszeile hat Vorrang.</translation>
    </message>
    <message>
        <source>Import memory budget:</source>
        <translation>Speicherbudget für den Import:</translation>
    </message>
    <message>
        <source>Loading stops keeping events beyond this size and says where it stopped. Applies to the next load.</source>
        <translation>Beim Laden werden über diese Größe hinaus keine Ereignisse mehr behalten, und es wird angegeben, wo das Laden aufhörte. Gilt ab dem nächsten Laden.</translation>
    </message>
    <message>
        <source>LAMBDALENS_MEMORY_BUDGET_MB=%1 is set in the environment and takes precedence.</source>
        <translation>LAMBDALENS_MEMORY_BUDGET_MB=%1 ist in der Umgebung gesetzt und hat Vorrang.</translation>
    </message>
    <message>
        <source>Region: %1 (list prices, first tier)</source>
        <translation>Region: %1 (Listenpreise, erste Stufe)</translation>
    </message>
    <message>
        <source>The critical error rate must not be below the warning rate.</source>
        <translation>Die kritische Fehlerquote darf nicht unter der Warnquote liegen.</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address.</source>
        <translation>Geben Sie eine http://- oder https://-Adresse ein.</translation>
    </message>
</context>
<context>
    <name>ll::ShortcutsOverlay</name>
    <message>
        <source>n / Shift+N</source>
        <translation>n / Umschalt+N</translation>
    </message>
    <message>
        <source>Next / previous failed invocation</source>
        <translation>Nächster / vorheriger fehlgeschlagener Aufruf</translation>
    </message>
    <message>
        <source>c / Shift+C</source>
        <translation>c / Umschalt+C</translation>
    </message>
    <message>
        <source>Next / previous cold start</source>
        <translation>Nächster / vorheriger Kaltstart</translation>
    </message>
    <message>
        <source>← →</source>
        <translation>← →</translation>
    </message>
    <message>
        <source>Pan the timeline</source>
        <translation>Zeitleiste verschieben</translation>
    </message>
    <message>
        <source>+ / -</source>
        <translation>+ / -</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Vergrößern / verkleinern</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Doppelklick</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Umschalt+Ziehen</translation>
    </message>
    <message>
        <source>Select a time range</source>
        <translation>Einen Zeitraum auswählen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Open the invocation under the cursor</source>
        <translation>Den Aufruf unter dem Mauszeiger öffnen</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>Focus the log filter</source>
        <translation>Den Log-Filter fokussieren</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Den Filter leeren</translation>
    </message>
    <message>
        <source>Alt+← / Alt+→</source>
        <translation>Alt+← / Alt+→</translation>
    </message>
    <message>
        <source>Back / forward in the selection history</source>
        <translation>Zurück / vorwärts im Auswahlverlauf</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Strg+O</translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation>Log-Dateien öffnen</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>Diese Hilfe ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>ll::Sizing</name>
    <message>
        <source>No finished invocation with memory figures in the window.</source>
        <translation>Kein abgeschlossener Aufruf mit Speicherwerten im Zeitfenster.</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Keine Daten.</translation>
    </message>
    <message>
        <source>Unknown: measured at one memory size only (at least %1 invocations per size are needed at two sizes).</source>
        <translation>Unbekannt: nur bei einer Speichergröße gemessen (nötig sind mindestens %1 Aufrufe pro Größe bei zwei Größen).</translation>
    </message>
    <message>
        <source>CPU-bound: across the measured sizes the duration scales with memory^%1 (about inversely).</source>
        <translation>CPU-gebunden: über die gemessenen Größen skaliert die Dauer mit Speicher^%1 (etwa umgekehrt proporzional).</translation>
    </message>
    <message>
        <source>Not CPU-bound: across the measured sizes the duration barely changes (memory^%1).</source>
        <translation>Nicht CPU-gebunden: über die gemessenen Größen ändert sich die Dauer kaum (Speicher^%1).</translation>
    </message>
    <message>
        <source>Partly CPU-bound: across the measured sizes the duration grows as memory shrinks (memory^%1).</source>
        <translation>Teilweise CPU-gebunden: über die gemessenen Größen steigt die Dauer, wenn der Speicher sinkt (Speicher^%1).</translation>
    </message>
    <message>
        <source>The current size fits p99 memory used plus %1% headroom.</source>
        <translation>Die aktuelle Größe passt zum p99 genutzten Speicher plus %1% Reserve.</translation>
    </message>
    <message numerus="yes">
        <source>%n invocation(s) killed for lack of memory: raise the size.</source>
        <translation>
            <numerusform>%n Aufruf wegen Speichermangels abgebrochen: Erhöhen Sie die Größe.</numerusform>
            <numerusform>%n Aufrufe wegen Speichermangels abgebrochen: Erhöhen Sie die Größe.</numerusform>
        </translation>
    </message>
    <message>
        <source>p99 memory used plus %1% headroom exceeds the current size.</source>
        <translation>Der p99 genutzte Speicher plus %1% Reserve übersteigt die aktuelle Größe.</translation>
    </message>
    <message>
        <source>Memory would fit in %1 MB, but the function is CPU-bound: a smaller size gives it less CPU and it would run longer.</source>
        <translation>Der Speicher würde in %1 MB passen, aber die Funktion ist CPU-gebunden: Eine kleinere Größe bedeutet weniger CPU, und sie würde länger laufen.</translation>
    </message>
    <message>
        <source>Memory would fit in %1 MB, but measured there the function runs longer.</source>
        <translation>Der Speicher würde in %1 MB passen, aber dort gemessen läuft die Funktion länger.</translation>
    </message>
    <message>
        <source>Memory would fit in %1 MB, but CPU use is unknown: measure at that size first.</source>
        <translation>Der Speicher würde in %1 MB passen, aber die CPU-Nutzung ist unbekannt: Messen Sie zuerst bei dieser Größe.</translation>
    </message>
    <message>
        <source>p99 memory used plus %1% headroom fits in %2 MB and memory does not change the duration.</source>
        <translation>Der p99 genutzte Speicher plus %1% Reserve passt in %2 MB, und der Speicher ändert die Dauer nicht.</translation>
    </message>
    <message>
        <source>p99 memory used plus %1% headroom fits in %2 MB. CPU use is unknown: the cost assumes the duration stays the same; measure at %2 MB before switching.</source>
        <translation>Der p99 genutzte Speicher plus %1% Reserve passt in %2 MB. Die CPU-Nutzung ist unbekannt: Die Kosten setzen eine gleichbleibende Dauer voraus; messen Sie vor dem Umstellen bei %2 MB.</translation>
    </message>
    <message>
        <source>The CPU share drops from %1 to %2 vCPU.</source>
        <translation>Der CPU-Anteil sinkt von %1 auf %2 vCPU.</translation>
    </message>
</context>
<context>
    <name>ll::SizingChart</name>
    <message>
        <source>memory (MB, log scale)</source>
        <translation>Speicher (MB, log. Skala)</translation>
    </message>
    <message>
        <source>1 vCPU</source>
        <translation>1 vCPU</translation>
    </message>
    <message>
        <source>box: memory used p25–p75, whiskers min–max   ▮ configured size   ◇ recommended   dashed: vCPU steps</source>
        <translation>Box: genutzter Speicher p25–p75, Whisker Min.–Max.   ▮ konfigurierte Größe   ◇ empfohlen   gestrichelt: vCPU-Stufen</translation>
    </message>
    <message>
        <source>%1% used</source>
        <translation>%1% genutzt</translation>
    </message>
</context>
<context>
    <name>ll::SizingModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Size MB</source>
        <translation>Größe MB</translation>
    </message>
    <message>
        <source>Max used MB</source>
        <translation>Max. genutzt MB</translation>
    </message>
    <message>
        <source>p99 used MB</source>
        <translation>p99 genutzt MB</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
    <message>
        <source>p99 billed ms</source>
        <translation>p99 abger. ms</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>GB-s/day</source>
        <translation>GB-s/Tag</translation>
    </message>
    <message>
        <source>Cost/day</source>
        <translation>Kosten/Tag</translation>
    </message>
    <message>
        <source>Cost/1M</source>
        <translation>Kosten/1 Mio.</translation>
    </message>
    <message>
        <source>CPU-bound</source>
        <translation>CPU-gebunden</translation>
    </message>
    <message>
        <source>Rec. MB</source>
        <translation>Empf. MB</translation>
    </message>
    <message>
        <source>Rec. cost/day</source>
        <translation>Empf. Kosten/Tag</translation>
    </message>
    <message>
        <source>Saving/day</source>
        <translation>Ersparnis/Tag</translation>
    </message>
    <message>
        <source>arm64/day (est.)</source>
        <translation>arm64/Tag (geschätzt)</translation>
    </message>
</context>
<context>
    <name>ll::SizingReport</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Mem MB</source>
        <translation>Speicher MB</translation>
    </message>
    <message>
        <source>Max used</source>
        <translation>Max. genutzt</translation>
    </message>
    <message>
        <source>p99 used</source>
        <translation>p99 genutzt</translation>
    </message>
    <message>
        <source>Util</source>
        <translation>Ausl.</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Cost/day</source>
        <translation>Kosten/Tag</translation>
    </message>
    <message>
        <source>CPU-bound</source>
        <translation>CPU-gebunden</translation>
    </message>
    <message>
        <source>Rec. MB</source>
        <translation>Empf. MB</translation>
    </message>
    <message>
        <source>Rec. cost/day</source>
        <translation>Empf. Kosten/Tag</translation>
    </message>
    <message>
        <source>Saving/day</source>
        <translation>Ersparnis/Tag</translation>
    </message>
    <message>
        <source>Prices: %1 %2, $%3 per GB-s, $%4 per million requests; headroom %5%.</source>
        <translation>Preise: %1 %2, $%3 pro GB-s, $%4 pro Million Anfragen; Reserve %5%.</translation>
    </message>
    <message>
        <source>* estimate: the duration at that size was not measured.</source>
        <translation>* Schätzung: Die Dauer bei dieser Größe wurde nicht gemessen.</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>CPU: %1</translation>
    </message>
    <message>
        <source>arm64 estimate: %1/day (same durations assumed).</source>
        <translation>arm64-Schätzung: %1/Tag (gleiche Dauern angenommen).</translation>
    </message>
    <message>
        <source>Measured sizes (MB: invocations, p50/p99 ms, p99 billed ms, cost per 1M):</source>
        <translation>Gemessene Größen (MB: Aufrufe, p50/p99 ms, p99 abgerechnete ms, Kosten pro 1 Mio.):</translation>
    </message>
    <message>
        <source>No rule triggered.</source>
        <translation>Keine Regel ausgelöst.</translation>
    </message>
    <message>
        <source>evidence: %1 invocation(s), %2 .. %3</source>
        <translation>Belege: %1 Aufruf(e), %2 .. %3</translation>
    </message>
    <message>
        <source>requests: %1</source>
        <translation>Anfragen: %1</translation>
    </message>
</context>
<context>
    <name>ll::SizingView</name>
    <message>
        <source>Headroom over p99 used:</source>
        <translation>Reserve über p99 genutzt:</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>Architektur:</translation>
    </message>
    <message>
        <source>%1 list prices: $%2 per GB-s, $%3 per 1M requests</source>
        <translation>Listenpreise %1: $%2 pro GB-s, $%3 pro 1 Mio. Anfragen</translation>
    </message>
    <message>
        <source>Sizing functions</source>
        <translation>Funktionen werden dimensioniert</translation>
    </message>
    <message>
        <source>Select a function to see why.</source>
        <translation>Wählen Sie eine Funktion, um die Begründung zu sehen.</translation>
    </message>
    <message>
        <source>No functions loaded.</source>
        <translation>Keine Funktionen geladen.</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>CPU: %1</translation>
    </message>
    <message>
        <source>%1 MB: p50 %2 ms, p99 %3 ms, $%4 per 1M (%5 runs)</source>
        <translation>%1 MB: p50 %2 ms, p99 %3 ms, $%4 pro 1 Mio. (%5 Ausführungen)</translation>
    </message>
    <message>
        <source>Measured: %1</source>
        <translation>Gemessen: %1</translation>
    </message>
    <message>
        <source>arm64 estimate (same durations): $%1 per day; * = estimate</source>
        <translation>arm64-Schätzung (gleiche Dauern): $%1 pro Tag; * = Schätzung</translation>
    </message>
    <message>
        <source>Export Comparison as CSV…</source>
        <translation>Vergleich als CSV exportieren…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export sizing comparison as CSV</source>
        <translation>Dimensionierungsvergleich als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ll::TextMatcher</name>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>Ungültiger regulärer Ausdruck: %1</translation>
    </message>
</context>
<context>
    <name>ll::TimelineView</name>
    <message>
        <source>Sort by name</source>
        <translation>Nach Name sortieren</translation>
    </message>
    <message>
        <source>Sort by failures</source>
        <translation>Nach Fehlschlägen sortieren</translation>
    </message>
    <message>
        <source>Sort by invocations</source>
        <translation>Nach Aufrufen sortieren</translation>
    </message>
    <message>
        <source>Sort by cold-start rate</source>
        <translation>Nach Kaltstartquote sortieren</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>No invocations loaded</source>
        <translation>Keine Aufrufe geladen</translation>
    </message>
    <message numerus="yes">
        <source>%n invocation(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cold start(s)</source>
        <translation>
            <numerusform>%n Kaltstart</numerusform>
            <numerusform>%n Kaltstarts</numerusform>
        </translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Speichermangel</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>incomplete (no REPORT)</source>
        <translation>unvollständig (kein REPORT)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Anfrage: %1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Duration: %1, billed %2</source>
        <translation>Dauer: %1, abgerechnet %2</translation>
    </message>
    <message>
        <source>Memory: %1 of %2 MB used</source>
        <translation>Speicher: %1 von %2 MB genutzt</translation>
    </message>
    <message>
        <source>Cold start: init %1</source>
        <translation>Kaltstart: Init %1</translation>
    </message>
    <message>
        <source>Cold start: SnapStart restore %1</source>
        <translation>Kaltstart: SnapStart-Wiederherstellung %1</translation>
    </message>
    <message>
        <source>Retry: first attempt at %1</source>
        <translation>Wiederholung: erster Versuch um %1</translation>
    </message>
    <message>
        <source>Show only selected functions</source>
        <translation>Nur ausgewählte Funktionen anzeigen</translation>
    </message>
</context>
<context>
    <name>ll::Webhook</name>
    <message>
        <source>The webhook address must be an http or https URL.</source>
        <translation>Die Webhook-Adresse muss eine http- oder https-URL sein.</translation>
    </message>
    <message>
        <source>Could not start the HTTP client.</source>
        <translation>Der HTTP-Client konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The webhook could not be reached: %1</source>
        <translation>Der Webhook war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The webhook answered HTTP %1.</source>
        <translation>Der Webhook antwortete mit HTTP %1.</translation>
    </message>
</context>
<context>
    <name>ll::aws::AwsConfig</name>
    <message>
        <source>profile %1: source_profile chain loops (%2)</source>
        <translation>Profil %1: die source_profile-Kette bildet eine Schleife (%2)</translation>
    </message>
    <message>
        <source>profile %1 needs SSO/role assumption (role_arn %2), not supported yet: %3</source>
        <translation>Profil %1 erfordert SSO/Rollenübernahme (role_arn %2), noch nicht unterstützt: %3</translation>
    </message>
    <message>
        <source>profile %1 needs SSO/role assumption (web identity), not supported yet: %2</source>
        <translation>Profil %1 erfordert SSO/Rollenübernahme (Web-Identität), noch nicht unterstützt: %2</translation>
    </message>
    <message>
        <source>profile %1 needs SSO/role assumption (IAM Identity Center), not supported yet: %2</source>
        <translation>Profil %1 erfordert SSO/Rollenübernahme (IAM Identity Center), noch nicht unterstützt: %2</translation>
    </message>
    <message>
        <source>profile %1 in %2 has only one of aws_access_key_id / aws_secret_access_key</source>
        <translation>Profil %1 in %2 hat nur eines von aws_access_key_id / aws_secret_access_key</translation>
    </message>
    <message>
        <source>profile %1 (%2)</source>
        <translation>Profil %1 (%2)</translation>
    </message>
    <message>
        <source>profile %1 names source_profile %2, which is in neither %3 nor %4</source>
        <translation>Profil %1 nennt source_profile %2, das weder in %3 noch in %4 steht</translation>
    </message>
    <message>
        <source>profile %1 has no aws_access_key_id/aws_secret_access_key or credential_process</source>
        <translation>Profil %1 hat weder aws_access_key_id/aws_secret_access_key noch credential_process</translation>
    </message>
    <message>
        <source>only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set</source>
        <translation>nur eine von AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY ist gesetzt</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>AWS_ROLE_ARN with AWS_WEB_IDENTITY_TOKEN_FILE needs SSO/role assumption, not supported yet: export AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN instead</source>
        <translation>AWS_ROLE_ARN mit AWS_WEB_IDENTITY_TOKEN_FILE erfordert SSO/Rollenübernahme, noch nicht unterstützt: exportieren Sie stattdessen AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN</translation>
    </message>
    <message>
        <source>the profile %1 is in neither %2 nor %3</source>
        <translation>das Profil %1 steht weder in %2 noch in %3</translation>
    </message>
    <message>
        <source>set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or a [default] profile in %1 or %2 (container and instance-metadata credentials are not supported)</source>
        <translation>setzen Sie AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE oder ein [default]-Profil in %1 oder %2 (Anmeldedaten aus Containern und Instanz-Metadaten werden nicht unterstützt)</translation>
    </message>
    <message>
        <source>no region for profile %1</source>
        <translation>keine Region für Profil %1</translation>
    </message>
    <message>
        <source>invalid region name &apos;%1&apos;</source>
        <translation>ungültiger Regionsname &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid endpoint URL &apos;%1&apos; (expected http:// or https://)</source>
        <translation>ungültige Endpunkt-URL &apos;%1&apos; (erwartet http:// oder https://)</translation>
    </message>
    <message>
        <source>run `aws configure export-credentials --profile %1 --format process` as this profile&apos;s credential_process in another profile, or export the keys with `eval &quot;$(aws configure export-credentials --profile %1 --format env)&quot;`</source>
        <translation>verwenden Sie `aws configure export-credentials --profile %1 --format process` als credential_process dieses Profils in einem anderen Profil, oder exportieren Sie die Schlüssel mit `eval &quot;$(aws configure export-credentials --profile %1 --format env)&quot;`</translation>
    </message>
</context>
<context>
    <name>ll::aws::AwsController</name>
    <message>
        <source>Discovering log groups</source>
        <translation>Log-Gruppen werden ermittelt</translation>
    </message>
    <message>
        <source>Syncing into the cache</source>
        <translation>Wird in den Cache synchronisiert</translation>
    </message>
    <message>
        <source>Estimating the Logs Insights scan</source>
        <translation>Logs-Insights-Scan wird geschätzt</translation>
    </message>
    <message>
        <source>Running Logs Insights</source>
        <translation>Logs Insights wird ausgeführt</translation>
    </message>
    <message>
        <source>default credentials</source>
        <translation>Standard-Anmeldedaten</translation>
    </message>
    <message>
        <source>profile region</source>
        <translation>Region des Profils</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>log group not found (no logs yet?)</source>
        <translation>Log-Gruppe nicht gefunden (noch keine Logs?)</translation>
    </message>
    <message>
        <source>%1: %2/%3 groups, %4 events (%5 new)</source>
        <translation>%1: %2/%3 Gruppen, %4 Ereignisse (%5 neu)</translation>
    </message>
    <message>
        <source>%1: query %2/%3 done</source>
        <translation>%1: Abfrage %2/%3 fertig</translation>
    </message>
</context>
<context>
    <name>ll::aws::AwsError</name>
    <message>
        <source>No AWS credentials found</source>
        <translation>Keine AWS-Anmeldedaten gefunden</translation>
    </message>
    <message>
        <source>Unknown AWS profile</source>
        <translation>Unbekanntes AWS-Profil</translation>
    </message>
    <message>
        <source>This AWS profile is not supported yet</source>
        <translation>Dieses AWS-Profil wird noch nicht unterstützt</translation>
    </message>
    <message>
        <source>No AWS region configured: pass --region or set AWS_REGION</source>
        <translation>Keine AWS-Region konfiguriert: übergeben Sie --region oder setzen Sie AWS_REGION</translation>
    </message>
    <message>
        <source>The AWS session credentials have expired: refresh them and retry</source>
        <translation>Die AWS-Sitzungsanmeldedaten sind abgelaufen: Erneuern Sie sie und versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <source>Access denied by AWS</source>
        <translation>Zugriff von AWS verweigert</translation>
    </message>
    <message>
        <source>Access denied by AWS: the credentials lack the permission %1</source>
        <translation>Zugriff von AWS verweigert: den Anmeldedaten fehlt die Berechtigung %1</translation>
    </message>
    <message>
        <source>Not found (no logs yet?)</source>
        <translation>Nicht gefunden (noch keine Logs?)</translation>
    </message>
    <message>
        <source>AWS kept throttling the requests; retries were exhausted</source>
        <translation>AWS hat die Anfragen wiederholt gedrosselt; die Wiederholungsversuche sind ausgeschöpft</translation>
    </message>
    <message>
        <source>Network error talking to AWS</source>
        <translation>Netzwerkfehler bei der Kommunikation mit AWS</translation>
    </message>
    <message>
        <source>TLS error: the server certificate could not be verified</source>
        <translation>TLS-Fehler: Das Serverzertifikat konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>The request to AWS timed out</source>
        <translation>Bei der Anfrage an AWS ist eine Zeitüberschreitung aufgetreten</translation>
    </message>
    <message>
        <source>AWS returned a malformed or unexpected response</source>
        <translation>AWS hat eine fehlerhafte oder unerwartete Antwort geliefert</translation>
    </message>
    <message>
        <source>AWS reported a server error</source>
        <translation>AWS hat einen Serverfehler gemeldet</translation>
    </message>
    <message>
        <source>AWS rejected the request</source>
        <translation>AWS hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>unexpected HTML page instead of an AWS response</source>
        <translation>unerwartete HTML-Seite statt einer AWS-Antwort</translation>
    </message>
    <message numerus="yes">
        <source>unexpected response body (%n bytes)</source>
        <translation>
            <numerusform>unerwarteter Antwortinhalt (%n Byte)</numerusform>
            <numerusform>unerwarteter Antwortinhalt (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>the endpoint answered with a redirect (HTTP %1) to &apos;%2&apos;; it is not followed, so that credentials only go to the configured endpoint</source>
        <translation>der Endpunkt antwortete mit einer Umleitung (HTTP %1) nach &apos;%2&apos;; sie wird nicht befolgt, damit Zugangsdaten nur an den konfigurierten Endpunkt gehen</translation>
    </message>
</context>
<context>
    <name>ll::aws::Credentials</name>
    <message>
        <source>the credentials from %1 expired at %2</source>
        <translation>die Anmeldedaten aus %1 sind um %2 abgelaufen</translation>
    </message>
    <message>
        <source>credential_process did not print a JSON object</source>
        <translation>credential_process hat kein JSON-Objekt ausgegeben</translation>
    </message>
    <message>
        <source>credential_process output must have &quot;Version&quot;: 1</source>
        <translation>Die Ausgabe von credential_process muss &quot;Version&quot;: 1 enthalten</translation>
    </message>
    <message>
        <source>credential_process output lacks AccessKeyId or SecretAccessKey</source>
        <translation>In der Ausgabe von credential_process fehlt AccessKeyId oder SecretAccessKey</translation>
    </message>
    <message>
        <source>credential_process printed an invalid Expiration: %1</source>
        <translation>credential_process hat eine ungültige Expiration ausgegeben: %1</translation>
    </message>
    <message>
        <source>credential_process returned credentials that expired at %1</source>
        <translation>credential_process hat Anmeldedaten geliefert, die um %1 abgelaufen sind</translation>
    </message>
    <message>
        <source>credential_process (profile %1)</source>
        <translation>credential_process (Profil %1)</translation>
    </message>
    <message>
        <source>credential_process is empty or has an unterminated quote</source>
        <translation>credential_process ist leer oder hat ein nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <source>credential_process could not start %1: %2</source>
        <translation>credential_process konnte %1 nicht starten: %2</translation>
    </message>
    <message>
        <source>credential_process %1 did not finish within %2 s</source>
        <translation>credential_process %1 wurde nicht innerhalb von %2 s beendet</translation>
    </message>
    <message>
        <source>credential_process %1 failed with exit code %2%3</source>
        <translation>credential_process %1 ist mit Exit-Code %2%3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>credential_process</source>
        <translation>credential_process</translation>
    </message>
</context>
<context>
    <name>ll::aws::Http</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>libcurl initialisation failed</source>
        <translation>Initialisierung von libcurl fehlgeschlagen</translation>
    </message>
    <message>
        <source>response larger than %1 bytes</source>
        <translation>Antwort größer als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>ll::aws::Insights</name>
    <message>
        <source>GetQueryResults: body is not a JSON object</source>
        <translation>GetQueryResults: Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>GetQueryResults: no status</source>
        <translation>GetQueryResults: kein Status</translation>
    </message>
    <message>
        <source>StartQuery: no queryId</source>
        <translation>StartQuery: keine queryId</translation>
    </message>
    <message>
        <source>the Logs Insights query did not finish within %1 s</source>
        <translation>die Logs-Insights-Abfrage wurde nicht innerhalb von %1 s fertig</translation>
    </message>
    <message>
        <source>the Logs Insights query ended with status %1</source>
        <translation>die Logs-Insights-Abfrage endete mit Status %1</translation>
    </message>
</context>
<context>
    <name>ll::aws::LogSync</name>
    <message>
        <source>cannot open the cache %1: %2</source>
        <translation>der Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ll::aws::LogsClient</name>
    <message>
        <source>DescribeLogGroups: body is not a JSON object</source>
        <translation>DescribeLogGroups: Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>DescribeLogGroups: logGroups is not an array</source>
        <translation>DescribeLogGroups: logGroups ist kein Array</translation>
    </message>
    <message>
        <source>FilterLogEvents: body is not a JSON object</source>
        <translation>FilterLogEvents: Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>FilterLogEvents: events is not an array</source>
        <translation>FilterLogEvents: events ist kein Array</translation>
    </message>
    <message>
        <source>GetLogEvents: body is not a JSON object</source>
        <translation>GetLogEvents: Inhalt ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>ll::aws::Metrics</name>
    <message>
        <source>GetMetricData: body is not a JSON object</source>
        <translation>GetMetricData: Inhalt ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>ll::aws::ProfileCatalog</name>
    <message>
        <source>SSO / role assumption</source>
        <translation>SSO / Rollenübernahme</translation>
    </message>
    <message>
        <source>credential_process</source>
        <translation>credential_process</translation>
    </message>
    <message>
        <source>access keys</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>no credentials</source>
        <translation>keine Anmeldedaten</translation>
    </message>
</context>
<context>
    <name>ll::aws::Scheduler</name>
    <message>
        <source>no credentials</source>
        <translation>keine Anmeldedaten</translation>
    </message>
</context>
<context>
    <name>ll::cli::aws</name>
    <message>
        <source>AWS profile (repeatable). Default: AWS_PROFILE or default.</source>
        <translation>AWS-Profil (wiederholbar). Standard: AWS_PROFILE oder default.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>AWS region (repeatable). Default: AWS_REGION or the profile&apos;s region.</source>
        <translation>AWS-Region (wiederholbar). Standard: AWS_REGION oder die Region des Profils.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Send requests to this endpoint instead (local emulators).</source>
        <translation>Anfragen stattdessen an diesen Endpunkt senden (lokale Emulatoren).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Time window ending now, e.g. 30m, 6h, 2d.</source>
        <translation>Zeitfenster bis jetzt, z. B. 30m, 6h, 2d.</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Window start (ISO 8601 or epoch).</source>
        <translation>Beginn des Zeitfensters (ISO 8601 oder Epoch).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Window end (ISO 8601 or epoch). Default: now.</source>
        <translation>Ende des Zeitfensters (ISO 8601 oder Epoch). Standard: jetzt.</translation>
    </message>
    <message>
        <source>Use either --since or --start/--end, not both.</source>
        <translation>Verwenden Sie entweder --since oder --start/--end, nicht beides.</translation>
    </message>
    <message>
        <source>Invalid --end time: %1</source>
        <translation>Ungültige --end-Zeit: %1</translation>
    </message>
    <message>
        <source>Invalid --start time: %1</source>
        <translation>Ungültige --start-Zeit: %1</translation>
    </message>
    <message>
        <source>Invalid --since duration: %1 (examples: 30m, 6h, 2d)</source>
        <translation>Ungültige --since-Dauer: %1 (Beispiele: 30m, 6h, 2d)</translation>
    </message>
    <message>
        <source>The window end must be after its start.</source>
        <translation>Das Ende des Zeitfensters muss nach seinem Beginn liegen.</translation>
    </message>
</context>
<context>
    <name>ll::cli::cache</name>
    <message>
        <source>Inspect or clear the local CloudWatch cache (LAMBDALENS_CACHE_DIR overrides its folder).</source>
        <translation>Den lokalen CloudWatch-Cache ansehen oder leeren (LAMBDALENS_CACHE_DIR legt seinen Ordner fest).</translation>
    </message>
    <message>
        <source>Show location, size and per-group coverage (default).</source>
        <translation>Ort, Größe und Abdeckung je Gruppe anzeigen (Standard).</translation>
    </message>
    <message>
        <source>Delete every cached event and checkpoint.</source>
        <translation>Alle zwischengespeicherten Ereignisse und Checkpoints löschen.</translation>
    </message>
    <message>
        <source>Evict the oldest hours until the cache is at most this many MB.</source>
        <translation>Die ältesten Stunden entfernen, bis der Cache höchstens so viele MB groß ist.</translation>
    </message>
    <message>
        <source>mb</source>
        <translation>mb</translation>
    </message>
    <message>
        <source>Could not delete the cache files at %1</source>
        <translation>Die Cache-Dateien in %1 konnten nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cache cleared: %1</source>
        <translation>Cache geleert: %1</translation>
    </message>
    <message>
        <source>Cache: %1 (empty; run `lambdalens sync` first)</source>
        <translation>Cache: %1 (leer; zuerst `lambdalens sync` ausführen)</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>Der Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Invalid --max-size.</source>
        <translation>Ungültiges --max-size.</translation>
    </message>
    <message>
        <source>Evicted %1 events.</source>
        <translation>%1 Ereignisse entfernt.</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message>
        <source>Size on disk: %1; %2 events, %3 of messages</source>
        <translation>Größe auf der Platte: %1; %2 Ereignisse, %3 an Nachrichten</translation>
    </message>
</context>
<context>
    <name>ll::cli::insights</name>
    <message>
        <source>Summarise Lambda functions server-side with CloudWatch Logs Insights: invocations, failures, cold starts, duration percentiles and memory per function and time bin. Logs Insights is billed per GB scanned; the estimate is printed first.</source>
        <translation>Lambda-Funktionen serverseitig mit CloudWatch Logs Insights zusammenfassen: Aufrufe, Fehlschläge, Kaltstarts, Dauer-Perzentile und Speicher je Funktion und Zeitintervall. Logs Insights wird pro gescanntem GB abgerechnet; die Schätzung wird zuerst ausgegeben.</translation>
    </message>
    <message>
        <source>Log group (repeatable). Default: every /aws/lambda/ group.</source>
        <translation>Log-Gruppe (wiederholbar). Standard: jede /aws/lambda/-Gruppe.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Time bin, e.g. 5m or 1h; 0 for one row per function (default 5m).</source>
        <translation>Zeitintervall, z. B. 5m oder 1h; 0 für eine Zeile pro Funktion (Standard 5m).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Queries running at once (default 4).</source>
        <translation>Gleichzeitig laufende Abfragen (Standard 4).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Only print the scan estimate.</source>
        <translation>Nur die Scan-Schätzung ausgeben.</translation>
    </message>
    <message>
        <source>Refuse to run when the estimate exceeds this many USD (default 1).</source>
        <translation>Nicht ausführen, wenn die Schätzung so viele USD übersteigt (Standard 1).</translation>
    </message>
    <message>
        <source>usd</source>
        <translation>usd</translation>
    </message>
    <message>
        <source>Also fetch the AWS/Lambda CloudWatch metrics (GetMetricData).</source>
        <translation>Auch die CloudWatch-Metriken AWS/Lambda abrufen (GetMetricData).</translation>
    </message>
    <message>
        <source>Invalid --bin (at least 1m).</source>
        <translation>Ungültiges --bin (mindestens 1m).</translation>
    </message>
    <message>
        <source>Invalid --max-cost.</source>
        <translation>Ungültiges --max-cost.</translation>
    </message>
    <message>
        <source>insights: %1</source>
        <translation>insights: %1</translation>
    </message>
    <message>
        <source>  %1: no logs yet (log group not found)</source>
        <translation>  %1: noch keine Logs (Log-Gruppe nicht gefunden)</translation>
    </message>
    <message>
        <source>No Lambda log groups in %1.</source>
        <translation>Keine Lambda-Log-Gruppen in %1.</translation>
    </message>
    <message>
        <source>Logs Insights over %1 log groups (%2 queries), %3 .. %4: about %5 to scan (of %6 stored), estimated cost $%7 at $%8/GB</source>
        <translation>Logs Insights über %1 Log-Gruppen (%2 Abfragen), %3 .. %4: etwa %5 zu scannen (von %6 gespeichert), geschätzte Kosten $%7 bei $%8/GB</translation>
    </message>
    <message>
        <source>The estimate exceeds --max-cost %1 USD; narrow the window or raise --max-cost.</source>
        <translation>Die Schätzung übersteigt --max-cost %1 USD; Zeitfenster verkleinern oder --max-cost erhöhen.</translation>
    </message>
    <message>
        <source>  query %1/%2 done</source>
        <translation>  Abfrage %1/%2 fertig</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>bin</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>invocations</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>kalt</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
    <message>
        <source>max mem MB / size MB</source>
        <translation>max. Speicher MB / Größe MB</translation>
    </message>
    <message>
        <source>Scanned %1 in %2 records (%3 queries).</source>
        <translation>%1 in %2 Datensätzen gescannt (%3 Abfragen).</translation>
    </message>
    <message>
        <source>Warning: a query returned the 10,000-row maximum; use a larger --bin.</source>
        <translation>Warnung: Eine Abfrage lieferte das Maximum von 10.000 Zeilen; ein größeres --bin verwenden.</translation>
    </message>
    <message>
        <source>insights: %1 of %2 queries failed: %3</source>
        <translation>insights: %1 von %2 Abfragen fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>metrics: %1</source>
        <translation>Metriken: %1</translation>
    </message>
</context>
<context>
    <name>ll::cli::sync</name>
    <message>
        <source>Fetch Lambda log events from CloudWatch Logs into the local cache. Later runs fetch only what is new.</source>
        <translation>Lambda-Log-Ereignisse aus CloudWatch Logs in den lokalen Cache holen. Spätere Läufe holen nur Neues.</translation>
    </message>
    <message>
        <source>Log group to sync (repeatable). Default: every /aws/lambda/ group.</source>
        <translation>Zu synchronisierende Log-Gruppe (wiederholbar). Standard: jede /aws/lambda/-Gruppe.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>FilterLogEvents requests per second per account+region (default 5).</source>
        <translation>FilterLogEvents-Anfragen pro Sekunde je Konto+Region (Standard 5).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Groups fetched in parallel (default 4).</source>
        <translation>Parallel geholte Gruppen (Standard 4).</translation>
    </message>
    <message>
        <source>Evict the oldest cached hours above this size in MB.</source>
        <translation>Die ältesten zwischengespeicherten Stunden oberhalb dieser Größe in MB entfernen.</translation>
    </message>
    <message>
        <source>mb</source>
        <translation>mb</translation>
    </message>
    <message>
        <source>Invalid --rate.</source>
        <translation>Ungültiges --rate.</translation>
    </message>
    <message>
        <source>Invalid --workers (1-16).</source>
        <translation>Ungültiges --workers (1-16).</translation>
    </message>
    <message>
        <source>sync %1%2: %3</source>
        <translation>sync %1%2: %3</translation>
    </message>
    <message>
        <source>Syncing %1 in %2 (%3) into %4</source>
        <translation>Synchronisiere %1 in %2 (%3) nach %4</translation>
    </message>
    <message>
        <source>  [%1/%2 groups] %3 events fetched, %4 new</source>
        <translation>  [%1/%2 Gruppen] %3 Ereignisse geholt, %4 neu</translation>
    </message>
    <message>
        <source>sync %1 %2: %3</source>
        <translation>sync %1 %2: %3</translation>
    </message>
    <message>
        <source>  %1: no logs yet (log group not found)</source>
        <translation>  %1: noch keine Logs (Log-Gruppe nicht gefunden)</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3 groups, %4 events fetched, %5 new, %6 failed; %7 requests (%8/s), %9 throttled, %10 retries, %11 received</source>
        <translation>%1 %2: %3 Gruppen, %4 Ereignisse geholt, %5 neu, %6 fehlgeschlagen; %7 Anfragen (%8/s), %9 gedrosselt, %10 Wiederholungen, %11 empfangen</translation>
    </message>
    <message>
        <source>Evicted %1 old events to stay under the cache size limit.</source>
        <translation>%1 alte Ereignisse entfernt, um unter der Cache-Grenze zu bleiben.</translation>
    </message>
    <message>
        <source>Interrupted: what was fetched is saved; run sync again to continue.</source>
        <translation>Unterbrochen: Das Geholte ist gespeichert; sync erneut ausführen, um fortzusetzen.</translation>
    </message>
</context>
<context>
    <name>ll::displaySafe</name>
    <message numerus="yes">
        <source>… (%n more bytes)</source>
        <translation>
            <numerusform>… (%n weiteres Byte)</numerusform>
            <numerusform>… (%n weitere Bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… (%n more characters)</source>
        <translation>
            <numerusform>… (%n weiteres Zeichen)</numerusform>
            <numerusform>… (%n weitere Zeichen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commands (run &apos;lambdalens COMMAND --help&apos; for each):
</source>
        <translation>Befehle (für jeden &apos;lambdalens COMMAND --help&apos; ausführen):
</translation>
    </message>
    <message>
        <source>lambdalens: unknown command &apos;%1&apos;.</source>
        <translation>lambdalens: unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Lambdalens: rebuild and explore AWS Lambda invocations from CloudWatch logs.
With no arguments the window opens on the demo fleet.

</source>
        <translation>Lambdalens: AWS-Lambda-Aufrufe aus CloudWatch-Logs rekonstruieren und untersuchen.
Ohne Argumente öffnet sich das Fenster mit der Demo-Flotte.

</translation>
    </message>
    <message>
        <source>Open the embedded demo fleet.</source>
        <translation>Die eingebettete Demo-Flotte öffnen.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Das Fenster in eine PNG-Datei rendern und beenden.</translation>
    </message>
    <message>
        <source>Select before a screenshot: function=NAME, request=ID or view=NAME.</source>
        <translation>Vor einem Screenshot auswählen: function=NAME, request=ID oder view=NAME.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1600x1000.</source>
        <translation>Fenstergröße für --screenshot, z. B. 1600x1000.</translation>
    </message>
    <message>
        <source>User interface language (de, es, en).</source>
        <translation>Sprache der Benutzeroberfläche (de, es, en).</translation>
    </message>
    <message>
        <source>Log exports, plain logs or folders to open.</source>
        <translation>Zu öffnende Log-Exporte, einfache Logs oder Ordner.</translation>
    </message>
    <message>
        <source>lambdalens: loading did not finish in time</source>
        <translation>lambdalens: das Laden wurde nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <source>lambdalens: cannot write %1</source>
        <translation>lambdalens: %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Colour palette instead of the system&apos;s: dark or light.</source>
        <translation>Farbpalette statt der des Systems: dark oder light.</translation>
    </message>
    <message>
        <source>Open the local CloudWatch cache (what lambdalens sync stored).</source>
        <translation>Den lokalen CloudWatch-Cache öffnen (was lambdalens sync gespeichert hat).</translation>
    </message>
</context>
</TS>
