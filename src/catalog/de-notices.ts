import type { NoticeCatalog, NoticeChrome } from "./notice-types.js";

/** German wording for the kinds without a dedicated component (see en-notices.ts). */
export const deNotices: NoticeCatalog = {
  unauthorized: {
    default: {
      title: "Authentifizierung fehlgeschlagen",
      body: "Deine Zugangsdaten wurden nicht akzeptiert. Prüfe deinen API-Schlüssel und melde dich erneut an.",
      actions: ["signIn", "openApiKeys", "retry"],
    },
    alumia: {
      title: "Dein API-Schlüssel wurde nicht akzeptiert",
      body: "Jeder API-Aufruf liefert 401.",
      why: "Entweder fehlt der Header `Authorization: Bearer <key>`, der Schlüssel wurde widerrufen oder der Header `X-Alumia-Org: <orgSlug>` wurde nicht mitgeschickt.",
      steps: [
        "Prüfe unter Einstellungen → API-Schlüssel, dass der Schlüssel nicht widerrufen ist",
        "Sende erneut mit beiden Headern: `Authorization: Bearer <key>` und `X-Alumia-Org: <orgSlug>`",
        "Wurde der Schlüssel rotiert, erzeuge ihn neu und ersetze ihn in deiner Umgebung — Schlüssel werden nur einmal bei der Erstellung angezeigt",
      ],
      actions: ["openApiKeys", "regenerateKey", "retry"],
    },
    agi: {
      title: "Dein API-Schlüssel wurde nicht akzeptiert",
      body: "Die Authentifizierung schlägt fehl.",
      steps: ["Der API-Schlüssel ist korrekt und aktiv", "Das Bearer-Token-Format wird verwendet: `Authorization: Bearer {key}`"],
      stepsKind: "check",
      actions: ["openApiKeys", "retry"],
    },
    "session-expired": {
      title: "Deine Sitzung ist abgelaufen",
      body: "Du wurdest abgemeldet. Melde dich erneut an und versuche es dann noch einmal.",
      actions: ["signIn", "retry"],
    },
  },
  forbidden: {
    default: {
      title: "Zugriff verweigert",
      body: "Dafür fehlt dir die Berechtigung. Bitte einen Admin um Zugriff.",
      actions: ["openPolicies", "contactSupport"],
    },
    policy: {
      title: "Der Agent darf dieses Tool nicht verwenden",
      body: "Der Agent wollte ein Tool aufrufen, wurde aber abgewiesen.",
      why: "Keine Richtlinie erlaubt dem Agenten dieses Tool und diese Methode (die Plattform verweigert standardmäßig), die Fähigkeiten des Tools umfassen die Methode der Anfrage nicht oder eine Deny-Regel hat Vorrang vor einer Allow-Regel.",
      steps: [
        "Sieh unter „Freigaben“ nach, ob eine offene Anfrage für diesen Agenten und dieses Tool existiert",
        "Prüfe die an den Agenten gebundenen Richtlinien, in seinen Deploy-Einstellungen oder über die Policy-APIs: Mindestens ein `PolicyBinding` zielt auf seinen `ServiceAccount`, mit einer Allow- oder `approval_required`-Regel für dieses Tool und diese Methode",
        "Prüfe die Fähigkeiten des Tools, um sicherzugehen, dass die angefragte Operation erlaubt ist",
        "Prüfe die Rangfolge der Regeln: Deny hat Vorrang vor `approval_required` und Allow",
      ],
      stepsKind: "check",
      actions: ["openApprovals", "openPolicies", "openToolDetails"],
    },
  },
  "not-found": {
    default: {
      title: "Nicht gefunden",
      body: "Das Angefragte existiert nicht oder ist für dich nicht sichtbar.",
      actions: ["refresh"],
    },
    session: {
      title: "Sitzung nicht gefunden",
      body: "Die Sitzung wurde vielleicht gelöscht oder ist abgelaufen, oder die ID ist falsch.",
      steps: ["Die Sitzung wurde erfolgreich erstellt", "Die Sitzung existiert noch (sie wurde nicht gelöscht)", "Die Sitzungs-ID in der Anfrage stimmt"],
      stepsKind: "check",
      actions: ["checkStatus", "refresh"],
    },
    share: {
      title: "Geteilter Link nicht gefunden",
      body: "Dieser geteilte Canvas-Link liefert 404.",
      why: "Das Teilen wurde im Projekt deaktiviert, das Projekt wurde gelöscht oder das Token in der URL ist falsch.",
      steps: ["Aktiviere das Teilen auf der Seite des Projekts im Lab wieder: Das System erzeugt ein neues Token", "Teile die neue URL"],
      actions: ["reEnableSharing"],
    },
    model: {
      title: "Modell nicht gefunden",
      body: "Der Agent hat ein Modell angefragt, das auf der Plattform nicht registriert ist.",
      steps: [
        "Öffne „Modelle“ in der Konsole",
        "Prüfe, dass der Modellname des Agenten (z. B. gpt-4o, claude-3-opus) in der Modellliste eines registrierten Anbieters steht",
        "Die Modell-ID muss exakt passen — achte auf Tippfehler und Versionsunterschiede",
        "Gibt es den Modellanbieter nicht, lege ihn mit dem richtigen Anbietertyp und der richtigen Modellliste an",
      ],
      actions: ["openModels"],
    },
    archived: {
      title: "Sitzung fehlt im Dashboard",
      body: "Aktive, abgeschlossene und archivierte Sitzungen bleiben aus Credit- und Audit-Gründen erhalten; nur Entwürfe können gelöscht werden.",
      why: "Wenn du die Sitzung archiviert hast, blendet der Standardfilter des Dashboards sie aus.",
      steps: ["Stell den Dashboard-Filter auf „Archiviert“, um sie zu finden"],
      actions: ["switchToArchived"],
    },
  },
  timeout: {
    default: {
      title: "Zeitüberschreitung bei der Anfrage",
      body: "Der Server hat zu lange für die Antwort gebraucht. Versuche es gleich noch einmal.",
      actions: ["retry"],
    },
    connection: {
      title: "Zeitüberschreitung der Verbindung",
      body: "Anfragen laufen in eine Zeitüberschreitung, bevor sie fertig sind.",
      why: "Die Verbindung hat zu lange gedauert oder Anfragen werden durch ein Ratenlimit gebremst.",
      steps: ["Versuche es mit einem längeren Client-Timeout erneut", "Sende weniger Anfragen gleichzeitig", "Prüfe den API-Status auf Störungen"],
      actions: ["retry", "checkApiStatus"],
    },
  },
  "upstream-unavailable": {
    default: {
      title: "Dienst vorübergehend nicht verfügbar",
      body: "Der Dienst ist gerade überlastet oder kurz nicht erreichbar. Versuche es gleich noch einmal.",
      actions: ["retry", "checkApiStatus"],
    },
    provider: {
      title: "Der Modellanbieter ist nicht erreichbar",
      body: "Der API-Endpunkt des LLM-Anbieters antwortet nicht.",
      steps: [
        "Der Anbieter hat vielleicht eine Störung — prüfe seine Statusseite",
        "Die URL des Anbieters in der Konfiguration des Modellanbieters ist vielleicht falsch",
        "Es gibt vielleicht Netzwerkprobleme zwischen Plattform und Anbieter",
      ],
      stepsKind: "check",
      actions: ["retry", "openModels"],
    },
    server: {
      title: "Beim Dienst ist ein Fehler aufgetreten",
      body: "Auf der Seite des Dienstes ist etwas schiefgelaufen, nicht bei dem, was du gesendet hast. Das ist meist schnell vorbei: Versuche es gleich noch einmal.",
      actions: ["retry", "checkApiStatus"],
    },
  },
  network: {
    default: {
      title: "Server nicht erreichbar",
      body: "Prüfe deine Internetverbindung und versuche es dann noch einmal.",
      actions: ["retry"],
    },
  },
  "invalid-request": {
    default: {
      title: "Die Anfrage wurde abgelehnt",
      body: "Etwas an der Anfrage ist ungültig. Prüfe, was gesendet wurde, und versuche es erneut.",
      actions: ["retry", "openDocs"],
    },
    "session-create": {
      title: "Die Sitzung konnte nicht erstellt werden",
      body: "Die Plattform hat die Anfrage zum Starten abgelehnt.",
      steps: ["Der API-Schlüssel ist korrekt und aktiv", "Es greift kein Ratenlimit", "Der Agent-Name stimmt"],
      stepsKind: "check",
      actions: ["retry", "openApiKeys"],
    },
    "too-large": {
      title: "Die Anfrage ist zu groß",
      body: "Das Gesendete ist größer, als der Dienst annimmt. Kürze die Eingabe oder hänge weniger oder kleinere Dateien an und sende es dann erneut.",
      actions: ["editMessage", "openDocs"],
    },
  },
  "run-stuck": {
    default: {
      title: "Das dauert länger als erwartet",
      body: "Der Lauf steht schon lange im selben Zustand.",
      actions: ["checkStatus", "cancel"],
    },
    running: {
      title: "Die Sitzung hängt im Status „running“",
      body: "Öffne die Sitzung und brich sie ab — nicht verbrauchte Credits gehen sofort auf dein Guthaben zurück.",
      why: "Sitzungen haben außerdem eine feste Zeitobergrenze: Läuft eine darüber hinaus, wird sie automatisch als fehlgeschlagen beendet und ihre Credits werden verrechnet.",
      actions: ["cancel"],
    },
    "agent-running": {
      title: "Der Agent schließt seine Aufgabe nicht ab",
      body: "Der Status des Agenten steht schon lange auf „running“.",
      why: "Der Agent braucht vielleicht eine Eingabe, die Aufgabe ist zu komplex oder die genutzte Website hat Probleme.",
      steps: ["Prüfe den Sitzungsstatus", "Sende eine einfache Nachricht („Antworte mit ‚OK‘“), um den Nachrichtenfluss zu testen", "Formuliere die Anweisungen klar und konkret"],
      actions: ["checkStatus", "cancel"],
    },
    initializing: {
      title: "Die Sitzung hängt beim Initialisieren",
      body: "Der Sitzungsstatus steht zu lange auf „initializing“.",
      steps: ["Prüfe den Status der Sitzung", "Wird sie nicht bereit, brich sie ab und erstelle eine neue"],
      actions: ["checkStatus", "retry", "cancel"],
    },
    pending: {
      title: "Der Agent hängt im Status „Pending“",
      body: "Der Agent wurde erstellt, ist aber nicht auf „Running“ gewechselt.",
      why: "Das Ereignisprotokoll ist die verlässlichste Quelle: Die meisten Ursachen hinterlassen dort eine aussagekräftige Fehlermeldung.",
      steps: [
        "Agent-Image nicht zugänglich — prüfe bei eigenem Agent-Code den Build-Status unter Agenten → dein Agent → Übersicht",
        "Benötigte Tools fehlen — jedes Tool in requiredTools muss registriert sein",
        "Benötigter Modellanbieter fehlt — prüfe die Seite „Modelle“",
        "Sieh im Ereignisprotokoll des Agenten nach konkreten Fehlermeldungen",
      ],
      stepsKind: "check",
      actions: ["viewEventLog", "viewBuildLogs", "openModels"],
    },
  },
  "run-failed": {
    default: {
      title: "Der Lauf ist unerwartet fehlgeschlagen",
      body: "Sieh im Ereignisprotokoll des Laufs nach ERROR-Ereignissen: Sie zeigen, was schiefgelaufen ist.",
      steps: ["Öffne Agenten → dein Agent → Läufe → Lauf auswählen → Ereignisverlauf, oder `curl https://your-platform/runs/{run_id}/events`", "Suche nach ERROR-Ereignissen"],
      actions: ["viewEventLog", "rerun", "contactSupport"],
    },
    "max-turns": {
      title: "Der Agent hat vor dem Ende aufgehört",
      body: "Er hat alle Schritte verbraucht, die ihm in einem Lauf erlaubt sind. Setze den Lauf fort, damit er weitermacht, oder starte mit einer enger gefassten Anfrage neu.",
      actions: ["continue", "rerun"],
    },
  },
  "incomplete-response": {
    default: {
      title: "Die Antwort ist unvollständig",
      body: "Die Antwort brach ab, bevor sie fertig war. Setze sie fort, um den Rest zu bekommen.",
      actions: ["continue", "retry"],
    },
    "mid-stream": {
      title: "Die Antwort brach mitten im Stream ab",
      body: "Meist ein kurzer Aussetzer beim Modellanbieter. Setze die Sitzung fort: Die nächste Runde liefert frische Antworten und behandelt die unvollständige als eine Eingabe unter vielen.",
      steps: ["Setze die Sitzung fort", "Passiert es wieder, brich ab und starte mit derselben Konfiguration neu"],
      actions: ["continue", "rerun", "cancel"],
    },
    results: {
      title: "Die Ergebnisse sind unvollständig",
      body: "Der Agent ist fertig, hat aber nicht alle Daten geliefert.",
      steps: ["Lege das Ausgabeformat in den Anweisungen fest", "Stelle sicher, dass Sonderfälle abgedeckt sind", "Fordere den fehlenden Teil in einer Folgenachricht an"],
      actions: ["continue", "retry"],
    },
  },
  "stream-error": {
    default: {
      title: "Der Antwort-Stream ist abgebrochen",
      body: "Der Ereignis-Stream konnte nicht gelesen werden. Lade neu, um die Verbindung wiederherzustellen.",
      actions: ["refresh", "retry"],
    },
    sse: {
      title: "Der Ereignis-Stream ließ sich nicht lesen",
      body: "Der Server-Sent-Events-Stream konnte nicht geparst werden.",
      steps: [
        "Trenne den Stream an Leerzeilen; jedes Ereignis ist eine Gruppe von Feldzeilen",
        "Verbinde die Zeilen eines mehrzeiligen data-Felds mit Zeilenumbrüchen, bevor du das JSON parst",
        "Ignoriere Kommentarzeilen, die mit „:“ beginnen (Keep-alives)",
      ],
      actions: ["retry", "viewExamples"],
    },
    "no-messages": {
      title: "Deine Nachrichten erscheinen nicht",
      body: "Nachrichten wurden gesendet, aber es kommen keine Antworten an.",
      steps: ["Prüfe, ob die Sitzung „ready“ oder „running“ ist", "Sende ein einfaches „Hallo“, um den Nachrichtenfluss zu testen", "Verbinde dich neu mit dem Ereignis-Stream"],
      stepsKind: "check",
      actions: ["checkStatus", "refresh"],
    },
  },
  "output-invalid": {
    default: {
      title: "Die Ausgabe ist nicht verwendbar",
      body: "Die Antwort des Agenten hatte nicht die erwartete Form.",
      actions: ["retry"],
    },
    json: {
      title: "Die Antwort des Agenten ist kein gültiges JSON",
      body: "Die Antwort des Agenten ließ sich nicht als JSON parsen.",
      steps: ["Lege das Ausgabeformat in den Anweisungen fest", "Verlange nur JSON, ohne Text drumherum", "Validiere vor dem Parsen und versuche es bei Fehlern erneut"],
      actions: ["retry", "viewExamples"],
    },
    incorrect: {
      title: "Der Agent hat Fehler gemacht",
      body: "Der Agent hat falsche Informationen geliefert.",
      steps: ["Formuliere die Anweisungen klar und konkret", "Lege das Ausgabeformat fest", "Behandle Sonderfälle in den Anweisungen"],
      stepsKind: "check",
      actions: ["rerun"],
    },
  },
  "snapshot-failed": {
    default: {
      title: "Problem mit dem Snapshot",
      body: "Der Snapshot konnte nicht verwendet werden.",
      actions: ["restoreSnapshot", "contactSupport"],
    },
    restore: {
      title: "Der Snapshot ließ sich nicht wiederherstellen",
      body: "Die Sitzung konnte nicht aus dem Snapshot wiederhergestellt werden.",
      steps: ["Prüfe die Snapshot-ID", "Versuche die Wiederherstellung erneut", "Schlägt es weiter fehl, erstelle eine neue Sitzung und lege erneut einen Snapshot an"],
      actions: ["restoreSnapshot", "contactSupport"],
    },
    "auth-lost": {
      title: "Die wiederhergestellte Sitzung hat ihre Anmeldung verloren",
      body: "Der Anmeldezustand ging bei der Wiederherstellung aus dem Snapshot verloren.",
      steps: ["Melde dich in der wiederhergestellten Sitzung erneut an", "Lege nach der Anmeldung einen neuen Snapshot an"],
      actions: ["signIn", "restoreSnapshot"],
    },
  },
  "webhook-failing": {
    default: {
      title: "Webhooks funktionieren nicht",
      body: "Webhook-Ereignisse werden nicht wie erwartet zugestellt.",
      actions: ["openWebhooks"],
    },
    "not-arriving": {
      title: "Webhook-Zustellungen kommen nicht an",
      body: "Wiederholte Fehlschläge pausieren das Abonnement automatisch. Aktiviere es wieder, damit die Zustellungen weiterlaufen.",
      steps: [
        "Prüfe die Details des Abonnements in der Konsole: Webhooks → Abonnement-Details",
        "Kontrolliere deine Signaturprüfung: HMAC-SHA256 mit deinem Secret über `${timestamp}.${body}`",
      ],
      actions: ["reEnable", "openWebhooks", "openWebhookDocs"],
    },
    "not-received": {
      title: "Webhooks kommen nicht an",
      body: "Die Ereignisse, die die Plattform sendet, erreichen deinen Endpunkt nicht.",
      steps: ["Dein Endpunkt ist öffentlich erreichbar und antwortet schnell mit 2xx", "Das Abonnement ist aktiv", "Deine Signaturprüfung weist keine gültigen Zustellungen ab"],
      stepsKind: "check",
      actions: ["openWebhooks", "openWebhookDocs"],
    },
    paused: {
      title: "Webhook-Abonnement pausiert",
      body: "Zustellungen sind wiederholt fehlgeschlagen, deshalb wurde das Abonnement pausiert. Aktiviere es wieder, um fortzufahren.",
      actions: ["reEnable", "openWebhooks"],
    },
    signature: {
      title: "Webhook-Signaturprüfung schlägt fehl",
      body: "Zustellungen werden von deiner Signaturprüfung abgewiesen.",
      steps: ["Berechne HMAC-SHA256 mit deinem Secret über `${timestamp}.${body}`", "Verwende den rohen Request-Body, nicht neu serialisiertes JSON"],
      actions: ["openWebhookDocs"],
    },
    duplicate: {
      title: "Manche Ereignisse kamen doppelt an",
      body: "Dasselbe Webhook-Ereignis kam mehr als einmal an.",
      why: "Webhook-Absender stellen oft erneut zu, wenn sie nicht sicher sind, ob eine Zustellung ankam; verarbeite jedes Ereignis daher nur einmal anhand seiner ID.",
      steps: ["Speichere jede Ereignis-ID und ignoriere bereits verarbeitete", "Bestätige schnell mit 2xx und erledige langsame Arbeit erst danach"],
      actions: ["openWebhookDocs"],
    },
  },
  "tool-unavailable": {
    default: {
      title: "Dieses Tool antwortet nicht",
      body: "Die regelmäßige Prüfung des Tool-Endpunkts durch die Plattform ist fehlgeschlagen. Das heißt nicht immer, dass das Tool ausgefallen ist — es kann auch ein Netzwerk- oder DNS-Problem zwischen Plattform und Tool sein.",
      steps: [
        "Die registrierte Basis-URL des Tools zeigt auf einen aktiven Endpunkt",
        "Der Endpunkt ist aus dem Netzwerk der Plattform erreichbar",
        "`lastProbeTime` und `probeLatencyMs` in den Tool-Details zeigen, wann die letzte erfolgreiche Prüfung war",
      ],
      stepsKind: "check",
      actions: ["openToolDetails", "retry"],
    },
    "unknown-tool": {
      title: "Dieses Tool ist nicht verfügbar",
      body: "Der Agent hat ein Tool angefragt, das dieser Connector nicht anbietet. Wähle ein anderes Tool oder prüfe, ob es der gemeinte Connector ist.",
      actions: ["openToolDetails", "openIntegrations"],
    },
    "tool-error": {
      title: "Das Tool hat einen Fehler gemeldet",
      body: "Das Tool wurde ausgeführt, ist aber nicht fertig geworden. Versuche es erneut; wenn es weiter fehlschlägt, wähle ein anderes Tool oder prüfe seine Einstellungen.",
      actions: ["retry", "openToolDetails"],
    },
  },
  "build-failed": {
    default: {
      title: "Der Build ist fehlgeschlagen",
      body: "Die Plattform konnte aus deinem Agent-Code kein Container-Image bauen. In den Build-Logs steht, warum.",
      steps: [
        "Status und Logs des Builds: `curl https://your-platform/api/builds/{build_id}`",
        "Fehlende Abhängigkeiten — füge deinem Agent-Code eine requirements.txt hinzu",
        "Ungültiger Einstiegspunkt — mach die Hauptdatei eindeutig erkennbar (main.py, app.py)",
        "Nicht unterstützte Sprachfunktionen — die Build-Umgebung unterstützt Python",
        "Syntaxfehler — behebe sie und starte den Build erneut",
      ],
      stepsKind: "check",
      actions: ["viewBuildLogs", "rerun"],
    },
  },
  "auth-method-unsupported": {
    default: {
      title: "Dieser Schlüssel funktioniert in diesem Client nicht",
      body: "ChatGPT nutzt OAuth — Bearer-Schlüssel funktionieren dort nicht. Verwende in ChatGPT den OAuth-Connector (er registriert sich automatisch); nutze Bearer-Schlüssel für claude.ai oder Claude Desktop.",
      actions: ["useOAuthConnector", "openDocs"],
    },
  },
  blocked: {
    default: {
      title: "Nachricht durch eine Inhaltsrichtlinie blockiert",
      body: "Der Dienst hat diese Nachricht wegen seiner Inhaltsrichtlinie nicht angenommen. Derselbe Text würde wieder blockiert: Bearbeite ihn und sende ihn dann ab.",
      actions: ["editMessage", "contactSupport"],
    },
    input: {
      title: "Nachricht durch eine Schutzregel blockiert",
      body: "Eine Prüfung deiner Eingabe hat diese Nachricht gestoppt, bevor der Agent lief. Bearbeite sie und sende sie erneut.",
      actions: ["editMessage", "contactSupport"],
    },
    output: {
      title: "Antwort durch eine Schutzregel zurückgehalten",
      body: "Der Agent hat geantwortet, aber eine Prüfung seiner Ausgabe hat die Antwort zurückgehalten. Formuliere deine Anfrage um und sende sie erneut.",
      actions: ["editMessage", "contactSupport"],
    },
  },
  cancelled: {
    default: {
      title: "Anfrage abgebrochen",
      body: "Die Anfrage wurde gestoppt, bevor sie fertig war; es wurde nichts geändert. Starte sie erneut, wenn du so weit bist.",
      actions: ["retry"],
    },
  },
  unknown: {
    default: {
      title: "Etwas ist schiefgelaufen",
      body: "Ein unerwarteter Fehler ist aufgetreten. Versuche es erneut; passiert es wieder, kopiere die Details und schick sie an den Support.",
      actions: ["retry", "contactSupport"],
    },
    hidden: {
      title: "Beim Dienst ist ein Fehler aufgetreten",
      body: "Beim Vorbereiten dieser Seite ist auf dem Server ein Fehler aufgetreten. Versuche es erneut; passiert es wieder, wende dich mit der Referenz unten an den Support.",
      actions: ["retry", "contactSupport"],
    },
    agi: {
      title: "Etwas ist schiefgelaufen",
      body: "Geh die Debug-Checkliste unten durch; besteht jede Prüfung, wende dich an den Support.",
      steps: [
        "Prüfe die Authentifizierung: `GET /v1/models` mit deinem Bearer-Schlüssel ist erfolgreich",
        "Prüfe den Sitzungszustand: Die Sitzung existiert und ihr Status ist „ready“ oder „running“",
        "Teste den grundlegenden Nachrichtenfluss: Sende „Antworte mit ‚OK‘“",
        "Prüfe die Aufgabenanweisungen: klar, mit festgelegtem Ausgabeformat und behandelten Sonderfällen",
      ],
      instruction: "contactSupport",
      actions: ["retry", "checkApiStatus", "viewExamples", "contactSupport"],
    },
  },
};

export const deNoticeChrome: NoticeChrome = {
  whatToDo: "Was zu tun ist",
  whatToCheck: "Was zu prüfen ist",
  serverSaid: (message) => `Der Server meldete: „${message}“`,
  waitHint: (duration) => `Der Dienst bittet dich, ${duration} zu warten, bevor du es erneut versuchst.`,
  errorEvents: "ERROR-Ereignisse",
  session: "Sitzung",
  run: "Lauf",
  agent: "Agent",
  state: "Zustand",
  since: "Seit",
  build: "Build",
  buildLog: "Build-Log",
  tool: "Tool",
  baseUrl: "Basis-URL",
  lastProbe: "Letzte erfolgreiche Prüfung",
  probeLatencyLabel: "Prüfdauer",
  probeLatency: (ms) => `${ms} ms`,
  subscription: "Abonnement",
  failures: "Fehlgeschlagene Zustellungen",
  event: "Ereignis",
  snapshot: "Snapshot",
  parameter: "Parameter",
  fixField: (field) => `Korrigiere \`${field}\` in der Anfrage und versuche es dann erneut: Dieselbe Anfrage würde wieder abgelehnt.`,
  resource: "Ressource",
  actions: {
    retry: "Erneut versuchen",
    editMessage: "Nachricht bearbeiten",
    continue: "Fortsetzen",
    cancel: "Abbrechen",
    rerun: "Neu starten",
    refresh: "Neu laden",
    checkStatus: "Status prüfen",
    reEnable: "Wieder aktivieren",
    reEnableSharing: "Teilen wieder aktivieren",
    switchToArchived: "Zu „Archiviert“ wechseln",
    regenerateKey: "Schlüssel neu erzeugen",
    signIn: "Erneut anmelden",
    useOAuthConnector: "OAuth-Connector verwenden",
    restoreSnapshot: "Erneut wiederherstellen",
    openApiKeys: "API-Schlüssel öffnen",
    openApprovals: "Freigaben öffnen",
    openPolicies: "Richtlinien öffnen",
    openModels: "Modelle öffnen",
    openToolDetails: "Tool-Details öffnen",
    openWebhooks: "Webhooks öffnen",
    openWebhookDocs: "Webhook-Dokumentation",
    openIntegrations: "Integrationen öffnen",
    viewEventLog: "Ereignisprotokoll öffnen",
    viewBuildLogs: "Build-Logs öffnen",
    checkApiStatus: "API-Status prüfen",
    viewExamples: "Beispiele öffnen",
    openDocs: "Dokumentation lesen",
    contactSupport: "Support kontaktieren",
  },
};
