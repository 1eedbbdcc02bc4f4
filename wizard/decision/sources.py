"""The three source texts the rules come from, by id, title and publisher."""

DUO_GENOEG = "duo-genoeg-cursus-en-examens"
IND_BIJLAGE = "ind-bijlage-inburgeringsvereiste"
DUO_STERKER = "duo-sterkere-verblijfsvergunning"
RULES = "rules"  # a reading of the texts fixed in the project's rules (Decisions on open points)

TITLES = {
    DUO_GENOEG: "DUO, Genoeg cursus en examens gedaan",
    IND_BIJLAGE: "IND, Bijlage Inburgeringsvereiste",
    DUO_STERKER: "DUO, Sterkere verblijfsvergunning",
    RULES: "Inburgering Check, reading of the sources (Decisions on open points)",
}
