import { deNoticeChrome, deNotices } from "./de-notices.js";
import { deShort } from "./de-short.js";
import type { RecoveryMessages } from "./types.js";

/**
 * German (Deutsch): the second complete locale. Proves the catalog end to end: every key
 * translated, numbers, durations and clock times formatted by Intl for "de".
 *
 * @example
 * <RecoveryProvider catalog={de}>…</RecoveryProvider>
 */
export const de: RecoveryMessages = {
  format: { locale: "de" },
  common: {
    working: "Läuft…",
    actionFailed: (actionLabel) => `„${actionLabel}“ hat nicht funktioniert. Versuche es erneut.`,
    details: "Details",
    requestId: "Anfrage-ID",
    supportReference: "Support-Referenz",
    opensInNewTab: "(öffnet in neuem Tab)",
    whyThisHappens: "Warum das passiert",
    placeAt: (place, route) => (route ? `Wo: ${place} (öffnet ${route})` : `Wo: ${place}`),
    placeholders: { orgSlug: "deine-org", projectId: "dein-projekt" },
    whatToCheck: "Was zu prüfen ist",
    dismiss: "Ausblenden",
    copyDetails: "Details kopieren",
    copied: "Kopiert",
  },
  balance: {
    emptyTitle: "Dein Guthaben ist leer",
    emptyBody: "Lade dein Abrechnungsguthaben auf, bevor du kostenpflichtige Modelle verwendest.",
    emptyWhy: "Der Agent hat ein kostenpflichtiges Modell verwendet und das Guthaben der Organisation steht bei null. Nur kostenpflichtige Anbieter belasten das Guthaben.",
    quotaTitle: "Dein Kontingent ist aufgebraucht",
    quotaBody: "Diese Anfrage braucht mehr Kontingent, als dein Tarif noch hat. Lade Guthaben auf oder wechsle in einen höheren Tarif und versuche es dann erneut.",
    emptyUnwired: "Dein Abrechnungsguthaben muss aufgeladen sein, bevor kostenpflichtige Modelle laufen.",
    quotaNext: (funds, plan) =>
      funds && plan
        ? "Lade Guthaben auf oder wechsle in einen höheren Tarif und versuche es dann erneut."
        : funds
          ? "Lade Guthaben auf und versuche es dann erneut."
          : plan
            ? "Wechsle in einen höheren Tarif und versuche es dann erneut."
            : "Versuche es erneut, sobald dein Tarif mehr Kontingent hat.",
    creditsNext: (credits, plan) =>
      `${credits && plan ? "Lade Credits auf oder wechsle in einen höheren Tarif und mach dann" : credits ? "Lade Credits auf und mach dann" : plan ? "Wechsle in einen höheren Tarif und mach dann" : "Sobald wieder Credits da sind, mach"} genau dort weiter, wo du aufgehört hast.`,
    topUpPendingUnwired: "Der Checkout ist abgeschlossen, aber das Guthaben zeigt noch den alten Betrag. Vielleicht ist die Zahlungsbestätigung noch nicht eingetroffen oder die Seite muss aktualisiert werden.",
    quotaResets: (duration) => `Oder warte: Es wird in ${duration} zurückgesetzt.`,
    creditsTitle: "Nicht genügend Credits",
    creditsBody:
      "Deine Sitzung bleibt offen und der gesamte Fortschritt ist gespeichert. Lade Credits auf oder wechsle in einen höheren Tarif und mach dann genau dort weiter, wo du aufgehört hast.",
    addFunds: "Guthaben aufladen",
    addByokKey: "BYOK-Schlüssel hinzufügen",
    byokHint: "Mit einem eigenen Schlüssel für diesen Anbieter belasten Anfragen das Guthaben nicht mehr.",
    chooseFreeModel: "Kostenloses Modell wählen",
    freeModelHint: "Kostenlose Anbieter wie Groq und NVIDIA belasten das Guthaben nicht: Wähle in den Agent-Einstellungen eines ihrer Modelle.",
    topUpCredits: "Credits aufladen",
    upgradePlan: "Tarif upgraden",
    continueSession: "Sitzung fortsetzen",
    topUpPendingTitle: "Deine Aufladung ist noch nicht angekommen",
    topUpPendingBody:
      "Der Checkout ist abgeschlossen, aber das Guthaben zeigt noch den alten Betrag. Vielleicht ist die Zahlungsbestätigung noch nicht eingetroffen oder die Seite wurde nicht neu geladen: Lade das Guthaben neu.",
    reloadBalance: "Guthaben neu laden",
    topUpStillOld: "Wenn es nach einer Minute noch den alten Betrag zeigt",
    topUpCheckActivity: (place) =>
      `Dann ist die Zahlungsbestätigung wahrscheinlich fehlgeschlagen: Prüfe den Status der Einzahlung unter ${place ?? "den letzten Abrechnungsaktivitäten"}. Erneute Zustellversuche kommen meist innerhalb weniger Minuten an, dann wird die Einzahlung verbucht.`,
    topUpDelayedTitle: "Deine Aufladung dauert länger als üblich",
    topUpDelayedBody: (waited) =>
      `Das Guthaben zeigt nach ${waited} immer noch den alten Betrag, die Zahlungsbestätigung ist also wahrscheinlich fehlgeschlagen. Prüfe den Status der Einzahlung in den letzten Abrechnungsaktivitäten: Erneute Zustellversuche kommen meist innerhalb weniger Minuten an, dann wird die Einzahlung verbucht.`,
    topUpDelayedSupport: "Ist sie nach einer Stunde noch nicht angekommen, wende dich mit der Checkout-Sitzungs-ID an den Support.",
    platformSupport: { alumia: "Ist sie nach einer Stunde noch nicht angekommen, wende dich mit der Stripe-Checkout-Sitzungs-ID an den Support." },
    recentActivity: "Letzte Aktivitäten öffnen",
    contactSupport: "Support kontaktieren",
    checkoutSessionId: "Checkout-Sitzungs-ID",
    places: {
      alumia: { empty: "/<orgSlug>/billing", topUpPending: "/<orgSlug>/billing", topUpDelayed: "Einstellungen → Abrechnung → Letzte Aktivitäten" },
      credits: { credits: "/profile → Abrechnung" },
    },
  },
  connector: {
    unnamed: "Dieser Connector",
    statusAuthFailed: "Anmeldung fehlgeschlagen",
    statusConnecting: "Wird verbunden…",
    authFailedTitle: (name) => (name ? `${name} wurde getrennt` : "Ein Connector wurde getrennt"),
    authFailedBody:
      "Tools, die diesen Connector nutzen, melden einen Authentifizierungsfehler, bis du ihn neu verbindest. „Neu verbinden“ öffnet den Zustimmungsdialog in einem neuen Tab: Melde dich an und erteile die Berechtigungen erneut, dann funktioniert der nächste Tool-Aufruf.",
    authFailedCauses: [
      "Der Zugriff wurde in den Kontoeinstellungen des Anbieters widerrufen",
      "Das Passwort wurde geändert",
      "Das Refresh-Token hat das Zeitfenster des Anbieters überschritten und ist abgelaufen",
    ],
    missingScopeTitle: (name) => `${name} braucht mehr Zugriff`,
    missingScopeBody:
      "Der Agent hat eine Operation aufgerufen, die nicht autorisiert war. Verbinde den Connector mit umfassenderen Berechtigungen neu, statt die Operation in den Agent-Einstellungen freizuschalten.",
    missingScopesLabel: "Fehlende Berechtigungen",
    notConnectedTitle: (name) => `${name} ist nicht verbunden`,
    notConnectedBody: "Verbinde den Anbieter, öffne die Sitzung erneut und führe den Aktionspunkt erneut aus — er nutzt dann die neue Verbindung.",
    resumeNote: "Wenn du zurückkommst und nichts weitergelaufen ist, klicke auf „Erneut ausführen“.",
    consentTitle: (name) => `${name} braucht deine Erlaubnis`,
    consentBody: "Dieses Tool meldet sich per OAuth an, und der Zugriff wurde noch nicht erteilt. Öffne den Zustimmungsdialog und erlaube den Zugriff.",
    consentFailedTitle: (name) => (name ? `Die Anmeldung bei ${name} ließ sich nicht öffnen` : "Die Anmeldung ließ sich nicht öffnen"),
    consentUrlRejected: "Der Autorisierungslink war keine sichere https-Adresse und wird daher nicht angezeigt. Bitte einen Admin, die OAuth-Einstellungen des Tools zu prüfen.",
    consentUrlMissing: "Die Antwort enthielt keinen Autorisierungslink. Wiederhole die Anfrage, um einen neuen zu bekommen.",
    consentAfter: "Wiederhole nach der Zustimmung die ursprüngliche Anfrage — die Plattform hat dann ein gültiges Token.",
    callbackFailedTitle: "Die Anmeldung wurde nicht abgeschlossen",
    callbackFailedBody: "Der Callback hat den Autorisierungscode nicht erhalten oder der Code-Austausch ist fehlgeschlagen. Behebe die Ursache unten und verbinde dann neu.",
    unwired: {
      authFailed: "Tools, die diesen Connector nutzen, melden einen Authentifizierungsfehler, bis er wieder verbunden ist. Melde dich dort noch einmal an und erteile die Berechtigungen erneut, dann funktioniert der nächste Tool-Aufruf.",
      missingScope: "Der Agent hat eine Operation aufgerufen, die nicht autorisiert war. Verbinde den Connector noch einmal mit umfassenderen Berechtigungen, statt die Operation in den Agent-Einstellungen freizuschalten.",
      callbackFailed: "Der Callback hat den Autorisierungscode nicht erhalten oder der Code-Austausch ist fehlgeschlagen. Behebe die Ursache unten und stelle die Verbindung dann wieder her.",
      consentUrlMissing: "Die Antwort enthielt keinen Autorisierungslink. Sende die Anfrage noch einmal, um einen neuen zu bekommen.",
    },
    callbackCauses: [
      "Callback-URL nicht konfiguriert — trage die OAuth-Callback-URL in der Plattformkonfiguration ein",
      "Redirect-URI nicht zugelassen — füge die Callback-URL zu den erlaubten Redirect-URIs des Anbieters hinzu",
      "Ungültige Client-Zugangsdaten — aktualisiere `client_id` oder `client_secret` des Tools",
      "State-Signatur stimmt nicht — halte den Signaturschlüssel zwischen Autorisierung und Callback dauerhaft gleich",
    ],
    resumePendingTitle: "Verbunden — mach weiter, wo du warst",
    resumePendingBody:
      "Dass du auf der Integrationsseite landest, ist so vorgesehen: Das ist der Just-in-time-OAuth-Ablauf, und dein Sitzungskontext ist erhalten geblieben. Wenn die Aktion nicht von selbst weiterlief, geh zurück zum Tab der Sitzung und klicke auf „Erneut ausführen“.",
    returnToSession: "Zurück zur Sitzung",
    connectedTitle: (name) => `${name} ist verbunden`,
    connectedBody: "Die Verbindung steht. Führe die wartende Aktion erneut aus, um weiterzumachen.",
    connectedBodyNext: "Die Verbindung steht: Der nächste Tool-Aufruf nutzt sie.",
    reconnect: "Neu verbinden",
    reconnectWithScope: "Mit mehr Zugriff neu verbinden",
    connectProvider: "Anbieter verbinden",
    authorize: "Autorisieren",
    retryRequest: "Erneut versuchen",
    executeAgain: "Erneut ausführen",
    connecting: "Wird verbunden…",
    places: {
      credits: { notConnected: "/settings/integrations" },
      alumia: { authFailed: "die Connector-Karte auf /<orgSlug>/connectors" },
    },
  },
  rateLimit: {
    title: "Zu viele Anfragen",
    retryIn: "Neuer Versuch möglich in",
    retryAt: (clockTime) => `Du kannst es um ${clockTime} Uhr erneut versuchen.`,
    retryNow: "Du kannst es jetzt erneut versuchen.",
    autoRetryIn: "Automatischer neuer Versuch in",
    autoRetrying: "Neuer Versuch läuft…",
    retryShortly: "Du kannst es gleich erneut versuchen.",
    limitIs: (max, window) => `Das Limit liegt bei ${max} Anfragen pro ${window}.`,
    why: "Der Dienst nimmt in einem Zeitfenster nur begrenzt viele Anfragen an, damit er für alle schnell bleibt.",
    platformWhy: {
      alumia: "Der Chat-Endpunkt nimmt 60 Anfragen pro Minute je Nutzer oder IP-Adresse an; andere Endpunkte haben eigene Limits.",
    },
    tip: "Viele Anfragen auf einmal? Verteile sie und warte die oben genannte Zeit ab, bevor du es erneut versuchst.",
    platformTips: {
      alumia: "Stößt du im großen Maßstab an das Chat-Limit? Bündle die Aufrufe in einer einzigen Sitzung — Wiederholungen derselben Unterhaltung kosten eine Anfrage, nicht viele.",
    },
    retry: "Erneut versuchen",
    announceLimited: (wait) => `Zu viele Anfragen. Du kannst es in ${wait} erneut versuchen.`,
    announceAutoRetry: (wait) => `Zu viele Anfragen. Automatischer neuer Versuch in ${wait}.`,
    announceReady: "Du kannst es jetzt erneut versuchen.",
    timerLabel: "Zeit bis zum nächsten Versuch",
  },
  approval: {
    pendingTitle: "Wartet auf Freigabe",
    pendingBodyAdmin: "Dieser Tool-Aufruf fällt unter eine Regel mit Freigabepflicht, daher ist der Lauf pausiert, bis entschieden ist. Gib ihn frei, und der Lauf geht innerhalb von Sekunden weiter (freigegebener Zugriff ist befristet und läuft automatisch ab); lehnst du ihn ab, kann der Lauf dieses Tool nicht nutzen.",
    pendingBody:
      "Dieser Tool-Aufruf fällt unter eine Regel mit Freigabepflicht, daher ist der Lauf pausiert und eine Zugriffsanfrage wurde erstellt. Ein Admin muss sie auf der Seite „Freigaben“ freigeben; der Lauf geht wenige Sekunden nach der Freigabe von selbst weiter.",
    pendingWhy: "Freigabeanfragen entstehen, wenn eine Richtlinienregel `approval_required` verlangt. Freigegebener Zugriff ist befristet und läuft automatisch ab.",
    pendingSteps: [
      "Eine Zugriffsanfrage wurde automatisch erstellt",
      "Der Lauf ist pausiert (PAUSED_APPROVAL)",
      "Ein Admin gibt die Anfrage auf der Seite „Freigaben“ frei",
      "Nach der Freigabe geht der Lauf automatisch weiter",
    ],
    approvedTitle: "Freigegeben — der Lauf geht weiter",
    approvedBody: "Der Lauf geht innerhalb weniger Sekunden automatisch weiter. Freigegebener Zugriff ist befristet und läuft automatisch ab.",
    rejectedTitle: "Zugriffsanfrage abgelehnt",
    rejectedBody: "Ein Admin hat diesen Tool-Aufruf abgelehnt, der Lauf kann damit nicht weitermachen. Wenn du ihn weiter brauchst, fordere den Zugriff erneut an.",
    expiredTitle: "Freigabe abgelaufen",
    expiredBody: "Freigegebener Zugriff ist befristet und jetzt abgelaufen. Fordere den Zugriff erneut an, um weiterzumachen.",
    expiresAt: (time) => `Zugriff läuft ab: ${time}.`,
    expiredAt: (time) => `Zugriff abgelaufen: ${time}.`,
    tool: "Tool",
    method: "Methode",
    agent: "Agent",
    run: "Lauf",
    viewApprovals: "Freigaben öffnen",
    checkStatus: "Status prüfen",
    cancelRun: "Lauf abbrechen",
    approve: "Freigeben",
    reject: "Ablehnen",
    requestAgain: "Zugriff anfordern",
    unwired: {
      pendingAdmin: "Dieser Tool-Aufruf fällt unter eine Regel mit Freigabepflicht, daher ist der Lauf pausiert, bis ein Admin entscheidet. Nach der Freigabe geht der Lauf innerhalb von Sekunden weiter (freigegebener Zugriff ist befristet und läuft automatisch ab); nach einer Ablehnung kann er dieses Tool nicht nutzen.",
      rejected: "Ein Admin hat diesen Tool-Aufruf abgelehnt, der Lauf kann damit nicht weitermachen. Wenn du ihn weiter brauchst, bitte noch einmal um Zugriff.",
      expired: "Freigegebener Zugriff ist befristet und jetzt abgelaufen. Bitte noch einmal um Zugriff, um weiterzumachen.",
    },
  },
  stuckTool: {
    unnamedTool: "Das Tool",
    unnamedPeer: "den Peer",
    title: (tool) => `${tool} ist noch nicht fertig`,
    interruptedTitle: (tool) => `${tool} wurde unterbrochen`,
    interruptedBody: "Der Lauf endete ohne ein Ergebnis dieses Tool-Aufrufs.",
    runningFor: (elapsed) => `Läuft seit ${elapsed}`,
    causeLabel: "Wahrscheinliche Ursache",
    causeSlow: "Das Tool selbst ist langsam: ein Seitenaufruf, ein langer Sandbox-Befehl oder ein Timeout bei einem vorgelagerten Dienst.",
    causePeer: "Der Agent wartet auf einen Peer, der selbst beschäftigt oder hängen geblieben sein kann.",
    causeMalformed: (attempts) =>
      `Das Modell hat einen Tool-Aufruf geliefert, der nicht zum Schema des Tools passt, und die Laufzeitumgebung versucht es erneut (Versuch ${attempts}).`,
    inspectCall: "Untersuche den Aufruf: Lies seine Argumente und die bisherige Ausgabe.",
    causeUnknown: "Warum, ist noch unklar: Untersuche den Aufruf, um Argumente und bisherige Ausgabe zu lesen.",
    peers: "Peers",
    whatToDo: "Was zu tun ist",
    fixSteps: [
      "Untersuche den Aufruf: Lies seine Argumente und die bisherige Ausgabe. Ruft er einen externen Dienst auf, sieh dir den Status dieses Connectors an",
      "Wartet der Agent auf einen Peer? Liste die Beteiligten mit `list_agents` auf und prüfe, ob der Peer `awaiting_peer` oder `idle` ist; schick ihm bei Bedarf eine Nachfrage (`message_agent`)",
      "Hängt es immer noch? Brich die Sitzung ab und starte sie mit einem präziseren Prompt neu. Scheitert dasselbe Tool zweimal auf dieselbe Weise, deaktiviere es für den Agenten, bis die Integration repariert ist",
    ],
    inspect: "Untersuchen",
    inspectTitle: (tool) => `Tool-Aufruf: ${tool}`,
    inspectDescription: "Die Argumente wie gesendet und die bisherige Ausgabe.",
    inspectUnavailable:
      "Die vollständige Ansicht konnte nicht geladen werden (vielleicht ist die Verbindung unterbrochen), daher steht der Aufruf hier als Text. Lade die Seite neu, um die vollständige Ansicht zu sehen.",
    arguments: "Argumente",
    noArguments: "Keine Argumente.",
    redactedNote: "Werte, die wie Secrets aussehen, sind ausgeblendet.",
    partialOutput: "Bisherige Ausgabe",
    noOutput: "Noch keine Ausgabe.",
    hiddenOutput: (chars, lines) => `Zeigt das Ende. ${chars} Zeichen (${lines} Zeilen) davor sind ausgeblendet.`,
    copyOutput: "Ausgabe kopieren",
    copied: "Ausgabe kopiert.",
    close: "Schließen",
    followUpLabel: (peer) => `Nachricht an ${peer}`,
    followUpPlaceholder: "Frag den Peer nach dem Stand…",
    sendFollowUp: "Nachfrage senden",
    followUpSent: "Nachfrage gesendet.",
    cancelSession: "Sitzung abbrechen",
    disableTool: "Tool deaktivieren",
    disableToolHint:
      "Dieses Tool ist zweimal auf dieselbe Weise fehlgeschlagen und ist vermutlich defekt. Deaktiviere es für den Agenten, bis die Integration repariert ist.",
  },
  notices: deNotices,
  notice: deNoticeChrome,
  short: deShort,
};
