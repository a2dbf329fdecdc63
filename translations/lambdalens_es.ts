<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ClusterModel</name>
    <message>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetBuilder</name>
    <message>
        <source>memory budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory budget of %1 MiB was reached after %2 events; %3 later events were not loaded. Load a shorter time range or fewer functions, or raise LAMBDALENS_MEMORY_BUDGET_MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceLoader</name>
    <message>
        <source>Generating the demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the local CloudWatch cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding invocations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Evaluates the insight rules (memory pressure, error rate, out-of-memory kills, timeouts and near timeouts, over-provisioned memory, cold-start rate) and prints the triggered ones with their evidence. Thresholds and mutes come from the insights/* settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also POST the triggered rules as Slack-compatible JSON to URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute a rule by key (repeatable), e.g. cold-start-rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lambdalens insights-rules: unknown rule &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lambdalens: %n rule(s) triggered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>One row per invocation, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this function (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this outcome: failed, ok, error, timeout, oom (out-of-memory), crash, incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cold starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lambdalens invocations: unknown outcome &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lambdalens invocations: no function named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-function statistics (invocations, failures by outcome, cold starts, retries, duration percentiles, memory, GB-seconds and cost) and fleet totals.
Exit code 0: all input read; 3: some input was skipped (listed on stderr and in &quot;skipped&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the stable JSON form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory and cost per function: memory size, max and p99 memory used, durations, cost per day and per million invocations, CPU evidence, the recommended size and its cost, and the measured cost at every memory size the function ran with (power-tuning curve from real traffic).
Prices: us-east-1 list prices by default; override with the pricing/* settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV (one row per function).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom over p99 memory used, in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture the functions run on: x86_64 or arm64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lambdalens sizing: --headroom takes a percentage between 0 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lambdalens sizing: --arch is x86_64 or arm64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log exports (aws logs filter-log-events / get-log-events JSON), plain log files, folders of them, or .gz versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: name a SOURCE, or use --demo or --cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>errors grouped by cause across the fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triggered insight rules with their evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one row per invocation, with filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-function statistics and fleet totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory sizing and cost per function, with recommendations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll</name>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete (no REPORT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1, billed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: %1 of %2 MB used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold start: init %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold start: SnapStart restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry: first attempt at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory used averaged %1 of the configured size over %2 minutes (above %3); %n window(s) like this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 invocations failed (%3, above %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n invocation(s) killed for running out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n invocation(s) timed out (timeout %1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n invocation(s) timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n invocation(s) ran within %1 of the %2 s timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 of the configured memory was used (%2 MB of %3 MB), below %4: the size can probably be lowered (see Sizing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of invocations were cold starts (%2 of %3, above %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-memory kills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to the timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-provisioned memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold-start rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New error cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook address must be an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the HTTP client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished invocation with memory figures in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: measured at one memory size only (at least %1 invocations per size are needed at two sizes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU-bound: across the measured sizes the duration scales with memory^%1 (about inversely).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not CPU-bound: across the measured sizes the duration barely changes (memory^%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly CPU-bound: across the measured sizes the duration grows as memory shrinks (memory^%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current size fits p99 memory used plus %1% headroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invocation(s) killed for lack of memory: raise the size.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>p99 memory used plus %1% headroom exceeds the current size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory would fit in %1 MB, but the function is CPU-bound: a smaller size gives it less CPU and it would run longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory would fit in %1 MB, but measured there the function runs longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory would fit in %1 MB, but CPU use is unknown: measure at that size first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 memory used plus %1% headroom fits in %2 MB and memory does not change the duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 memory used plus %1% headroom fits in %2 MB. CPU use is unknown: the cost assumes the duration stays the same; measure at %2 MB before switching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CPU share drops from %1 to %2 vCPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FUNCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RETRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P50 MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P99 MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEM MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COST USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mem MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Util</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU-bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec. MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec. cost/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices: %1 %2, $%3 per GB-s, $%4 per million requests; headroom %5%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* estimate: the duration at that size was not measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arm64 estimate: %1/day (same durations assumed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured sizes (MB: invocations, p50/p99 ms, p99 billed ms, cost per 1M):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule triggered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: %1 invocation(s), %2 .. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::AwsExportReader</name>
    <message>
        <source>event at byte %1 has a message of %2 bytes, more than the 2 MiB limit; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value at byte %1 is larger than %2 MiB; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected data after the JSON document at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CloudWatch export: no JSON object at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at byte %1; the rest of the file was skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ClusterPanel</name>
    <message>
        <source>Copy as Logs Insights query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error lines of successful invocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cluster to see its example, stack frames and top values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping errors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no error type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top frames:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;*&gt; #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::DurationHeatmap</name>
    <message>
        <source>Binning durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invocations to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invocations (log shade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::FileImport</name>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 text is not supported; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text log (binary data at byte %1); file skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not make progress at byte %1; the rest of the file was skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::FileImporter</name>
    <message>
        <source>invalid JSON at byte %1; the event there was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file name, %2 what was wrong and where (line or byte)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::FileInputStream</name>
    <message>
        <source>cannot seek: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::FilterBar</name>
    <message>
        <source>Filter lines  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression (RE2 syntax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lines of invocations that failed (error, timeout, out of memory, crash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this result as a step and filter inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back to the previous result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 function</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::FilterSpec</name>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>failed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::FleetModel</name>
    <message>
        <source>%1
Runtime: %2
Log format: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::FleetPanel</name>
    <message>
        <source>Filter functions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::GzipInputStream</name>
    <message>
        <source>cannot initialise zlib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip data truncated at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reset zlib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt gzip data at byte %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::InsightsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::InsightsPanel</name>
    <message>
        <source>Show evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule triggered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) triggered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n muted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mute “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lambdalens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::InvocationPanel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous in environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next in environment ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an invocation on the timeline, in the log browser or in an error cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Logs Insights query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy console link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export invocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invocation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration       %1 ms (billed %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory         %1 of %2 MB used (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold start     init %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold start     SnapStart restore %1 ms (billed %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold start     new execution environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry          of an earlier attempt with the same request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Ray trace    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more lines (see the log browser)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::LaneLayout</name>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::LogBrowser</name>
    <message>
        <source>Select a line to see it in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show fields of JSON log lines as columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all lines with the matches marked; F3 / Shift+F3 jump between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following new lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paused — %n new line(s) below</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::LogView</name>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matching lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new line(s) ↓</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::MainWindow</name>
    <message>
        <source>Lambdalens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled; the previous data is still shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Log Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log exports (*.json *.log *.txt *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of log exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some input was skipped; everything else is loaded.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source contains no Lambda log events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 functions · %2 invocations · %3 lines · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::MatchStrip</name>
    <message>
        <source>Where errors (red) and matches (yellow) are; click to jump</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::MemoryChart</name>
    <message>
        <source>Memory used (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization (used / size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used / size (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of invocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binning memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cold starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out-of-memory kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 (band: min–max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configured size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ cold-start p50   ★ out-of-memory kill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::PlainTextReader</name>
    <message>
        <source>the event starting at line %1 is longer than 2 MiB; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is longer than 2 MiB; skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::PriceTable</name>
    <message>
        <source>The price table is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price table has no valid prices for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::ShortcutsOverlay</name>
    <message>
        <source>n / Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous failed invocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c / Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous cold start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ / -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the invocation under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus the log filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+← / Alt+→</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back / forward in the selection history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::SizingChart</name>
    <message>
        <source>memory (MB, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box: memory used p25–p75, whiskers min–max   ▮ configured size   ◇ recommended   dashed: vCPU steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::SizingModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max used MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 used MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 billed ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB-s/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost/1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU-bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec. MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec. cost/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arm64/day (est.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::SizingView</name>
    <message>
        <source>Headroom over p99 used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 list prices: $%2 per GB-s, $%3 per 1M requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizing functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a function to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No functions loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB: p50 %2 ms, p99 %3 ms, $%4 per 1M (%5 runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arm64 estimate (same durations): $%1 per day; * = estimate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::TextMatcher</name>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::TimelineView</name>
    <message>
        <source>Sort by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by invocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by cold-start rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invocations loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invocation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cold start(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::aws</name>
    <message>
        <source>credential_process did not print a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process output must have &quot;Version&quot;: 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process output lacks AccessKeyId or SecretAccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process printed an invalid Expiration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process returned credentials that expired at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libcurl initialisation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetQueryResults: body is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetQueryResults: no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StartQuery: no queryId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Logs Insights query did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Logs Insights query ended with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run `aws configure export-credentials --profile %1 --format process` as this profile&apos;s credential_process in another profile, or export the keys with `eval &quot;$(aws configure export-credentials --profile %1 --format env)&quot;`</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::aws::AwsConfig</name>
    <message>
        <source>profile %1: source_profile chain loops (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 needs SSO/role assumption (role_arn %2), not supported yet: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 needs SSO/role assumption (web identity), not supported yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 needs SSO/role assumption (IAM Identity Center), not supported yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 in %2 has only one of aws_access_key_id / aws_secret_access_key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 names source_profile %2, which is in neither %3 nor %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 has no aws_access_key_id/aws_secret_access_key or credential_process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS_ROLE_ARN with AWS_WEB_IDENTITY_TOKEN_FILE needs SSO/role assumption, not supported yet: export AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile %1 is in neither %2 nor %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or a [default] profile in %1 or %2 (container and instance-metadata credentials are not supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no region for profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid region name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid endpoint URL &apos;%1&apos; (expected http:// or https://)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::aws::AwsError</name>
    <message>
        <source>No AWS credentials found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown AWS profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This AWS profile is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AWS region configured: pass --region or set AWS_REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS session credentials have expired: refresh them and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied by AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied by AWS: the credentials lack the permission %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (no logs yet?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS kept throttling the requests; retries were exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error talking to AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error: the server certificate could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to AWS timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS returned a malformed or unexpected response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS reported a server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS rejected the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected HTML page instead of an AWS response</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>unexpected response body (%n bytes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::aws::LogSync</name>
    <message>
        <source>cannot open the cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::aws::LogsClient</name>
    <message>
        <source>DescribeLogGroups: body is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeLogGroups: logGroups is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FilterLogEvents: body is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FilterLogEvents: events is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetLogEvents: body is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::aws::Metrics</name>
    <message>
        <source>GetMetricData: body is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::aws::ProcessCredentialSource</name>
    <message>
        <source>credential_process (profile %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process is empty or has an unterminated quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process %1 did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process %1 failed with exit code %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::aws::Scheduler</name>
    <message>
        <source>no credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::aws::StaticCredentialSource</name>
    <message>
        <source>the credentials from %1 expired at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ll::cli</name>
    <message>
        <source>AWS profile (repeatable). Default: AWS_PROFILE or default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS region (repeatable). Default: AWS_REGION or the profile&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send requests to this endpoint instead (local emulators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window ending now, e.g. 30m, 6h, 2d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window start (ISO 8601 or epoch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window end (ISO 8601 or epoch). Default: now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --since or --start/--end, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --end time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --start time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --since duration: %1 (examples: 30m, 6h, 2d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window end must be after its start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commands (run &apos;lambdalens COMMAND --help&apos; for each):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lambdalens: unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambdalens: rebuild and explore AWS Lambda invocations from CloudWatch logs.
With no arguments the window opens on the demo fleet.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the embedded demo fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select before a screenshot: function=NAME, request=ID or view=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1600x1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (de, es, en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log exports, plain logs or folders to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lambdalens: loading did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lambdalens: cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
