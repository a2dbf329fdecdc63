<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ClusterModel</name>
    <message>
        <source>failure</source>
        <translation>fallo</translation>
    </message>
    <message>
        <source>log</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Error type</source>
        <translation>Tipo de error</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Primera vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
</context>
<context>
    <name>FleetBuilder</name>
    <message>
        <source>memory budget</source>
        <translation>presupuesto de memoria</translation>
    </message>
    <message>
        <source>The memory budget of %1 MiB was reached after %2 events; %3 later events were not loaded. Load a shorter time range or fewer functions, or raise LAMBDALENS_MEMORY_BUDGET_MB.</source>
        <translation>Se alcanzó el presupuesto de memoria de %1 MiB tras %2 eventos; no se cargaron %3 eventos posteriores. Cargue un intervalo de tiempo más corto o menos funciones, o aumente LAMBDALENS_MEMORY_BUDGET_MB.</translation>
    </message>
</context>
<context>
    <name>FleetReport</name>
    <message>
        <source>FUNCTION</source>
        <translation>FUNCIÓN</translation>
    </message>
    <message>
        <source>INVOC</source>
        <translation>INVOC.</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLOS</translation>
    </message>
    <message>
        <source>COLD</source>
        <translation>FRÍO</translation>
    </message>
    <message>
        <source>RETRY</source>
        <translation>REINT.</translation>
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
        <translation>MEMORIA MB</translation>
    </message>
    <message>
        <source>COST USD</source>
        <translation>COSTE USD</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>omitido: %1: %2</translation>
    </message>
</context>
<context>
    <name>SourceLoader</name>
    <message>
        <source>Generating the demo fleet</source>
        <translation>Generando la flota de demostración</translation>
    </message>
    <message>
        <source>Reading log files</source>
        <translation>Leyendo archivos de registro</translation>
    </message>
    <message>
        <source>Reading the local CloudWatch cache</source>
        <translation>Leyendo la caché local de CloudWatch</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>caché</translation>
    </message>
    <message>
        <source>Rebuilding invocations</source>
        <translation>Reconstruyendo invocaciones</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Evaluates the insight rules (memory pressure, error rate, out-of-memory kills, timeouts and near timeouts, over-provisioned memory, cold-start rate) and prints the triggered ones with their evidence. Thresholds and mutes come from the insights/* settings.</source>
        <translation>Evalúa las reglas de análisis (presión de memoria, tasa de errores, terminaciones por falta de memoria, tiempos de espera agotados y casi agotados, memoria sobredimensionada, tasa de arranques en frío) y muestra las que se activaron con sus evidencias. Los umbrales y las reglas silenciadas proceden de los ajustes insights/*.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>Also POST the triggered rules as Slack-compatible JSON to URL.</source>
        <translation>Enviar además por POST las reglas activadas como JSON compatible con Slack a URL.</translation>
    </message>
    <message>
        <source>Mute a rule by key (repeatable), e.g. cold-start-rate.</source>
        <translation>Silenciar una regla por su clave (repetible), p. ej. cold-start-rate.</translation>
    </message>
    <message>
        <source>lambdalens insights-rules: unknown rule &apos;%1&apos;.</source>
        <translation>lambdalens insights-rules: regla desconocida &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>Lambdalens: %n rule(s) triggered</source>
        <translation>
            <numerusform>Lambdalens: %n regla activada</numerusform>
            <numerusform>Lambdalens: %n reglas activadas</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per invocation, oldest first.</source>
        <translation>Una fila por invocación, la más antigua primero.</translation>
    </message>
    <message>
        <source>Only this outcome: failed, ok, error, timeout, oom (out-of-memory), crash, incomplete.</source>
        <translation>Solo este resultado: failed, ok, error, timeout, oom (falta de memoria), crash, incomplete.</translation>
    </message>
    <message>
        <source>Only cold starts.</source>
        <translation>Solo arranques en frío.</translation>
    </message>
    <message>
        <source>Only retries.</source>
        <translation>Solo reintentos.</translation>
    </message>
    <message>
        <source>lambdalens invocations: unknown outcome &apos;%1&apos;</source>
        <translation>lambdalens invocations: resultado desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>lambdalens invocations: no function named &apos;%1&apos;</source>
        <translation>lambdalens invocations: no hay ninguna función llamada &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Per-function statistics (invocations, failures by outcome, cold starts, retries, duration percentiles, memory, GB-seconds and cost) and fleet totals.
Exit code 0: all input read; 3: some input was skipped (listed on stderr and in &quot;skipped&quot;).</source>
        <translation>Estadísticas por función (invocaciones, fallos por resultado, arranques en frío, reintentos, percentiles de duración, memoria, GB-segundos y coste) y totales de la flota.
Código de salida 0: se leyó toda la entrada; 3: se omitió parte de la entrada (indicada en stderr y en &quot;skipped&quot;).</translation>
    </message>
    <message>
        <source>Print the stable JSON form.</source>
        <translation>Imprimir la forma JSON estable.</translation>
    </message>
    <message>
        <source>Memory and cost per function: memory size, max and p99 memory used, durations, cost per day and per million invocations, CPU evidence, the recommended size and its cost, and the measured cost at every memory size the function ran with (power-tuning curve from real traffic).
Prices: us-east-1 list prices by default; override with the pricing/* settings.</source>
        <translation>Memoria y coste por función: tamaño de memoria, memoria máxima y p99 utilizada, duraciones, coste por día y por millón de invocaciones, indicios de CPU, el tamaño recomendado y su coste, y el coste medido en cada tamaño de memoria con el que se ejecutó la función (curva de power tuning a partir del tráfico real).
Precios: por defecto, precios de lista de us-east-1; se pueden sobrescribir con los ajustes pricing/*.</translation>
    </message>
    <message>
        <source>Print CSV (one row per function).</source>
        <translation>Imprimir CSV (una fila por función).</translation>
    </message>
    <message>
        <source>Architecture the functions run on: x86_64 or arm64.</source>
        <translation>Arquitectura en la que se ejecutan las funciones: x86_64 o arm64.</translation>
    </message>
    <message>
        <source>lambdalens sizing: --headroom takes a percentage between 0 and 1000.</source>
        <translation>lambdalens sizing: --headroom admite un porcentaje entre 0 y 1000.</translation>
    </message>
    <message>
        <source>lambdalens sizing: --arch is x86_64 or arm64.</source>
        <translation>lambdalens sizing: --arch es x86_64 o arm64.</translation>
    </message>
    <message>
        <source>Log exports (aws logs filter-log-events / get-log-events JSON), plain log files, folders of them, or .gz versions.</source>
        <translation>Exportaciones de registros (JSON de aws logs filter-log-events / get-log-events), archivos de registro de texto, carpetas que los contengan o versiones .gz.</translation>
    </message>
    <message>
        <source>%1: name a SOURCE, or use --demo or --cache.</source>
        <translation>%1: indique una SOURCE o use --demo o --cache.</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>omitido: %1: %2</translation>
    </message>
    <message>
        <source>Use the embedded demo fleet.</source>
        <translation>Usar la flota de demostración integrada.</translation>
    </message>
    <message>
        <source>Use the local CloudWatch cache (see &apos;lambdalens sync&apos;).</source>
        <translation>Usar la caché local de CloudWatch (véase &apos;lambdalens sync&apos;).</translation>
    </message>
    <message>
        <source>Seed of the demo fleet.</source>
        <translation>Semilla de la flota de demostración.</translation>
    </message>
    <message>
        <source>Headroom over p99 memory used, in percent (default: the Preferences value, 20).</source>
        <translation>Margen sobre la memoria p99 utilizada, en porcentaje (predeterminado: el valor de Preferencias, 20).</translation>
    </message>
    <message>
        <source>Only this function (repeatable): NAME matches every function of that name; REGION/NAME or ACCOUNT/REGION/NAME one origin&apos;s.</source>
        <translation>Solo esta función (repetible): NOMBRE coincide con todas las funciones de ese nombre; REGIÓN/NOMBRE o CUENTA/REGIÓN/NOMBRE con la de un origen.</translation>
    </message>
</context>
<context>
    <name>cli::clusters</name>
    <message>
        <source>Groups the fleet&apos;s errors by cause: failed invocations by error type, message template and top
stack frames (timeouts, out-of-memory kills and crashes each one group), and ERROR lines of
successful invocations apart (kind &quot;log&quot;). Most failed invocations first.</source>
        <translation>Agrupa los errores de la flota por causa: invocaciones fallidas por tipo de error, plantilla de mensaje y primeros
marcos de la pila (tiempos agotados, terminaciones por memoria y caídas, un grupo cada uno), y líneas ERROR de
invocaciones correctas aparte (tipo &quot;log&quot;). Primero las de más invocaciones fallidas.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>Order: impact (default), newest, count.</source>
        <translation>Orden: impact (predeterminado), newest, count.</translation>
    </message>
    <message>
        <source>Files or folders of exported logs.</source>
        <translation>Archivos o carpetas de registros exportados.</translation>
    </message>
    <message>
        <source>lambdalens clusters: unknown order &apos;%1&apos;</source>
        <translation>lambdalens clusters: orden desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Sin errores.</translation>
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
        <translation>Agrupa las líneas de FILE (un mensaje de registro por línea; &apos;-&apos; lee la entrada estándar) en plantillas,
sustituyendo las partes variables por &lt;*&gt;. Imprime una fila por línea: número de línea (desde 1), id de clúster,
plantilla. Los ids son definitivos: líneas leídas después pueden fusionar clústeres, y cada fila muestra el
clúster en el que terminó su línea. Las plantillas van entre comillas CSV si contienen una coma o comillas.
--csv añade una fila de cabecera (line,cluster_id,template) para que la salida sea un CSV completo.</translation>
    </message>
    <message>
        <source>Text file with one message a line, or &apos;-&apos;.</source>
        <translation>Archivo de texto con un mensaje por línea, o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Print a CSV header row before the rows.</source>
        <translation>Imprimir una fila de cabecera CSV antes de las filas.</translation>
    </message>
    <message>
        <source>lambdalens mine: expected exactly one FILE. Try &apos;lambdalens mine --help&apos;.</source>
        <translation>lambdalens mine: se esperaba exactamente un FILE. Pruebe &apos;lambdalens mine --help&apos;.</translation>
    </message>
    <message>
        <source>lambdalens mine: cannot read &apos;%1&apos;: %2</source>
        <translation>lambdalens mine: no se puede leer &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>lambdalens mine: reading &apos;%1&apos; stopped early: %2</source>
        <translation>lambdalens mine: la lectura de &apos;%1&apos; se detuvo antes de tiempo: %2</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>errors grouped by cause across the fleet</source>
        <translation>errores de toda la flota agrupados por causa</translation>
    </message>
    <message>
        <source>triggered insight rules with their evidence</source>
        <translation>reglas de análisis activadas con sus evidencias</translation>
    </message>
    <message>
        <source>one row per invocation, with filters</source>
        <translation>una fila por invocación, con filtros</translation>
    </message>
    <message>
        <source>per-function statistics and fleet totals</source>
        <translation>estadísticas por función y totales de la flota</translation>
    </message>
    <message>
        <source>memory sizing and cost per function, with recommendations</source>
        <translation>dimensionamiento de memoria y coste por función, con recomendaciones</translation>
    </message>
</context>
<context>
    <name>ll::AwsConnect</name>
    <message>
        <source>Connect to &amp;AWS…</source>
        <translation>Conectar con &amp;AWS…</translation>
    </message>
    <message>
        <source>Sync CloudWatch Logs of Lambda functions into the local cache (Ctrl+Shift+O)</source>
        <translation>Sincronizar los registros de CloudWatch Logs de las funciones Lambda en la caché local (Ctrl+Mayús+O)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>ll::AwsStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the running AWS action; what was fetched stays in the cache</source>
        <translation>Detener la acción de AWS en curso; lo ya descargado se conserva en la caché</translation>
    </message>
    <message>
        <source>AWS: %1 requests (%2/s, limit %3/s) · %4 throttled · %5 retries · %6 failed · %7 received</source>
        <translation>AWS: %1 solicitudes (%2/s, límite %3/s) · %4 limitadas · %5 reintentos · %6 fallidas · %7 recibidos</translation>
    </message>
    <message>
        <source>Live tail: %1 new events, lag %2 s</source>
        <translation>Seguimiento en directo: %1 eventos nuevos, retraso %2 s</translation>
    </message>
</context>
<context>
    <name>ll::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>ll::ChartExporter</name>
    <message>
        <source>Export Chart as PNG…</source>
        <translation>Exportar gráfico como PNG…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exportar gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>The chart is empty: there is nothing to export.</source>
        <translation>El gráfico está vacío: no hay nada que exportar.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ll::ClusterPanel</name>
    <message>
        <source>Copy as Logs Insights query</source>
        <translation>Copiar como consulta de Logs Insights</translation>
    </message>
    <message>
        <source>All errors</source>
        <translation>Todos los errores</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Error lines of successful invocations</source>
        <translation>Líneas de error de invocaciones correctas</translation>
    </message>
    <message>
        <source>Select a cluster to see its example, stack frames and top values.</source>
        <translation>Seleccione un clúster para ver su ejemplo, los marcos de pila y los valores más frecuentes.</translation>
    </message>
    <message>
        <source>Grouping errors…</source>
        <translation>Agrupando errores…</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n clúster</numerusform>
            <numerusform>%n clústeres</numerusform>
        </translation>
    </message>
    <message>
        <source>(no error type)</source>
        <translation>(sin tipo de error)</translation>
    </message>
    <message>
        <source>Top frames:</source>
        <translation>Marcos principales:</translation>
    </message>
    <message>
        <source>&lt;*&gt; #%1: %2</source>
        <translation>&lt;*&gt; #%1: %2</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Ejemplo:</translation>
    </message>
    <message>
        <source>cluster: %1</source>
        <translation>clúster: %1</translation>
    </message>
    <message>
        <source>The cluster&apos;s invocations, oldest first: activate one to open it</source>
        <translation>Las invocaciones del clúster, la más antigua primero: active una para abrirla</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (n/N walks them all)</source>
        <translation>
            <numerusform>… y %n más (n/N las recorre todas)</numerusform>
            <numerusform>… y %n más (n/N las recorre todas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::ConnectDialog</name>
    <message>
        <source>&amp;Discover Log Groups</source>
        <translation>&amp;Descubrir grupos de registros</translation>
    </message>
    <message>
        <source>&amp;Sync into Cache</source>
        <translation>&amp;Sincronizar en la caché</translation>
    </message>
    <message>
        <source>&amp;Estimate Insights Cost</source>
        <translation>&amp;Estimar coste de Insights</translation>
    </message>
    <message>
        <source>Run &amp;Insights</source>
        <translation>Ejecutar &amp;Insights</translation>
    </message>
    <message>
        <source>&amp;Live tail</source>
        <translation>Seguimiento en di&amp;recto</translation>
    </message>
    <message>
        <source>Show Cache in &amp;Window</source>
        <translation>Mostrar la caché en la &amp;ventana</translation>
    </message>
    <message>
        <source>Connect to AWS</source>
        <translation>Conectar con AWS</translation>
    </message>
    <message>
        <source>%1 of %2 groups selected</source>
        <translation>%1 de %2 grupos seleccionados</translation>
    </message>
    <message>
        <source>No group selected: actions use every /aws/lambda/ group of the checked profiles</source>
        <translation>Ningún grupo seleccionado: las acciones usan todos los grupos /aws/lambda/ de los perfiles marcados</translation>
    </message>
    <message>
        <source>Live tail stopped: %1</source>
        <translation>Seguimiento en directo detenido: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>the profile&apos;s region; several: us-east-1, eu-west-1</source>
        <translation>la región del perfil; varias: us-east-1, eu-west-1</translation>
    </message>
    <message>
        <source>AWS default (for local emulators: http://127.0.0.1:5000)</source>
        <translation>Predeterminado de AWS (para emuladores locales: http://127.0.0.1:5000)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Perfiles:</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Regiones:</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>URL del endpoint:</translation>
    </message>
    <message>
        <source>Filter by group, profile or region</source>
        <translation>Filtrar por grupo, perfil o región</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Log groups</source>
        <translation>Grupos de registros</translation>
    </message>
    <message>
        <source>2024-03-13T10:00:00Z or epoch</source>
        <translation>2024-03-13T10:00:00Z o epoch</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Ventana de tiempo</translation>
    </message>
    <message>
        <source>Last:</source>
        <translation>Últimos:</translation>
    </message>
    <message>
        <source>or from:</source>
        <translation>o desde:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>hasta:</translation>
    </message>
    <message>
        <source>30m, 6h, 2d, 1w; ignored when a start time is given</source>
        <translation>30m, 6h, 2d, 1w; se ignora si se indica una hora de inicio</translation>
    </message>
    <message>
        <source>Estimate the cost first: Logs Insights is billed per GB scanned</source>
        <translation>Estime primero el coste: Logs Insights se factura por GB analizado</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>Invocaciones</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>En frío</translation>
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
        <translation>Máx. MB</translation>
    </message>
    <message>
        <source>Environment keys (AWS_ACCESS_KEY_ID)</source>
        <translation>Claves del entorno (AWS_ACCESS_KEY_ID)</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>sin región</translation>
    </message>
    <message>
        <source>not supported yet</source>
        <translation>aún no compatible</translation>
    </message>
    <message>
        <source>No profiles in %1 or %2</source>
        <translation>No hay perfiles en %1 ni en %2</translation>
    </message>
    <message>
        <source>Not a region name: %1</source>
        <translation>No es un nombre de región: %1</translation>
    </message>
    <message>
        <source>Check at least one profile.</source>
        <translation>Marque al menos un perfil.</translation>
    </message>
    <message>
        <source>Invalid end time: %1</source>
        <translation>Hora de fin no válida: %1</translation>
    </message>
    <message>
        <source>Invalid start time: %1 (ISO 8601 or epoch)</source>
        <translation>Hora de inicio no válida: %1 (ISO 8601 o epoch)</translation>
    </message>
    <message>
        <source>Invalid duration: %1 (examples: 30m, 6h, 2d)</source>
        <translation>Duración no válida: %1 (ejemplos: 30m, 6h, 2d)</translation>
    </message>
    <message>
        <source>The window end must be after its start.</source>
        <translation>El fin de la ventana debe ser posterior a su inicio.</translation>
    </message>
    <message>
        <source>Log groups found: %1</source>
        <translation>Grupos de registros encontrados: %1</translation>
    </message>
    <message>
        <source>Logs Insights over %1 log groups (%2 queries): about %3 to scan (of %4 stored), estimated cost $%5 at $%6/GB. Run Insights to start it.</source>
        <translation>Logs Insights sobre %1 grupos de registros (%2 consultas): unos %3 por analizar (de %4 almacenados), coste estimado $%5 a $%6/GB. Use «Ejecutar Insights» para iniciarlo.</translation>
    </message>
    <message>
        <source>Logs Insights: %1 rows, scanned %2.</source>
        <translation>Logs Insights: %1 filas, %2 analizados.</translation>
    </message>
    <message>
        <source>Groups synced: %1 · events fetched: %2 · new in the cache: %3</source>
        <translation>Grupos sincronizados: %1 · eventos descargados: %2 · nuevos en la caché: %3</translation>
    </message>
    <message>
        <source>Cancelled. What was already fetched is kept.</source>
        <translation>Cancelado. Se conserva lo ya descargado.</translation>
    </message>
    <message>
        <source>The main window shows them as its fleet; fetch raw events there for the functions you drill into.</source>
        <translation>La ventana principal las muestra como su flota; descargue allí los eventos sin procesar de las funciones que quiera examinar.</translation>
    </message>
</context>
<context>
    <name>ll::DurationHeatmap</name>
    <message>
        <source>Binning durations</source>
        <translation>Agrupando duraciones</translation>
    </message>
    <message>
        <source>No invocations to show.</source>
        <translation>No hay invocaciones que mostrar.</translation>
    </message>
    <message>
        <source>invocations (log shade)</source>
        <translation>invocaciones (sombreado logarítmico)</translation>
    </message>
    <message>
        <source>failures</source>
        <translation>fallos</translation>
    </message>
    <message>
        <source>cold starts</source>
        <translation>arranques en frío</translation>
    </message>
</context>
<context>
    <name>ll::FileImporter</name>
    <message>
        <source>invalid JSON at byte %1; the event there was skipped</source>
        <translation>JSON no válido en el byte %1; se omitió el evento en esa posición</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file name, %2 what was wrong and where (line or byte)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>event at byte %1 has a message of %2 bytes, more than the 2 MiB limit; skipped</source>
        <translation>el evento en el byte %1 tiene un mensaje de %2 bytes, más que el límite de 2 MiB; omitido</translation>
    </message>
    <message>
        <source>truncated at byte %1</source>
        <translation>truncado en el byte %1</translation>
    </message>
    <message>
        <source>value at byte %1 is larger than %2 MiB; skipped</source>
        <translation>el valor en el byte %1 supera los %2 MiB; omitido</translation>
    </message>
    <message>
        <source>unexpected data after the JSON document at byte %1</source>
        <translation>datos inesperados tras el documento JSON en el byte %1</translation>
    </message>
    <message>
        <source>not a CloudWatch export: no JSON object at byte %1</source>
        <translation>no es una exportación de CloudWatch: no hay ningún objeto JSON en el byte %1</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1; the rest of the file was skipped</source>
        <translation>JSON no válido en el byte %1; se omitió el resto del archivo</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>UTF-16 text is not supported; save the file as UTF-8</source>
        <translation>no se admite texto UTF-16; guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <source>not a text log (binary data at byte %1); file skipped</source>
        <translation>no es un registro de texto (datos binarios en el byte %1); archivo omitido</translation>
    </message>
    <message>
        <source>could not make progress at byte %1; the rest of the file was skipped</source>
        <translation>no se pudo avanzar en el byte %1; se omitió el resto del archivo</translation>
    </message>
    <message>
        <source>the event starting at line %1 is longer than 2 MiB; skipped</source>
        <translation>el evento que empieza en la línea %1 supera los 2 MiB; omitido</translation>
    </message>
    <message>
        <source>line %1 is longer than 2 MiB; skipped</source>
        <translation>la línea %1 supera los 2 MiB; omitida</translation>
    </message>
</context>
<context>
    <name>ll::FilterBar</name>
    <message>
        <source>Filter lines  ( / )</source>
        <translation>Filtrar líneas  ( / )</translation>
    </message>
    <message>
        <source>Regular expression (RE2 syntax)</source>
        <translation>Expresión regular (sintaxis RE2)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Failed only</source>
        <translation>Solo fallidas</translation>
    </message>
    <message>
        <source>Only lines of invocations that failed (error, timeout, out of memory, crash)</source>
        <translation>Solo líneas de invocaciones fallidas (error, tiempo agotado, falta de memoria, caída)</translation>
    </message>
    <message>
        <source>Filter within</source>
        <translation>Filtrar dentro</translation>
    </message>
    <message>
        <source>Keep this result as a step and filter inside it</source>
        <translation>Conservar este resultado como paso y filtrar dentro de él</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Step back to the previous result</source>
        <translation>Volver al resultado anterior</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>All functions</source>
        <translation>Todas las funciones</translation>
    </message>
    <message>
        <source>Go back to this step</source>
        <translation>Volver a este paso</translation>
    </message>
    <message>
        <source>1 function</source>
        <translation>1 función</translation>
    </message>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n función</numerusform>
            <numerusform>%n funciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 líneas</translation>
    </message>
    <message>
        <source>Remove this filter: show lines of all invocations</source>
        <translation>Quitar este filtro: mostrar las líneas de todas las invocaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n selected invocation(s)</source>
        <translation>
            <numerusform>%n invocación seleccionada</numerusform>
            <numerusform>%n invocaciones seleccionadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::FilterSpec</name>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n función</numerusform>
            <numerusform>%n funciones</numerusform>
        </translation>
    </message>
    <message>
        <source>failed only</source>
        <translation>solo fallidas</translation>
    </message>
    <message>
        <source>time range</source>
        <translation>intervalo de tiempo</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Todas las líneas</translation>
    </message>
    <message>
        <source>selected invocations</source>
        <translation>invocaciones seleccionadas</translation>
    </message>
</context>
<context>
    <name>ll::FleetModel</name>
    <message>
        <source>%1
Runtime: %2
Log format: %3</source>
        <translation>%1
Entorno de ejecución: %2
Formato de registro: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>Invocaciones</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Tasa de fallos</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>T. agotado</translation>
    </message>
    <message>
        <source>OOM</source>
        <translation>OOM</translation>
    </message>
    <message>
        <source>Crashes</source>
        <translation>Caídas</translation>
    </message>
    <message>
        <source>Cold starts</source>
        <translation>Arranques en frío</translation>
    </message>
    <message>
        <source>Cold rate</source>
        <translation>Tasa en frío</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
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
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Max used</source>
        <translation>Máx. usado</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>(several)</source>
        <translation>(varias)</translation>
    </message>
    <message>
        <source>Logs Insights summary: computed server-side over the whole window</source>
        <translation>Resumen de Logs Insights: calculado en el servidor sobre toda la ventana</translation>
    </message>
    <message>
        <source>Logs Insights summary: the invocation-weighted mean of the %1-minute bins&apos; medians (an estimate)</source>
        <translation>Resumen de Logs Insights: la media, ponderada por invocaciones, de las medianas de los intervalos de %1 minutos (una estimación)</translation>
    </message>
    <message>
        <source>Logs Insights summary: the largest p99 of the %1-minute bins (an upper bound of the window&apos;s p99; p95 %2 ms)</source>
        <translation>Resumen de Logs Insights: el mayor p99 de los intervalos de %1 minutos (una cota superior del p99 de la ventana; p95 %2 ms)</translation>
    </message>
    <message>
        <source>%1
Server-side summary (Logs Insights): no raw events downloaded.
Fetch raw events to see its invocations and logs.</source>
        <translation>%1
Resumen calculado en el servidor (Logs Insights): no se descargaron eventos sin procesar.
Descargue los eventos sin procesar para ver sus invocaciones y registros.</translation>
    </message>
    <message>
        <source>Account: %1
Region: %2</source>
        <translation>Cuenta: %1
Región: %2</translation>
    </message>
</context>
<context>
    <name>ll::FleetPanel</name>
    <message>
        <source>Filter functions, accounts, regions</source>
        <translation>Filtrar funciones, cuentas, regiones</translation>
    </message>
    <message>
        <source>Filter functions, accounts, regions (region:eu-west-1 account:prod)</source>
        <translation>Filtrar funciones, cuentas, regiones (region:eu-west-1 account:prod)</translation>
    </message>
</context>
<context>
    <name>ll::InputStream</name>
    <message>
        <source>cannot seek: %1</source>
        <translation>no se puede posicionar: %1</translation>
    </message>
    <message>
        <source>read error at byte %1: %2</source>
        <translation>error de lectura en el byte %1: %2</translation>
    </message>
    <message>
        <source>cannot initialise zlib</source>
        <translation>no se puede inicializar zlib</translation>
    </message>
    <message>
        <source>gzip data truncated at byte %1</source>
        <translation>datos gzip truncados en el byte %1</translation>
    </message>
    <message>
        <source>cannot reset zlib</source>
        <translation>no se puede reiniciar zlib</translation>
    </message>
    <message>
        <source>corrupt gzip data at byte %1 (%2)</source>
        <translation>datos gzip dañados en el byte %1 (%2)</translation>
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
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
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
            <numerusform>La memoria utilizada promedió %1 del tamaño configurado durante %2 minutos (por encima de %3); %n ventana(s) así.</numerusform>
            <numerusform>La memoria utilizada promedió %1 del tamaño configurado durante %2 minutos (por encima de %3); %n ventana(s) así.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 invocations failed (%3, above %4).</source>
        <translation>%1 de %2 invocaciones fallaron (%3, por encima de %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n invocation(s) killed for running out of memory.</source>
        <translation>
            <numerusform>%n invocación(es) terminada(s) por falta de memoria.</numerusform>
            <numerusform>%n invocación(es) terminada(s) por falta de memoria.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invocation(s) timed out (timeout %1 s).</source>
        <translation>
            <numerusform>%n invocación(es) con tiempo agotado (límite %1 s).</numerusform>
            <numerusform>%n invocación(es) con tiempo agotado (límite %1 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invocation(s) timed out.</source>
        <translation>
            <numerusform>%n invocación(es) con tiempo agotado.</numerusform>
            <numerusform>%n invocación(es) con tiempo agotado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invocation(s) ran within %1 of the %2 s timeout.</source>
        <translation>
            <numerusform>En %n invocación(es) la duración quedó a menos de %1 del límite de %2 s.</numerusform>
            <numerusform>En %n invocación(es) la duración quedó a menos de %1 del límite de %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 of the configured memory was used (%2 MB of %3 MB), below %4: the size can probably be lowered (see Sizing).</source>
        <translation>Se utilizó como máximo %1 de la memoria configurada (%2 MB de %3 MB), por debajo de %4: probablemente se pueda reducir el tamaño (ver Dimensionamiento).</translation>
    </message>
    <message>
        <source>%1 of invocations were cold starts (%2 of %3, above %4).</source>
        <translation>%1 de las invocaciones fueron arranques en frío (%2 de %3, por encima de %4).</translation>
    </message>
    <message>
        <source>Memory pressure</source>
        <translation>Presión de memoria</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Tasa de errores</translation>
    </message>
    <message>
        <source>High error rate</source>
        <translation>Tasa de errores alta</translation>
    </message>
    <message>
        <source>Out-of-memory kills</source>
        <translation>Terminaciones por falta de memoria</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>T. agotado</translation>
    </message>
    <message>
        <source>Close to the timeout</source>
        <translation>Cerca del tiempo límite</translation>
    </message>
    <message>
        <source>Over-provisioned memory</source>
        <translation>Memoria sobredimensionada</translation>
    </message>
    <message>
        <source>Cold-start rate</source>
        <translation>Tasa de arranques en frío</translation>
    </message>
    <message>
        <source>New error cluster</source>
        <translation>Nuevo clúster de errores</translation>
    </message>
    <message numerus="yes">
        <source>New error: %1 (%n failed invocation(s)).</source>
        <translation>
            <numerusform>Nuevo error: %1 (%n invocación fallida).</numerusform>
            <numerusform>Nuevo error: %1 (%n invocaciones fallidas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New error line: %1 (%n occurrence(s)).</source>
        <translation>
            <numerusform>Nueva línea de error: %1 (%n aparición).</numerusform>
            <numerusform>Nueva línea de error: %1 (%n apariciones).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also in %n other function(s).</source>
        <translation>
            <numerusform>También en %n función más.</numerusform>
            <numerusform>También en %n funciones más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::InsightsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
</context>
<context>
    <name>ll::InsightsPanel</name>
    <message>
        <source>Show evidence</source>
        <translation>Mostrar evidencias</translation>
    </message>
    <message>
        <source>Evaluating rules</source>
        <translation>Evaluando reglas</translation>
    </message>
    <message>
        <source>No rule triggered.</source>
        <translation>Ninguna regla activada.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) triggered.</source>
        <translation>
            <numerusform>%n regla activada.</numerusform>
            <numerusform>%n reglas activadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n muted.</source>
        <translation>
            <numerusform>%n silenciada.</numerusform>
            <numerusform>%n silenciadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mute “%1”</source>
        <translation>Silenciar «%1»</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Reactivar</translation>
    </message>
</context>
<context>
    <name>ll::InsightsSummary</name>
    <message>
        <source>Fetch &amp;Raw Events of Selected Functions</source>
        <translation>Descargar eventos sin p&amp;rocesar de las funciones seleccionadas</translation>
    </message>
    <message>
        <source>Sync the selected functions&apos; log groups for the summary&apos;s time range and show their invocations (the other functions keep their Logs Insights rows)</source>
        <translation>Sincronizar los grupos de registros de las funciones seleccionadas para el intervalo del resumen y mostrar sus invocaciones (las demás funciones conservan sus filas de Logs Insights)</translation>
    </message>
    <message>
        <source>Logs Insights found no Lambda REPORT lines in that window; the fleet shown is unchanged.</source>
        <translation>Logs Insights no encontró líneas REPORT de Lambda en esa ventana; la flota mostrada no cambia.</translation>
    </message>
    <message>
        <source>The Logs Insights summary is partial:
%1</source>
        <translation>El resumen de Logs Insights es parcial:
%1</translation>
    </message>
    <message>
        <source>Fetching raw events failed:
%1</source>
        <translation>La descarga de eventos sin procesar falló:
%1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Loading raw events</source>
        <translation>Cargando eventos sin procesar</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>caché</translation>
    </message>
    <message>
        <source>Some raw events could not be read: %1</source>
        <translation>Algunos eventos sin procesar no se pudieron leer: %1</translation>
    </message>
    <message>
        <source>%1 functions</source>
        <translation>%1 funciones</translation>
    </message>
    <message>
        <source>Fetch raw events</source>
        <translation>Descargar eventos sin procesar</translation>
    </message>
    <message>
        <source>Fetching raw events of %1 for %2…</source>
        <translation>Descargando eventos sin procesar de %1 para %2…</translation>
    </message>
    <message>
        <source>No raw events of %1 are in the cache for %2 (the fetch may have failed: see the banner). Its row is the Logs Insights summary.</source>
        <translation>No hay eventos sin procesar de %1 en la caché para %2 (puede que la descarga haya fallado: vea el aviso). Su fila es el resumen de Logs Insights.</translation>
    </message>
    <message>
        <source>%1: Logs Insights summary only. Its statistics were computed server-side; no raw events were downloaded. Fetch raw events to sync its log group for %2 and see its invocations and logs here.</source>
        <translation>%1: solo el resumen de Logs Insights. Sus estadísticas se calcularon en el servidor; no se descargaron eventos sin procesar. Descargue los eventos sin procesar para sincronizar su grupo de registros para %2 y ver aquí sus invocaciones y registros.</translation>
    </message>
    <message>
        <source>This window shows a Logs Insights summary of %1 functions for %2: statistics computed server-side, no raw events downloaded. Select a function in the fleet and fetch its raw events (or press Enter on its row) to see its invocations here.</source>
        <translation>Esta ventana muestra un resumen de Logs Insights de %1 funciones para %2: estadísticas calculadas en el servidor, sin eventos sin procesar descargados. Seleccione una función en la flota y descargue sus eventos sin procesar (o pulse Intro en su fila) para ver aquí sus invocaciones.</translation>
    </message>
    <message>
        <source>Logs Insights summary: %1 functions, %2 scanned ($%3)</source>
        <translation>Resumen de Logs Insights: %1 funciones, %2 analizados (%3 $)</translation>
    </message>
    <message>
        <source> · raw events fetched for %1 of them</source>
        <translation> · eventos sin procesar descargados para %1 de ellas</translation>
    </message>
    <message>
        <source>%1 invocations counted server-side in %2-minute bins</source>
        <translation>%1 invocaciones contadas en el servidor en intervalos de %2 minutos</translation>
    </message>
    <message>
        <source>%1 invocations counted server-side</source>
        <translation>%1 invocaciones contadas en el servidor</translation>
    </message>
    <message>
        <source> · %1 fetched invocations · %2 lines</source>
        <translation> · %1 invocaciones descargadas · %2 líneas</translation>
    </message>
</context>
<context>
    <name>ll::InvocationPanel</name>
    <message>
        <source>OK</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Sin memoria</translation>
    </message>
    <message>
        <source>Crash</source>
        <translation>Caída</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompleta</translation>
    </message>
    <message>
        <source>◀ Previous in environment</source>
        <translation>◀ Anterior en el entorno</translation>
    </message>
    <message>
        <source>Next in environment ▶</source>
        <translation>Siguiente en el entorno ▶</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>Primer intento</translation>
    </message>
    <message>
        <source>Select an invocation on the timeline, in the log browser or in an error cluster.</source>
        <translation>Seleccione una invocación en la línea de tiempo, en el explorador de registros o en un clúster de errores.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>Copiar ID de solicitud</translation>
    </message>
    <message>
        <source>Copy Logs Insights query</source>
        <translation>Copiar consulta de Logs Insights</translation>
    </message>
    <message>
        <source>Copy console link</source>
        <translation>Copiar enlace de la consola</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
    <message>
        <source>Export invocation</source>
        <translation>Exportar invocación</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>No invocation selected</source>
        <translation>Ninguna invocación seleccionada</translation>
    </message>
    <message>
        <source>Start          %1</source>
        <translation>Inicio         %1</translation>
    </message>
    <message>
        <source>Duration       %1 ms (billed %2 ms)</source>
        <translation>Duración       %1 ms (facturado %2 ms)</translation>
    </message>
    <message>
        <source>Memory         %1 of %2 MB used (%3%)</source>
        <translation>Memoria        %1 de %2 MB utilizados (%3%)</translation>
    </message>
    <message>
        <source>Cold start     init %1 ms</source>
        <translation>Arr. en frío   init %1 ms</translation>
    </message>
    <message>
        <source>Cold start     SnapStart restore %1 ms (billed %2 ms)</source>
        <translation>Arr. en frío   restauración SnapStart %1 ms (facturado %2 ms)</translation>
    </message>
    <message>
        <source>Cold start     new execution environment</source>
        <translation>Arr. en frío   nuevo entorno de ejecución</translation>
    </message>
    <message>
        <source>Error          %1</source>
        <translation>Error          %1</translation>
    </message>
    <message>
        <source>Retry          of an earlier attempt with the same request id</source>
        <translation>Reintento      de un intento anterior con el mismo ID de solicitud</translation>
    </message>
    <message>
        <source>X-Ray trace    %1</source>
        <translation>Traza X-Ray    %1</translation>
    </message>
    <message>
        <source>Environment    %1</source>
        <translation>Entorno        %1</translation>
    </message>
    <message numerus="yes">
        <source>… %n more lines (see the log browser)</source>
        <translation>
            <numerusform>… %n línea más (ver el explorador de registros)</numerusform>
            <numerusform>… %n líneas más (ver el explorador de registros)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::LaneLayout</name>
    <message>
        <source>other</source>
        <translation>otros</translation>
    </message>
    <message>
        <source>environment %1</source>
        <translation>entorno %1</translation>
    </message>
</context>
<context>
    <name>ll::LogBrowser</name>
    <message>
        <source>Select a line to see it in full</source>
        <translation>Seleccione una línea para verla completa</translation>
    </message>
    <message>
        <source>JSON columns</source>
        <translation>Columnas JSON</translation>
    </message>
    <message>
        <source>Show fields of JSON log lines as columns</source>
        <translation>Mostrar los campos de las líneas de registro JSON como columnas</translation>
    </message>
    <message>
        <source>Show in context</source>
        <translation>Mostrar en contexto</translation>
    </message>
    <message>
        <source>Show all lines with the matches marked; F3 / Shift+F3 jump between them</source>
        <translation>Mostrar todas las líneas con las coincidencias marcadas; F3 / Mayús+F3 saltan entre ellas</translation>
    </message>
    <message>
        <source>Following new lines</source>
        <translation>Siguiendo las líneas nuevas</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %n new line(s) below</source>
        <translation>
            <numerusform>En pausa — %n línea nueva abajo</numerusform>
            <numerusform>En pausa — %n líneas nuevas abajo</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Wrap lines</source>
        <translation>Ajustar líneas</translation>
    </message>
    <message>
        <source>Wrap every line (Shift+W); W wraps only the current line</source>
        <translation>Ajustar todas las líneas (Mayús+W); W ajusta solo la línea actual</translation>
    </message>
    <message numerus="yes">
        <source>… (%n more bytes)</source>
        <translation>
            <numerusform>… (%n byte más)</numerusform>
            <numerusform>… (%n bytes más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::LogGroupModel</name>
    <message>
        <source>default credentials</source>
        <translation>credenciales predeterminadas</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>no caduca nunca</translation>
    </message>
    <message>
        <source>Log group</source>
        <translation>Grupo de registros</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Almacenado</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
</context>
<context>
    <name>ll::LogView</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>No matching lines</source>
        <translation>No hay líneas coincidentes</translation>
    </message>
    <message numerus="yes">
        <source>%n new line(s) ↓</source>
        <translation>
            <numerusform>%n línea nueva ↓</numerusform>
            <numerusform>%n líneas nuevas ↓</numerusform>
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Loading was cancelled; the previous data is still shown.</source>
        <translation>Se canceló la carga; se siguen mostrando los datos anteriores.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Log Files…</source>
        <translation>&amp;Abrir archivos de registro…</translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation>Abrir archivos de registro</translation>
    </message>
    <message>
        <source>Log exports (*.json *.log *.txt *.gz);;All files (*)</source>
        <translation>Exportaciones de registros (*.json *.log *.txt *.gz);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Open a folder of log exports</source>
        <translation>Abrir una carpeta de exportaciones de registros</translation>
    </message>
    <message>
        <source>&amp;Demo Fleet</source>
        <translation>Flota de &amp;demostración</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>Dimensionamiento</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>Duraciones</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
    <message>
        <source>Invocation</source>
        <translation>Invocación</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 más)</translation>
    </message>
    <message>
        <source>No recent sources</source>
        <translation>No hay fuentes recientes</translation>
    </message>
    <message>
        <source>Generating demo fleet</source>
        <translation>Generando la flota de demostración</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Some input was skipped; everything else is loaded.
%1</source>
        <translation>Se omitió parte de la entrada; todo lo demás está cargado.
%1</translation>
    </message>
    <message>
        <source>The source contains no Lambda log events.</source>
        <translation>La fuente no contiene eventos de registro de Lambda.</translation>
    </message>
    <message>
        <source>No data loaded</source>
        <translation>No hay datos cargados</translation>
    </message>
    <message>
        <source>Demo fleet</source>
        <translation>Flota de demostración</translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation> (+%1 más)</translation>
    </message>
    <message>
        <source>%1 functions · %2 invocations · %3 lines · %4</source>
        <translation>%1 funciones · %2 invocaciones · %3 líneas · %4</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The language changes the next time Lambdalens starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie Lambdalens.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Export Chart as PNG…</source>
        <translation>&amp;Exportar gráfico como PNG…</translation>
    </message>
    <message>
        <source>Export Sizing as &amp;CSV…</source>
        <translation>Exportar dimensionamiento como &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>CloudWatch cache</source>
        <translation>Caché de CloudWatch</translation>
    </message>
</context>
<context>
    <name>ll::MatchStrip</name>
    <message>
        <source>Where errors (red) and matches (yellow) are; click to jump</source>
        <translation>Dónde están los errores (rojo) y las coincidencias (amarillo); haga clic para saltar</translation>
    </message>
</context>
<context>
    <name>ll::MemoryChart</name>
    <message>
        <source>Memory used (MB)</source>
        <translation>Memoria utilizada (MB)</translation>
    </message>
    <message>
        <source>Utilization (used / size)</source>
        <translation>Uso (utilizada / tamaño)</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>used / size (%)</source>
        <translation>utilizada / tamaño (%)</translation>
    </message>
    <message>
        <source>% of invocations</source>
        <translation>% de invocaciones</translation>
    </message>
    <message>
        <source>Binning memory</source>
        <translation>Agrupando valores de memoria</translation>
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
        <translation>%1 tamaño</translation>
    </message>
    <message>
        <source>%1 cold starts</source>
        <translation>%1 arranques en frío</translation>
    </message>
    <message>
        <source>out-of-memory kill</source>
        <translation>terminación por falta de memoria</translation>
    </message>
    <message>
        <source>p50 (band: min–max)</source>
        <translation>p50 (banda: mín.–máx.)</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>configured size</source>
        <translation>tamaño configurado</translation>
    </message>
    <message>
        <source>▲ cold-start p50   ★ out-of-memory kill</source>
        <translation>▲ arranque en frío p50   ★ terminación por falta de memoria</translation>
    </message>
</context>
<context>
    <name>ll::PriceTable</name>
    <message>
        <source>The price table is not a JSON object: %1</source>
        <translation>La tabla de precios no es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>The price table has no valid prices for %1.</source>
        <translation>La tabla de precios no contiene precios válidos para %1.</translation>
    </message>
</context>
<context>
    <name>ll::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Sizing &amp;&amp; Prices</source>
        <translation>Dimensionamiento &amp;&amp; precios</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Unchecked: the rule is muted and never triggers.</source>
        <translation>Desmarcada: la regla está silenciada y nunca se activa.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>over</source>
        <translation>durante</translation>
    </message>
    <message>
        <source>mean memory used of the configured size, per window</source>
        <translation>memoria media utilizada respecto al tamaño configurado, por ventana</translation>
    </message>
    <message>
        <source>failed invocations, warning</source>
        <translation>invocaciones fallidas, aviso</translation>
    </message>
    <message>
        <source>failed invocations, critical</source>
        <translation>invocaciones fallidas, crítico</translation>
    </message>
    <message>
        <source>any invocation killed for memory</source>
        <translation>cualquier invocación terminada por falta de memoria</translation>
    </message>
    <message>
        <source>any invocation that timed out</source>
        <translation>cualquier invocación con tiempo agotado</translation>
    </message>
    <message>
        <source>durations this close to the configured timeout</source>
        <translation>duraciones así de cerca del tiempo límite configurado</translation>
    </message>
    <message>
        <source>peak memory used below this share of the size</source>
        <translation>memoria máxima utilizada por debajo de esta proporción del tamaño</translation>
    </message>
    <message>
        <source>share of invocations that were cold starts</source>
        <translation>proporción de invocaciones que fueron arranques en frío</translation>
    </message>
    <message>
        <source>an error cluster that appears while live data arrives</source>
        <translation>un clúster de errores que aparece mientras llegan datos en directo</translation>
    </message>
    <message>
        <source>Rules are evaluated on the loaded data and again whenever live data arrives. Changes apply immediately.</source>
        <translation>Las reglas se evalúan sobre los datos cargados y de nuevo cada vez que llegan datos en directo. Los cambios se aplican de inmediato.</translation>
    </message>
    <message>
        <source>Show a desktop notification</source>
        <translation>Mostrar una notificación de escritorio</translation>
    </message>
    <message>
        <source>Uses the system tray when there is one, otherwise a message above the panels.</source>
        <translation>Usa la bandeja del sistema si la hay, y si no, un mensaje encima de los paneles.</translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation>URL del webhook:</translation>
    </message>
    <message>
        <source>Insights are POSTed as Slack-compatible JSON ({&quot;text&quot;: …}); Mattermost, Rocket.Chat and most chat tools accept it. Leave empty for none.</source>
        <translation>Los hallazgos se envían por POST como JSON compatible con Slack ({&quot;text&quot;: …}); Mattermost, Rocket.Chat y la mayoría de las herramientas de chat lo aceptan. Déjelo vacío para no enviar nada.</translation>
    </message>
    <message>
        <source>When live data triggers a rule for the first time (warnings and critical ones; each insight notifies once):</source>
        <translation>Cuando los datos en directo activan una regla por primera vez (las de aviso y las críticas; cada hallazgo se notifica una sola vez):</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>Dimensionamiento</translation>
    </message>
    <message>
        <source>Headroom over p99 memory used:</source>
        <translation>Margen sobre la memoria p99 utilizada:</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>per GB-second</source>
        <translation>por GB-segundo</translation>
    </message>
    <message>
        <source>per million requests</source>
        <translation>por millón de solicitudes</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Used by the sizing view now, and by the fleet table&apos;s cost and &apos;lambdalens report&apos; for data loaded from now on.</source>
        <translation>Los usa ya la vista de dimensionamiento, y el coste de la tabla de la flota y &apos;lambdalens report&apos; para los datos que se carguen a partir de ahora.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Automatic (half of the memory)</source>
        <translation>Automático (la mitad de la memoria)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Takes effect the next time Lambdalens starts. --lang on the command line overrides it.</source>
        <translation>Surte efecto la próxima vez que se inicie Lambdalens. --lang en la línea de comandos tiene prioridad.</translation>
    </message>
    <message>
        <source>Import memory budget:</source>
        <translation>Presupuesto de memoria de importación:</translation>
    </message>
    <message>
        <source>Loading stops keeping events beyond this size and says where it stopped. Applies to the next load.</source>
        <translation>La carga deja de conservar eventos por encima de este tamaño e indica dónde se detuvo. Se aplica a la próxima carga.</translation>
    </message>
    <message>
        <source>LAMBDALENS_MEMORY_BUDGET_MB=%1 is set in the environment and takes precedence.</source>
        <translation>LAMBDALENS_MEMORY_BUDGET_MB=%1 está definida en el entorno y tiene prioridad.</translation>
    </message>
    <message>
        <source>Region: %1 (list prices, first tier)</source>
        <translation>Región: %1 (precios de lista, primer tramo)</translation>
    </message>
    <message>
        <source>The critical error rate must not be below the warning rate.</source>
        <translation>La tasa de errores crítica no puede ser inferior a la de aviso.</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address.</source>
        <translation>Introduzca una dirección http:// o https://.</translation>
    </message>
</context>
<context>
    <name>ll::ShortcutsOverlay</name>
    <message>
        <source>n / Shift+N</source>
        <translation>n / Mayús+N</translation>
    </message>
    <message>
        <source>Next / previous failed invocation</source>
        <translation>Invocación fallida siguiente / anterior</translation>
    </message>
    <message>
        <source>c / Shift+C</source>
        <translation>c / Mayús+C</translation>
    </message>
    <message>
        <source>Next / previous cold start</source>
        <translation>Arranque en frío siguiente / anterior</translation>
    </message>
    <message>
        <source>← →</source>
        <translation>← →</translation>
    </message>
    <message>
        <source>Pan the timeline</source>
        <translation>Desplazar la línea de tiempo</translation>
    </message>
    <message>
        <source>+ / -</source>
        <translation>+ / -</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Acercar / alejar</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Doble clic</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>Ajustar a la vista</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Mayús+arrastrar</translation>
    </message>
    <message>
        <source>Select a time range</source>
        <translation>Seleccionar un intervalo de tiempo</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Open the invocation under the cursor</source>
        <translation>Abrir la invocación bajo el cursor</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>Focus the log filter</source>
        <translation>Enfocar el filtro de registros</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <source>Alt+← / Alt+→</source>
        <translation>Alt+← / Alt+→</translation>
    </message>
    <message>
        <source>Back / forward in the selection history</source>
        <translation>Atrás / adelante en el historial de selección</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation>Abrir archivos de registro</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>Mostrar u ocultar esta ayuda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>ll::Sizing</name>
    <message>
        <source>No finished invocation with memory figures in the window.</source>
        <translation>No hay ninguna invocación finalizada con datos de memoria en la ventana.</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Sin datos.</translation>
    </message>
    <message>
        <source>Unknown: measured at one memory size only (at least %1 invocations per size are needed at two sizes).</source>
        <translation>Desconocido: medido solo con un tamaño de memoria (se necesitan al menos %1 invocaciones por tamaño en dos tamaños).</translation>
    </message>
    <message>
        <source>CPU-bound: across the measured sizes the duration scales with memory^%1 (about inversely).</source>
        <translation>Limitada por CPU: en los tamaños medidos la duración escala con memoria^%1 (aproximadamente a la inversa).</translation>
    </message>
    <message>
        <source>Not CPU-bound: across the measured sizes the duration barely changes (memory^%1).</source>
        <translation>No limitada por CPU: en los tamaños medidos la duración apenas cambia (memoria^%1).</translation>
    </message>
    <message>
        <source>Partly CPU-bound: across the measured sizes the duration grows as memory shrinks (memory^%1).</source>
        <translation>Parcialmente limitada por CPU: en los tamaños medidos la duración aumenta al reducir la memoria (memoria^%1).</translation>
    </message>
    <message>
        <source>The current size fits p99 memory used plus %1% headroom.</source>
        <translation>El tamaño actual se ajusta a la memoria p99 utilizada más un %1% de margen.</translation>
    </message>
    <message numerus="yes">
        <source>%n invocation(s) killed for lack of memory: raise the size.</source>
        <translation>
            <numerusform>%n invocación terminada por falta de memoria: aumente el tamaño.</numerusform>
            <numerusform>%n invocaciones terminadas por falta de memoria: aumente el tamaño.</numerusform>
        </translation>
    </message>
    <message>
        <source>p99 memory used plus %1% headroom exceeds the current size.</source>
        <translation>La memoria p99 utilizada más un %1% de margen supera el tamaño actual.</translation>
    </message>
    <message>
        <source>Memory would fit in %1 MB, but the function is CPU-bound: a smaller size gives it less CPU and it would run longer.</source>
        <translation>La memoria cabría en %1 MB, pero la función está limitada por CPU: un tamaño menor le da menos CPU y tardaría más.</translation>
    </message>
    <message>
        <source>Memory would fit in %1 MB, but measured there the function runs longer.</source>
        <translation>La memoria cabría en %1 MB, pero según lo medido con ese tamaño la función tarda más.</translation>
    </message>
    <message>
        <source>Memory would fit in %1 MB, but CPU use is unknown: measure at that size first.</source>
        <translation>La memoria cabría en %1 MB, pero el uso de CPU es desconocido: mida primero con ese tamaño.</translation>
    </message>
    <message>
        <source>p99 memory used plus %1% headroom fits in %2 MB and memory does not change the duration.</source>
        <translation>La memoria p99 utilizada más un %1% de margen cabe en %2 MB y la memoria no cambia la duración.</translation>
    </message>
    <message>
        <source>p99 memory used plus %1% headroom fits in %2 MB. CPU use is unknown: the cost assumes the duration stays the same; measure at %2 MB before switching.</source>
        <translation>La memoria p99 utilizada más un %1% de margen cabe en %2 MB. El uso de CPU es desconocido: el coste supone que la duración no cambia; mida con %2 MB antes de cambiar.</translation>
    </message>
    <message>
        <source>The CPU share drops from %1 to %2 vCPU.</source>
        <translation>La cuota de CPU baja de %1 a %2 vCPU.</translation>
    </message>
</context>
<context>
    <name>ll::SizingChart</name>
    <message>
        <source>memory (MB, log scale)</source>
        <translation>memoria (MB, escala log.)</translation>
    </message>
    <message>
        <source>1 vCPU</source>
        <translation>1 vCPU</translation>
    </message>
    <message>
        <source>box: memory used p25–p75, whiskers min–max   ▮ configured size   ◇ recommended   dashed: vCPU steps</source>
        <translation>caja: memoria utilizada p25–p75, bigotes mín.–máx.   ▮ tamaño configurado   ◇ recomendado   discontinuo: escalones de vCPU</translation>
    </message>
    <message>
        <source>%1% used</source>
        <translation>%1% utilizado</translation>
    </message>
</context>
<context>
    <name>ll::SizingModel</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Size MB</source>
        <translation>Tamaño MB</translation>
    </message>
    <message>
        <source>Max used MB</source>
        <translation>Máx. usado MB</translation>
    </message>
    <message>
        <source>p99 used MB</source>
        <translation>p99 usado MB</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
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
        <translation>p99 fact. ms</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>Invocaciones</translation>
    </message>
    <message>
        <source>GB-s/day</source>
        <translation>GB-s/día</translation>
    </message>
    <message>
        <source>Cost/day</source>
        <translation>Coste/día</translation>
    </message>
    <message>
        <source>Cost/1M</source>
        <translation>Coste/1 M</translation>
    </message>
    <message>
        <source>CPU-bound</source>
        <translation>Limit. CPU</translation>
    </message>
    <message>
        <source>Rec. MB</source>
        <translation>Recom. MB</translation>
    </message>
    <message>
        <source>Rec. cost/day</source>
        <translation>Coste recom./día</translation>
    </message>
    <message>
        <source>Saving/day</source>
        <translation>Ahorro/día</translation>
    </message>
    <message>
        <source>arm64/day (est.)</source>
        <translation>arm64/día (est.)</translation>
    </message>
</context>
<context>
    <name>ll::SizingReport</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Mem MB</source>
        <translation>Mem. MB</translation>
    </message>
    <message>
        <source>Max used</source>
        <translation>Máx. usado</translation>
    </message>
    <message>
        <source>p99 used</source>
        <translation>p99 usado</translation>
    </message>
    <message>
        <source>Util</source>
        <translation>Uso</translation>
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
        <translation>Invocaciones</translation>
    </message>
    <message>
        <source>Cost/day</source>
        <translation>Coste/día</translation>
    </message>
    <message>
        <source>CPU-bound</source>
        <translation>Limit. CPU</translation>
    </message>
    <message>
        <source>Rec. MB</source>
        <translation>Recom. MB</translation>
    </message>
    <message>
        <source>Rec. cost/day</source>
        <translation>Coste recom./día</translation>
    </message>
    <message>
        <source>Saving/day</source>
        <translation>Ahorro/día</translation>
    </message>
    <message>
        <source>Prices: %1 %2, $%3 per GB-s, $%4 per million requests; headroom %5%.</source>
        <translation>Precios: %1 %2, $%3 por GB-s, $%4 por millón de solicitudes; margen %5%.</translation>
    </message>
    <message>
        <source>* estimate: the duration at that size was not measured.</source>
        <translation>* estimación: no se midió la duración con ese tamaño.</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>CPU: %1</translation>
    </message>
    <message>
        <source>arm64 estimate: %1/day (same durations assumed).</source>
        <translation>Estimación arm64: %1/día (suponiendo las mismas duraciones).</translation>
    </message>
    <message>
        <source>Measured sizes (MB: invocations, p50/p99 ms, p99 billed ms, cost per 1M):</source>
        <translation>Tamaños medidos (MB: invocaciones, p50/p99 ms, p99 ms facturados, coste por 1 M):</translation>
    </message>
    <message>
        <source>No rule triggered.</source>
        <translation>Ninguna regla activada.</translation>
    </message>
    <message>
        <source>evidence: %1 invocation(s), %2 .. %3</source>
        <translation>evidencias: %1 invocación(es), %2 .. %3</translation>
    </message>
    <message>
        <source>requests: %1</source>
        <translation>solicitudes: %1</translation>
    </message>
</context>
<context>
    <name>ll::SizingView</name>
    <message>
        <source>Headroom over p99 used:</source>
        <translation>Margen sobre p99 usado:</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>Arquitectura:</translation>
    </message>
    <message>
        <source>%1 list prices: $%2 per GB-s, $%3 per 1M requests</source>
        <translation>Precios de lista de %1: $%2 por GB-s, $%3 por 1 M de solicitudes</translation>
    </message>
    <message>
        <source>Sizing functions</source>
        <translation>Dimensionando funciones</translation>
    </message>
    <message>
        <source>Select a function to see why.</source>
        <translation>Seleccione una función para ver el motivo.</translation>
    </message>
    <message>
        <source>No functions loaded.</source>
        <translation>No hay funciones cargadas.</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>CPU: %1</translation>
    </message>
    <message>
        <source>%1 MB: p50 %2 ms, p99 %3 ms, $%4 per 1M (%5 runs)</source>
        <translation>%1 MB: p50 %2 ms, p99 %3 ms, $%4 por 1 M (%5 ejecuciones)</translation>
    </message>
    <message>
        <source>Measured: %1</source>
        <translation>Medido: %1</translation>
    </message>
    <message>
        <source>arm64 estimate (same durations): $%1 per day; * = estimate</source>
        <translation>Estimación arm64 (mismas duraciones): $%1 por día; * = estimación</translation>
    </message>
    <message>
        <source>Export Comparison as CSV…</source>
        <translation>Exportar comparación como CSV…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Export sizing comparison as CSV</source>
        <translation>Exportar la comparación de dimensionamiento como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
</context>
<context>
    <name>ll::TextMatcher</name>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>Expresión regular no válida: %1</translation>
    </message>
</context>
<context>
    <name>ll::TimelineView</name>
    <message>
        <source>Sort by name</source>
        <translation>Ordenar por nombre</translation>
    </message>
    <message>
        <source>Sort by failures</source>
        <translation>Ordenar por fallos</translation>
    </message>
    <message>
        <source>Sort by invocations</source>
        <translation>Ordenar por invocaciones</translation>
    </message>
    <message>
        <source>Sort by cold-start rate</source>
        <translation>Ordenar por tasa de arranques en frío</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>Ajustar a la vista</translation>
    </message>
    <message>
        <source>No invocations loaded</source>
        <translation>No hay invocaciones cargadas</translation>
    </message>
    <message numerus="yes">
        <source>%n invocation(s)</source>
        <translation>
            <numerusform>%n invocación</numerusform>
            <numerusform>%n invocaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cold start(s)</source>
        <translation>
            <numerusform>%n arranque en frío</numerusform>
            <numerusform>%n arranques en frío</numerusform>
        </translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>sin memoria</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>caída</translation>
    </message>
    <message>
        <source>incomplete (no REPORT)</source>
        <translation>incompleta (sin REPORT)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Solicitud: %1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Duration: %1, billed %2</source>
        <translation>Duración: %1, facturado %2</translation>
    </message>
    <message>
        <source>Memory: %1 of %2 MB used</source>
        <translation>Memoria: %1 de %2 MB utilizados</translation>
    </message>
    <message>
        <source>Cold start: init %1</source>
        <translation>Arranque en frío: init %1</translation>
    </message>
    <message>
        <source>Cold start: SnapStart restore %1</source>
        <translation>Arranque en frío: restauración SnapStart %1</translation>
    </message>
    <message>
        <source>Retry: first attempt at %1</source>
        <translation>Reintento: primer intento a las %1</translation>
    </message>
    <message>
        <source>Show only selected functions</source>
        <translation>Mostrar solo las funciones seleccionadas</translation>
    </message>
</context>
<context>
    <name>ll::Webhook</name>
    <message>
        <source>The webhook address must be an http or https URL.</source>
        <translation>La dirección del webhook debe ser una URL http o https.</translation>
    </message>
    <message>
        <source>Could not start the HTTP client.</source>
        <translation>No se pudo iniciar el cliente HTTP.</translation>
    </message>
    <message>
        <source>The webhook could not be reached: %1</source>
        <translation>No se pudo contactar con el webhook: %1</translation>
    </message>
    <message>
        <source>The webhook answered HTTP %1.</source>
        <translation>El webhook respondió HTTP %1.</translation>
    </message>
</context>
<context>
    <name>ll::aws::AwsConfig</name>
    <message>
        <source>profile %1: source_profile chain loops (%2)</source>
        <translation>perfil %1: la cadena de source_profile forma un bucle (%2)</translation>
    </message>
    <message>
        <source>profile %1 needs SSO/role assumption (role_arn %2), not supported yet: %3</source>
        <translation>el perfil %1 requiere SSO/asunción de rol (role_arn %2), aún no compatible: %3</translation>
    </message>
    <message>
        <source>profile %1 needs SSO/role assumption (web identity), not supported yet: %2</source>
        <translation>el perfil %1 requiere SSO/asunción de rol (identidad web), aún no compatible: %2</translation>
    </message>
    <message>
        <source>profile %1 needs SSO/role assumption (IAM Identity Center), not supported yet: %2</source>
        <translation>el perfil %1 requiere SSO/asunción de rol (IAM Identity Center), aún no compatible: %2</translation>
    </message>
    <message>
        <source>profile %1 in %2 has only one of aws_access_key_id / aws_secret_access_key</source>
        <translation>el perfil %1 en %2 solo tiene uno de aws_access_key_id / aws_secret_access_key</translation>
    </message>
    <message>
        <source>profile %1 (%2)</source>
        <translation>perfil %1 (%2)</translation>
    </message>
    <message>
        <source>profile %1 names source_profile %2, which is in neither %3 nor %4</source>
        <translation>el perfil %1 indica source_profile %2, que no está ni en %3 ni en %4</translation>
    </message>
    <message>
        <source>profile %1 has no aws_access_key_id/aws_secret_access_key or credential_process</source>
        <translation>el perfil %1 no tiene aws_access_key_id/aws_secret_access_key ni credential_process</translation>
    </message>
    <message>
        <source>only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set</source>
        <translation>solo está definida una de AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>entorno</translation>
    </message>
    <message>
        <source>AWS_ROLE_ARN with AWS_WEB_IDENTITY_TOKEN_FILE needs SSO/role assumption, not supported yet: export AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN instead</source>
        <translation>AWS_ROLE_ARN con AWS_WEB_IDENTITY_TOKEN_FILE requiere SSO/asunción de rol, aún no compatible: exporte en su lugar AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN</translation>
    </message>
    <message>
        <source>the profile %1 is in neither %2 nor %3</source>
        <translation>el perfil %1 no está ni en %2 ni en %3</translation>
    </message>
    <message>
        <source>set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or a [default] profile in %1 or %2 (container and instance-metadata credentials are not supported)</source>
        <translation>defina AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE o un perfil [default] en %1 o %2 (no se admiten credenciales de contenedor ni de metadatos de instancia)</translation>
    </message>
    <message>
        <source>no region for profile %1</source>
        <translation>no hay región para el perfil %1</translation>
    </message>
    <message>
        <source>invalid region name &apos;%1&apos;</source>
        <translation>nombre de región no válido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid endpoint URL &apos;%1&apos; (expected http:// or https://)</source>
        <translation>URL de endpoint no válida &apos;%1&apos; (se esperaba http:// o https://)</translation>
    </message>
    <message>
        <source>run `aws configure export-credentials --profile %1 --format process` as this profile&apos;s credential_process in another profile, or export the keys with `eval &quot;$(aws configure export-credentials --profile %1 --format env)&quot;`</source>
        <translation>use `aws configure export-credentials --profile %1 --format process` como credential_process de este perfil en otro perfil, o exporte las claves con `eval &quot;$(aws configure export-credentials --profile %1 --format env)&quot;`</translation>
    </message>
</context>
<context>
    <name>ll::aws::AwsController</name>
    <message>
        <source>Discovering log groups</source>
        <translation>Descubriendo grupos de registros</translation>
    </message>
    <message>
        <source>Syncing into the cache</source>
        <translation>Sincronizando en la caché</translation>
    </message>
    <message>
        <source>Estimating the Logs Insights scan</source>
        <translation>Estimando el análisis de Logs Insights</translation>
    </message>
    <message>
        <source>Running Logs Insights</source>
        <translation>Ejecutando Logs Insights</translation>
    </message>
    <message>
        <source>default credentials</source>
        <translation>credenciales predeterminadas</translation>
    </message>
    <message>
        <source>profile region</source>
        <translation>región del perfil</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>log group not found (no logs yet?)</source>
        <translation>grupo de registros no encontrado (¿aún no hay registros?)</translation>
    </message>
    <message>
        <source>%1: %2/%3 groups, %4 events (%5 new)</source>
        <translation>%1: %2/%3 grupos, %4 eventos (%5 nuevos)</translation>
    </message>
    <message>
        <source>%1: query %2/%3 done</source>
        <translation>%1: consulta %2/%3 terminada</translation>
    </message>
</context>
<context>
    <name>ll::aws::AwsError</name>
    <message>
        <source>No AWS credentials found</source>
        <translation>No se encontraron credenciales de AWS</translation>
    </message>
    <message>
        <source>Unknown AWS profile</source>
        <translation>Perfil de AWS desconocido</translation>
    </message>
    <message>
        <source>This AWS profile is not supported yet</source>
        <translation>Este perfil de AWS aún no es compatible</translation>
    </message>
    <message>
        <source>No AWS region configured: pass --region or set AWS_REGION</source>
        <translation>No hay ninguna región de AWS configurada: indique --region o defina AWS_REGION</translation>
    </message>
    <message>
        <source>The AWS session credentials have expired: refresh them and retry</source>
        <translation>Las credenciales de sesión de AWS han caducado: renuévelas y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>Access denied by AWS</source>
        <translation>AWS denegó el acceso</translation>
    </message>
    <message>
        <source>Access denied by AWS: the credentials lack the permission %1</source>
        <translation>AWS denegó el acceso: las credenciales no tienen el permiso %1</translation>
    </message>
    <message>
        <source>Not found (no logs yet?)</source>
        <translation>No encontrado (¿aún no hay registros?)</translation>
    </message>
    <message>
        <source>AWS kept throttling the requests; retries were exhausted</source>
        <translation>AWS siguió limitando las solicitudes; se agotaron los reintentos</translation>
    </message>
    <message>
        <source>Network error talking to AWS</source>
        <translation>Error de red al comunicarse con AWS</translation>
    </message>
    <message>
        <source>TLS error: the server certificate could not be verified</source>
        <translation>Error de TLS: no se pudo verificar el certificado del servidor</translation>
    </message>
    <message>
        <source>The request to AWS timed out</source>
        <translation>Se agotó el tiempo de espera de la solicitud a AWS</translation>
    </message>
    <message>
        <source>AWS returned a malformed or unexpected response</source>
        <translation>AWS devolvió una respuesta mal formada o inesperada</translation>
    </message>
    <message>
        <source>AWS reported a server error</source>
        <translation>AWS informó de un error del servidor</translation>
    </message>
    <message>
        <source>AWS rejected the request</source>
        <translation>AWS rechazó la solicitud</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>unexpected HTML page instead of an AWS response</source>
        <translation>página HTML inesperada en lugar de una respuesta de AWS</translation>
    </message>
    <message numerus="yes">
        <source>unexpected response body (%n bytes)</source>
        <translation>
            <numerusform>cuerpo de respuesta inesperado (%n byte)</numerusform>
            <numerusform>cuerpo de respuesta inesperado (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>the endpoint answered with a redirect (HTTP %1) to &apos;%2&apos;; it is not followed, so that credentials only go to the configured endpoint</source>
        <translation>el endpoint respondió con una redirección (HTTP %1) a &apos;%2&apos;; no se sigue, para que las credenciales solo vayan al endpoint configurado</translation>
    </message>
</context>
<context>
    <name>ll::aws::Credentials</name>
    <message>
        <source>the credentials from %1 expired at %2</source>
        <translation>las credenciales de %1 caducaron el %2</translation>
    </message>
    <message>
        <source>credential_process did not print a JSON object</source>
        <translation>credential_process no imprimió un objeto JSON</translation>
    </message>
    <message>
        <source>credential_process output must have &quot;Version&quot;: 1</source>
        <translation>la salida de credential_process debe contener &quot;Version&quot;: 1</translation>
    </message>
    <message>
        <source>credential_process output lacks AccessKeyId or SecretAccessKey</source>
        <translation>a la salida de credential_process le falta AccessKeyId o SecretAccessKey</translation>
    </message>
    <message>
        <source>credential_process printed an invalid Expiration: %1</source>
        <translation>credential_process imprimió un valor de Expiration no válido: %1</translation>
    </message>
    <message>
        <source>credential_process returned credentials that expired at %1</source>
        <translation>credential_process devolvió credenciales que caducaron el %1</translation>
    </message>
    <message>
        <source>credential_process (profile %1)</source>
        <translation>credential_process (perfil %1)</translation>
    </message>
    <message>
        <source>credential_process is empty or has an unterminated quote</source>
        <translation>credential_process está vacío o tiene una comilla sin cerrar</translation>
    </message>
    <message>
        <source>credential_process could not start %1: %2</source>
        <translation>credential_process no pudo iniciar %1: %2</translation>
    </message>
    <message>
        <source>credential_process %1 did not finish within %2 s</source>
        <translation>credential_process %1 no terminó en %2 s</translation>
    </message>
    <message>
        <source>credential_process %1 failed with exit code %2%3</source>
        <translation>credential_process %1 falló con el código de salida %2%3</translation>
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
        <translation>cancelado</translation>
    </message>
    <message>
        <source>libcurl initialisation failed</source>
        <translation>falló la inicialización de libcurl</translation>
    </message>
    <message>
        <source>response larger than %1 bytes</source>
        <translation>respuesta de más de %1 bytes</translation>
    </message>
</context>
<context>
    <name>ll::aws::Insights</name>
    <message>
        <source>GetQueryResults: body is not a JSON object</source>
        <translation>GetQueryResults: el cuerpo no es un objeto JSON</translation>
    </message>
    <message>
        <source>GetQueryResults: no status</source>
        <translation>GetQueryResults: sin estado</translation>
    </message>
    <message>
        <source>StartQuery: no queryId</source>
        <translation>StartQuery: sin queryId</translation>
    </message>
    <message>
        <source>the Logs Insights query did not finish within %1 s</source>
        <translation>la consulta de Logs Insights no terminó en %1 s</translation>
    </message>
    <message>
        <source>the Logs Insights query ended with status %1</source>
        <translation>la consulta de Logs Insights terminó con el estado %1</translation>
    </message>
</context>
<context>
    <name>ll::aws::LogSync</name>
    <message>
        <source>cannot open the cache %1: %2</source>
        <translation>no se puede abrir la caché %1: %2</translation>
    </message>
</context>
<context>
    <name>ll::aws::LogsClient</name>
    <message>
        <source>DescribeLogGroups: body is not a JSON object</source>
        <translation>DescribeLogGroups: el cuerpo no es un objeto JSON</translation>
    </message>
    <message>
        <source>DescribeLogGroups: logGroups is not an array</source>
        <translation>DescribeLogGroups: logGroups no es un array</translation>
    </message>
    <message>
        <source>FilterLogEvents: body is not a JSON object</source>
        <translation>FilterLogEvents: el cuerpo no es un objeto JSON</translation>
    </message>
    <message>
        <source>FilterLogEvents: events is not an array</source>
        <translation>FilterLogEvents: events no es un array</translation>
    </message>
    <message>
        <source>GetLogEvents: body is not a JSON object</source>
        <translation>GetLogEvents: el cuerpo no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>ll::aws::Metrics</name>
    <message>
        <source>GetMetricData: body is not a JSON object</source>
        <translation>GetMetricData: el cuerpo no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>ll::aws::ProfileCatalog</name>
    <message>
        <source>SSO / role assumption</source>
        <translation>SSO / asunción de rol</translation>
    </message>
    <message>
        <source>credential_process</source>
        <translation>credential_process</translation>
    </message>
    <message>
        <source>access keys</source>
        <translation>claves de acceso</translation>
    </message>
    <message>
        <source>no credentials</source>
        <translation>sin credenciales</translation>
    </message>
</context>
<context>
    <name>ll::aws::Scheduler</name>
    <message>
        <source>no credentials</source>
        <translation>sin credenciales</translation>
    </message>
</context>
<context>
    <name>ll::cli::aws</name>
    <message>
        <source>AWS profile (repeatable). Default: AWS_PROFILE or default.</source>
        <translation>Perfil de AWS (repetible). Predeterminado: AWS_PROFILE o default.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>AWS region (repeatable). Default: AWS_REGION or the profile&apos;s region.</source>
        <translation>Región de AWS (repetible). Predeterminado: AWS_REGION o la región del perfil.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>Send requests to this endpoint instead (local emulators).</source>
        <translation>Enviar las solicitudes a este endpoint en su lugar (emuladores locales).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Time window ending now, e.g. 30m, 6h, 2d.</source>
        <translation>Ventana de tiempo que termina ahora, p. ej. 30m, 6h, 2d.</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>Window start (ISO 8601 or epoch).</source>
        <translation>Inicio de la ventana (ISO 8601 o epoch).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>momento</translation>
    </message>
    <message>
        <source>Window end (ISO 8601 or epoch). Default: now.</source>
        <translation>Fin de la ventana (ISO 8601 o epoch). Predeterminado: ahora.</translation>
    </message>
    <message>
        <source>Use either --since or --start/--end, not both.</source>
        <translation>Use --since o --start/--end, no ambos.</translation>
    </message>
    <message>
        <source>Invalid --end time: %1</source>
        <translation>Hora de --end no válida: %1</translation>
    </message>
    <message>
        <source>Invalid --start time: %1</source>
        <translation>Hora de --start no válida: %1</translation>
    </message>
    <message>
        <source>Invalid --since duration: %1 (examples: 30m, 6h, 2d)</source>
        <translation>Duración de --since no válida: %1 (ejemplos: 30m, 6h, 2d)</translation>
    </message>
    <message>
        <source>The window end must be after its start.</source>
        <translation>El fin de la ventana debe ser posterior a su inicio.</translation>
    </message>
</context>
<context>
    <name>ll::cli::cache</name>
    <message>
        <source>Inspect or clear the local CloudWatch cache (LAMBDALENS_CACHE_DIR overrides its folder).</source>
        <translation>Inspeccionar o vaciar la caché local de CloudWatch (LAMBDALENS_CACHE_DIR cambia su carpeta).</translation>
    </message>
    <message>
        <source>Show location, size and per-group coverage (default).</source>
        <translation>Mostrar ubicación, tamaño y cobertura por grupo (predeterminado).</translation>
    </message>
    <message>
        <source>Delete every cached event and checkpoint.</source>
        <translation>Borrar todos los eventos y puntos de control en caché.</translation>
    </message>
    <message>
        <source>Evict the oldest hours until the cache is at most this many MB.</source>
        <translation>Desalojar las horas más antiguas hasta que la caché ocupe como mucho estos MB.</translation>
    </message>
    <message>
        <source>mb</source>
        <translation>mb</translation>
    </message>
    <message>
        <source>Could not delete the cache files at %1</source>
        <translation>No se pudieron borrar los archivos de caché en %1</translation>
    </message>
    <message>
        <source>Cache cleared: %1</source>
        <translation>Caché vaciada: %1</translation>
    </message>
    <message>
        <source>Cache: %1 (empty; run `lambdalens sync` first)</source>
        <translation>Caché: %1 (vacía; ejecute antes `lambdalens sync`)</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>No se puede abrir la caché %1: %2</translation>
    </message>
    <message>
        <source>Invalid --max-size.</source>
        <translation>--max-size no válido.</translation>
    </message>
    <message>
        <source>Evicted %1 events.</source>
        <translation>%1 eventos desalojados.</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Caché: %1</translation>
    </message>
    <message>
        <source>Size on disk: %1; %2 events, %3 of messages</source>
        <translation>Tamaño en disco: %1; %2 eventos, %3 de mensajes</translation>
    </message>
</context>
<context>
    <name>ll::cli::insights</name>
    <message>
        <source>Summarise Lambda functions server-side with CloudWatch Logs Insights: invocations, failures, cold starts, duration percentiles and memory per function and time bin. Logs Insights is billed per GB scanned; the estimate is printed first.</source>
        <translation>Resumir funciones Lambda en el servidor con CloudWatch Logs Insights: invocaciones, fallos, arranques en frío, percentiles de duración y memoria por función e intervalo. Logs Insights se factura por GB analizado; primero se imprime la estimación.</translation>
    </message>
    <message>
        <source>Log group (repeatable). Default: every /aws/lambda/ group.</source>
        <translation>Grupo de registros (repetible). Predeterminado: todos los grupos /aws/lambda/.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Time bin, e.g. 5m or 1h; 0 for one row per function (default 5m).</source>
        <translation>Intervalo de tiempo, p. ej. 5m o 1h; 0 para una fila por función (predeterminado 5m).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>Queries running at once (default 4).</source>
        <translation>Consultas simultáneas (predeterminado 4).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Only print the scan estimate.</source>
        <translation>Imprimir solo la estimación del análisis.</translation>
    </message>
    <message>
        <source>Refuse to run when the estimate exceeds this many USD (default 1).</source>
        <translation>No ejecutar si la estimación supera estos USD (predeterminado 1).</translation>
    </message>
    <message>
        <source>usd</source>
        <translation>usd</translation>
    </message>
    <message>
        <source>Also fetch the AWS/Lambda CloudWatch metrics (GetMetricData).</source>
        <translation>Obtener también las métricas de CloudWatch AWS/Lambda (GetMetricData).</translation>
    </message>
    <message>
        <source>Invalid --bin (at least 1m).</source>
        <translation>--bin no válido (al menos 1m).</translation>
    </message>
    <message>
        <source>Invalid --max-cost.</source>
        <translation>--max-cost no válido.</translation>
    </message>
    <message>
        <source>insights: %1</source>
        <translation>insights: %1</translation>
    </message>
    <message>
        <source>  %1: no logs yet (log group not found)</source>
        <translation>  %1: aún sin registros (grupo de registros no encontrado)</translation>
    </message>
    <message>
        <source>No Lambda log groups in %1.</source>
        <translation>No hay grupos de registros de Lambda en %1.</translation>
    </message>
    <message>
        <source>Logs Insights over %1 log groups (%2 queries), %3 .. %4: about %5 to scan (of %6 stored), estimated cost $%7 at $%8/GB</source>
        <translation>Logs Insights sobre %1 grupos de registros (%2 consultas), %3 .. %4: unos %5 por analizar (de %6 almacenados), coste estimado $%7 a $%8/GB</translation>
    </message>
    <message>
        <source>The estimate exceeds --max-cost %1 USD; narrow the window or raise --max-cost.</source>
        <translation>La estimación supera --max-cost %1 USD; reduzca la ventana o aumente --max-cost.</translation>
    </message>
    <message>
        <source>  query %1/%2 done</source>
        <translation>  consulta %1/%2 terminada</translation>
    </message>
    <message>
        <source>function</source>
        <translation>función</translation>
    </message>
    <message>
        <source>bin</source>
        <translation>intervalo</translation>
    </message>
    <message>
        <source>invocations</source>
        <translation>invocaciones</translation>
    </message>
    <message>
        <source>failures</source>
        <translation>fallos</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>en frío</translation>
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
        <translation>memoria máx. MB / tamaño MB</translation>
    </message>
    <message>
        <source>Scanned %1 in %2 records (%3 queries).</source>
        <translation>Analizados %1 en %2 registros (%3 consultas).</translation>
    </message>
    <message>
        <source>Warning: a query returned the 10,000-row maximum; use a larger --bin.</source>
        <translation>Aviso: una consulta devolvió el máximo de 10.000 filas; use un --bin mayor.</translation>
    </message>
    <message>
        <source>insights: %1 of %2 queries failed: %3</source>
        <translation>insights: fallaron %1 de %2 consultas: %3</translation>
    </message>
    <message>
        <source>metrics: %1</source>
        <translation>métricas: %1</translation>
    </message>
</context>
<context>
    <name>ll::cli::sync</name>
    <message>
        <source>Fetch Lambda log events from CloudWatch Logs into the local cache. Later runs fetch only what is new.</source>
        <translation>Descargar eventos de registro de Lambda de CloudWatch Logs a la caché local. Las ejecuciones posteriores solo traen lo nuevo.</translation>
    </message>
    <message>
        <source>Log group to sync (repeatable). Default: every /aws/lambda/ group.</source>
        <translation>Grupo de registros a sincronizar (repetible). Predeterminado: todos los grupos /aws/lambda/.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>FilterLogEvents requests per second per account+region (default 5).</source>
        <translation>Solicitudes FilterLogEvents por segundo por cuenta+región (predeterminado 5).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Groups fetched in parallel (default 4).</source>
        <translation>Grupos descargados en paralelo (predeterminado 4).</translation>
    </message>
    <message>
        <source>Evict the oldest cached hours above this size in MB.</source>
        <translation>Desalojar las horas en caché más antiguas por encima de este tamaño en MB.</translation>
    </message>
    <message>
        <source>mb</source>
        <translation>mb</translation>
    </message>
    <message>
        <source>Invalid --rate.</source>
        <translation>--rate no válido.</translation>
    </message>
    <message>
        <source>Invalid --workers (1-16).</source>
        <translation>--workers no válido (1-16).</translation>
    </message>
    <message>
        <source>sync %1%2: %3</source>
        <translation>sync %1%2: %3</translation>
    </message>
    <message>
        <source>Syncing %1 in %2 (%3) into %4</source>
        <translation>Sincronizando %1 en %2 (%3) en %4</translation>
    </message>
    <message>
        <source>  [%1/%2 groups] %3 events fetched, %4 new</source>
        <translation>  [%1/%2 grupos] %3 eventos descargados, %4 nuevos</translation>
    </message>
    <message>
        <source>sync %1 %2: %3</source>
        <translation>sync %1 %2: %3</translation>
    </message>
    <message>
        <source>  %1: no logs yet (log group not found)</source>
        <translation>  %1: aún sin registros (grupo de registros no encontrado)</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3 groups, %4 events fetched, %5 new, %6 failed; %7 requests (%8/s), %9 throttled, %10 retries, %11 received</source>
        <translation>%1 %2: %3 grupos, %4 eventos descargados, %5 nuevos, %6 fallidos; %7 solicitudes (%8/s), %9 limitadas, %10 reintentos, %11 recibidos</translation>
    </message>
    <message>
        <source>Evicted %1 old events to stay under the cache size limit.</source>
        <translation>Se desalojaron %1 eventos antiguos para no superar el límite de la caché.</translation>
    </message>
    <message>
        <source>Interrupted: what was fetched is saved; run sync again to continue.</source>
        <translation>Interrumpido: lo descargado está guardado; ejecute sync de nuevo para continuar.</translation>
    </message>
</context>
<context>
    <name>ll::displaySafe</name>
    <message numerus="yes">
        <source>… (%n more bytes)</source>
        <translation>
            <numerusform>… (%n byte más)</numerusform>
            <numerusform>… (%n bytes más)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… (%n more characters)</source>
        <translation>
            <numerusform>… (%n carácter más)</numerusform>
            <numerusform>… (%n caracteres más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commands (run &apos;lambdalens COMMAND --help&apos; for each):
</source>
        <translation>Comandos (ejecute &apos;lambdalens COMMAND --help&apos; para cada uno):
</translation>
    </message>
    <message>
        <source>lambdalens: unknown command &apos;%1&apos;.</source>
        <translation>lambdalens: comando desconocido &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Lambdalens: rebuild and explore AWS Lambda invocations from CloudWatch logs.
With no arguments the window opens on the demo fleet.

</source>
        <translation>Lambdalens: reconstruye y explora invocaciones de AWS Lambda a partir de registros de CloudWatch.
Sin argumentos, la ventana se abre con la flota de demostración.

</translation>
    </message>
    <message>
        <source>Open the embedded demo fleet.</source>
        <translation>Abrir la flota de demostración integrada.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Renderizar la ventana en un archivo PNG y salir.</translation>
    </message>
    <message>
        <source>Select before a screenshot: function=NAME, request=ID or view=NAME.</source>
        <translation>Seleccionar antes de una captura de pantalla: function=NAME, request=ID o view=NAME.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1600x1000.</source>
        <translation>Tamaño de la ventana para --screenshot, p. ej. 1600x1000.</translation>
    </message>
    <message>
        <source>User interface language (de, es, en).</source>
        <translation>Idioma de la interfaz de usuario (de, es, en).</translation>
    </message>
    <message>
        <source>Log exports, plain logs or folders to open.</source>
        <translation>Exportaciones de registros, registros de texto o carpetas que abrir.</translation>
    </message>
    <message>
        <source>lambdalens: loading did not finish in time</source>
        <translation>lambdalens: la carga no terminó a tiempo</translation>
    </message>
    <message>
        <source>lambdalens: cannot write %1</source>
        <translation>lambdalens: no se puede escribir %1</translation>
    </message>
    <message>
        <source>Colour palette instead of the system&apos;s: dark or light.</source>
        <translation>Paleta de colores en lugar de la del sistema: oscura o clara.</translation>
    </message>
    <message>
        <source>Open the local CloudWatch cache (what lambdalens sync stored).</source>
        <translation>Abrir la caché local de CloudWatch (lo que guardó lambdalens sync).</translation>
    </message>
</context>
</TS>
