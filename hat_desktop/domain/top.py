"""The Treatment Outcomes Profile (TOP): the facts about its items, as published.

TOP is the outcome measure English drug treatment services record at the start of
treatment, at reviews (usually every 3 months; the national indicators compare the start
with the 6-month review) and at exit. Every item counts the past 28 days. The item
definitions below are facts, kept with their source, so that the evaluator's data
dictionary can cite them; the review form's labels are the app's own words (gui/, ui/).

Sources:
- Marsden J, Farrell M, Bradbury C, Dale-Perera A, Eastwood B, Roxburgh M, Taylor S.
  Development of the Treatment Outcomes Profile. Addiction 2008; 103(9): 1450-1460.
- National Treatment Agency for Substance Misuse, Treatment Outcomes Profile (TOP) form
  and guidance, mandatory in English drug treatment from October 2007 (now reported to the
  National Drug Treatment Monitoring System, NDTMS, of the Office for Health Improvement
  and Disparities).
"""

from dataclasses import dataclass
from enum import StrEnum

SOURCE = ("Treatment Outcomes Profile (TOP): Marsden J et al., Development of the Treatment "
          "Outcomes Profile, Addiction 2008;103(9):1450-60; National Treatment Agency for "
          "Substance Misuse TOP form and guidance (2007), reported to NDTMS")
PERIOD_DAYS = 28  # every TOP item looks back over the past 28 days
SCORE_MAX = 20  # the three self-ratings run from 0 (poor) to 20 (good)
ALCOHOL_UNITS_MAX = 200  # a typical day's UK units: above this, a typing error


class TopSection(StrEnum):
    SUBSTANCE_USE = "Substance use"
    INJECTING = "Injecting risk behaviour"
    CRIME = "Crime"
    HEALTH_SOCIAL = "Health and social functioning"


class Kind(StrEnum):
    DAYS = "days"  # whole days, 0 to 28
    UNITS = "units"  # UK units of alcohol on a typical drinking day
    YES_NO = "yes_no"
    SCORE = "score"  # 0 (poor) to 20 (good)
    HOUSING = "housing"


@dataclass(frozen=True)
class TopItem:
    field: str  # the column in the register and in the evaluator's extract
    section: TopSection
    kind: Kind
    definition: str  # what TOP asks, as published (paraphrased where the form is terse)
    note: str = ""  # how HAT Desktop records it, where that differs from the form


ITEMS: tuple[TopItem, ...] = (
    TopItem("opioid_days", TopSection.SUBSTANCE_USE, Kind.DAYS,
            "Days using opiates/opioids (illicit): street heroin and any non-prescribed "
            "opioid, such as methadone or buprenorphine not prescribed to the person."),
    TopItem("crack_days", TopSection.SUBSTANCE_USE, Kind.DAYS, "Days using crack cocaine."),
    TopItem("cocaine_days", TopSection.SUBSTANCE_USE, Kind.DAYS,
            "Days using cocaine (powder)."),
    TopItem("alcohol_days", TopSection.SUBSTANCE_USE, Kind.DAYS, "Days drinking alcohol."),
    TopItem("alcohol_units", TopSection.SUBSTANCE_USE, Kind.UNITS,
            "Average UK units of alcohol on a drinking day.",
            "0 when no alcohol was drunk."),
    TopItem("benzodiazepine_days", TopSection.SUBSTANCE_USE, Kind.DAYS,
            "Days using benzodiazepines not prescribed to the person.",
            "Not a separate item of the TOP form (it falls under 'other substance'); "
            "recorded separately for the HAT evaluation."),
    TopItem("other_drug_days", TopSection.SUBSTANCE_USE, Kind.DAYS,
            "Days using any other problem substance.",
            "The substance's name is not recorded (free text stays out of the register's "
            "outcome data)."),
    TopItem("injecting_days", TopSection.INJECTING, Kind.DAYS,
            "Days injecting non-prescribed drugs.",
            "Supervised injections of prescribed diamorphine at the clinic are not counted."),
    TopItem("shared_equipment", TopSection.INJECTING, Kind.YES_NO,
            "Injected with a needle or syringe, or a spoon, water or filter, used by "
            "somebody else (TOP asks the two separately; yes if either).",
            "Only 'no' when no injecting days."),
    TopItem("shoplifting_days", TopSection.CRIME, Kind.DAYS, "Days shoplifting."),
    TopItem("drug_selling_days", TopSection.CRIME, Kind.DAYS, "Days selling drugs."),
    TopItem("other_theft_days", TopSection.CRIME, Kind.DAYS,
            "Days of other theft: theft from or of a vehicle, other property theft or "
            "burglary, fraud, forgery or handling stolen goods.",
            "TOP counts these in three items; recorded here as one."),
    TopItem("violence_days", TopSection.CRIME, Kind.DAYS,
            "Days committing assault or violence."),
    TopItem("psychological_health", TopSection.HEALTH_SOCIAL, Kind.SCORE,
            "The person's rating of their psychological health (anxiety, depression, "
            "problem emotions and feelings), 0 poor to 20 good."),
    TopItem("physical_health", TopSection.HEALTH_SOCIAL, Kind.SCORE,
            "The person's rating of their physical health (extent of physical symptoms, "
            "bothered by illness), 0 poor to 20 good."),
    TopItem("quality_of_life", TopSection.HEALTH_SOCIAL, Kind.SCORE,
            "The person's rating of their overall quality of life (able to enjoy life, "
            "gets on with family and partner...), 0 poor to 20 good."),
    TopItem("work_days", TopSection.HEALTH_SOCIAL, Kind.DAYS, "Days in paid work."),
    TopItem("education_days", TopSection.HEALTH_SOCIAL, Kind.DAYS,
            "Days attending college or school."),
    TopItem("housing", TopSection.HEALTH_SOCIAL, Kind.HOUSING,
            "Housing: an acute housing problem (homeless, sleeping rough, no fixed "
            "abode), at risk of eviction, or neither (settled).",
            "TOP asks 'acute housing problem' and 'at risk of eviction' as two yes/no "
            "questions; recorded here as one of three: acute problem (takes precedence), "
            "at risk, settled."),
)

BY_FIELD: dict[str, TopItem] = {item.field: item for item in ITEMS}
