"""Seeded prose for the large evaluation pages: article paragraphs, headlines, teaser ledes, comments and bios.
Every page draws from its own seed, so no two pages share their sentences and a teaser never repeats the body."""
import random

SUBJ = ["The ministry", "A coalition of port operators", "The central bank", "Regional governors", "The committee",
        "Farmers in the delta", "Shipping insurers", "The opposition", "Two former diplomats", "The finance minister",
        "Local officials", "A group of economists", "The energy regulator", "Rail unions", "Municipal planners",
        "The coast guard", "Independent analysts", "Several exporters", "The agency's auditors", "Teachers' associations",
        "The defence ministry", "Residents of the old quarter", "Hospital administrators", "The court", "Fishing cooperatives"]
VERB = ["has argued", "warned on Tuesday", "now expects", "has quietly conceded", "insisted", "reported", "estimated",
        "has long maintained", "told reporters", "acknowledged", "suggested in a memo", "confirmed", "disputed the claim",
        "wrote in a letter", "has begun to accept", "predicted", "has tried to show", "pointed out", "noted", "concluded"]
CLAUSE = ["that the new rules would raise costs for smaller firms", "that the reform had stalled in the upper chamber",
          "that water levels in the reservoir had fallen for a third year", "that the budget left little room for manoeuvre",
          "that freight volumes were recovering faster than forecast", "that the talks could resume before the winter",
          "that the subsidy had mostly benefited large landowners", "that the bridge would not open until next spring",
          "that the census had undercounted seasonal workers", "that wages in the north still lag the capital",
          "that the tariff schedule was written with one exporter in mind", "that the archive had been catalogued twice",
          "that demand for diesel had peaked", "that the courts were clearing cases more slowly than before",
          "that the strike had cost the railway several million a day", "that rents near the harbour had doubled",
          "that the satellite data told a different story", "that no one had modelled a drought of that length",
          "that the treaty left the fishing quotas unresolved", "that the pilot scheme should be extended to every province"]
TAIL = ["although the figures are disputed", "according to people familiar with the discussions", "a view shared by few in the capital",
        "despite repeated assurances from the government", "which surprised even its supporters", "in a year of unusual volatility",
        "after months of public pressure", "as the election approaches", "while prices continued to rise", "for the first time since 2011",
        "in a report published last month", "though officials declined to give details", "at a hearing that ran late into the night",
        "with little sign of compromise", "and the numbers bear that out"]
OPEN = ["In practice,", "For now,", "Even so,", "By contrast,", "At the same time,", "Privately,", "On paper,", "Over the past decade,",
        "Behind the dispute,", "Until recently,", "In the villages along the river,", "Looking further ahead,", "Not everyone agrees.",
        "The arithmetic is simple.", "That matters because", "Critics say", "Supporters counter"]
NOUN = ["harbour", "budget", "treaty", "pipeline", "census", "tariff", "reservoir", "railway", "archive", "strike", "quota",
        "subsidy", "election", "border", "bridge", "satellite", "drought", "court", "grain", "pension", "ferry", "mine", "vaccine"]
ADJ = ["Quiet", "Long", "Uneven", "Fragile", "Hidden", "Costly", "Slow", "New", "Old", "Unlikely", "Awkward", "Stubborn", "Bitter"]
HEAD_T = ["The {a} politics of the {n}", "Why the {n} matters more than the {n2}", "Inside the fight over the {n}",
          "What the {n} tells us about the {n2}", "{A} {n}: a reckoning", "How a {n} became a national story",
          "The {n} nobody wanted", "After the {n}, the {n2}", "Five questions about the {n}", "Can the {n} survive the {n2}?",
          "The {a} return of the {n}", "Who pays for the {n}?"]
NAMES = ["Maria Lindqvist", "Tomás Herrera", "Aiko Tanabe", "Daniel Okafor", "Priya Raman", "Jonas Weber", "Elena Petrova",
         "Samuel Adeyemi", "Claire Dubois", "Mateo Rossi", "Hannah Cohen", "Kenji Mori", "Olga Sorokina", "Rahul Mehta",
         "Fatima Zahra", "Lucas Martin", "Ingrid Berg", "Omar Haddad", "Sofia Novak", "Peter Walsh"]
COMMENT = ["I have lived near the {n} for thirty years and nobody ever asked us what we thought.",
           "This is the best summary of the {n} debate I have read, thank you.",
           "The author skips over the cost of the {n2}, which is the whole point.",
           "Interesting, but the numbers in the third paragraph look wrong to me.",
           "My father worked on the {n} in the eighties; the same arguments were made then, word for word.",
           "Why is nobody talking about who actually owns the {n}?",
           "Sources please. Every claim here is unattributed.",
           "Agree with most of this, although the comparison with the {n2} is a stretch."]

RU_SUBJ = ["Министерство", "Губернатор области", "Центральный банк", "Эксперты", "Местные власти", "Депутаты", "Аналитики", "Жители района"]
RU_VERB = ["заявили", "сообщили", "подчеркнули", "признали", "отметили", "предупредили"]
RU_CLAUSE = ["что строительство моста откладывается до весны", "что цены на топливо продолжат расти", "что реформа требует доработки",
             "что уровень воды в реке снизился", "что экспорт зерна увеличился на треть", "что бюджет региона будет пересмотрен",
             "что переговоры возобновятся осенью", "что число туристов выросло", "что порт работает на пределе возможностей"]
RU_TAIL = ["хотя точные цифры не раскрываются", "по данным ведомства", "несмотря на возражения оппозиции", "впервые за десять лет",
           "как пишут местные издания", "в ходе совещания в среду"]


class Prose:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def sentence(self):
        r = self.r
        s = f"{r.choice(SUBJ)} {r.choice(VERB)} {r.choice(CLAUSE)}"
        if r.random() < 0.6:
            s += ", " + r.choice(TAIL)
        if r.random() < 0.35:
            o = r.choice(OPEN)
            s = (o + " " + s[0].lower() + s[1:]) if o.endswith(",") or o.endswith("that matters because") else o + " " + s
        return s + "."

    def paragraph(self, lo=3, hi=6):
        return " ".join(self.sentence() for _ in range(self.r.randint(lo, hi)))

    def headline(self):
        r = self.r
        n, n2 = r.sample(NOUN, 2)
        return r.choice(HEAD_T).format(a=r.choice(ADJ).lower(), A=r.choice(ADJ), n=n, n2=n2)

    def subhead(self):
        r = self.r
        return f"{r.choice(ADJ)} {r.choice(NOUN)}s and the {r.choice(NOUN)}"

    def lede(self):
        return self.sentence()

    def name(self):
        return self.r.choice(NAMES)

    def comment(self):
        r = self.r
        n, n2 = r.sample(NOUN, 2)
        parts = [r.choice(COMMENT).format(n=n, n2=n2)]
        if r.random() < 0.5:
            parts.append(self.sentence())
        return " ".join(parts)

    def items(self, k=4):
        return [f"{self.r.choice(SUBJ)} {self.r.choice(CLAUSE)[5:]}" for _ in range(k)]

    def ru_sentence(self):
        r = self.r
        return f"{r.choice(RU_SUBJ)} {r.choice(RU_VERB)}, {r.choice(RU_CLAUSE)}, {r.choice(RU_TAIL)}."

    def ru_paragraph(self):
        return " ".join(self.ru_sentence() for _ in range(self.r.randint(3, 5)))
