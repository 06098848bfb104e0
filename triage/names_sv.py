"""Swedish names of the labels, as staff read them in the UI and in reasons."""

from triage.schema import RiskFactor, Route, Urgency

URGENCY = {Urgency.AKUT: "Akut", Urgency.SKYNDSAM: "Skyndsam", Urgency.NORMAL: "Normal"}
ROUTE = {Route.UTREDNING: "Utredning", Route.FORSTA_LINJEN: "Första linjen"}
RISK_FACTOR = {
    RiskFactor.VALD_MOT_BARN: "Våld mot barnet",
    RiskFactor.SEXUELLA_OVERGREPP: "Sexuella övergrepp",
    RiskFactor.VALD_I_NARA_RELATION: "Våld i nära relation",
    RiskFactor.MISSBRUK_VARDNADSHAVARE: "Vårdnadshavares missbruk",
    RiskFactor.PSYKISK_OHALSA_VARDNADSHAVARE: "Vårdnadshavares psykiska ohälsa",
    RiskFactor.FORSUMMELSE: "Försummelse",
    RiskFactor.SKOLFRANVARO: "Skolfrånvaro",
    RiskFactor.PSYKISK_OHALSA_BARN: "Barnets psykiska ohälsa",
    RiskFactor.EGET_MISSBRUK: "Barnets eget missbruk",
    RiskFactor.KRIMINALITET: "Kriminalitet",
    RiskFactor.HEDERSRELATERAT: "Hedersrelaterat våld och förtryck",
    RiskFactor.KONFLIKT_SEPARATION: "Konflikt eller separation",
    RiskFactor.BETEENDEPROBLEM: "Beteendeproblem",
}
