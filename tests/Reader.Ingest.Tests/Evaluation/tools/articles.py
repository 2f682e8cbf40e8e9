# The article bodies of the evaluation pages: written for this set, one per page. Each is a list of blocks:
# ("p", text) | ("h2", text) | ("ul", [items]) | ("ol", [items]) | ("quote", text) | ("fig", src, caption) | ("table", caption, rows)
A = {}

A["wp_classic"] = dict(title="Why the Arctic Council Still Matters", author="Helen Marsh", date="2023-04-11", site="Northern Review", body=[
("p", "When the Arctic Council paused its work in March 2022, many observers declared the forum finished. A body built on consensus, they argued, could not survive a war launched by one of its eight members. Yet a year later, the council's working groups are quietly resuming projects that matter to the people who live in the region."),
("p", "The reason is simple. The problems the council was created to address have not gone away: thawing permafrost, black carbon, search and rescue in waters that are busier every summer, and the health of Indigenous communities scattered across a vast territory."),
("h2", "Consensus without Moscow"),
("p", "The seven states that suspended cooperation have found ways to continue limited work without Russian participation. Projects that never involved Russian agencies were the first to restart, followed by those in which Russian partners were only observers."),
("p", "This arrangement is fragile. Russia controls roughly half of the Arctic coastline, and any serious monitoring of the Arctic Ocean requires its data. Scientists who spent decades building joint networks now see gaps growing in their time series."),
("quote", "You cannot measure an ocean from one side of it, said a Norwegian oceanographer who asked not to be named."),
("h2", "What comes next"),
("p", "Norway took over the chairmanship in May 2023 and has promised to keep the council alive as an institution. Its priorities include the ocean, climate, sustainable economic development and the people of the north, a list that deliberately avoids anything that would require political agreement with Moscow."),
("p", "Whether that is enough depends less on diplomats than on the working groups themselves, whose experts have always been the council's real strength."),
])

A["wp_gutenberg"] = dict(title="The Quiet Return of Industrial Policy", author="Daniel Okafor", date="2024-02-19", site="Policy Ledger", body=[
("p", "For three decades, industrial policy was a phrase that economists used mostly as a warning. Governments, the argument went, were bad at picking winners and good at protecting losers. That consensus has now collapsed in Washington, Brussels and Tokyo alike."),
("fig", "/wp-content/uploads/2024/02/fab.jpg", "A semiconductor plant under construction in Arizona, one of dozens funded by new subsidies."),
("p", "The new subsidies are enormous. The United States has committed more than fifty billion dollars to semiconductor manufacturing alone, and hundreds of billions more in tax credits for clean energy. The European Union has answered with its own chips act and a loosening of state aid rules."),
("h2", "Three differences from the past"),
("ul", ["Today's programmes target supply chains rather than single national champions.", "They are justified by security as much as by growth.", "They come with conditions on wages, training and domestic content."]),
("p", "Critics warn that subsidy races between allies waste money and invite retaliation. Supporters reply that the alternative, dependence on a single supplier for critical goods, has already proved more expensive."),
("quote", "The question is no longer whether to have an industrial policy, but whether to have a good one."),
("p", "What is certain is that the debate has moved from whether the state should shape markets to how it should do so, and who will pay for it."),
])

A["drupal"] = dict(title="Water Scarcity and the Politics of the Nile", author="Amina Yusuf", date="2022-09-30", site="Institute for Regional Studies", body=[
("p", "The Grand Ethiopian Renaissance Dam has been filling for three years, and the catastrophe that some predicted downstream has not yet arrived. That does not mean the dispute between Ethiopia, Sudan and Egypt is settled; it means the hardest years are still ahead."),
("p", "A dam of this size changes the river most during droughts. In a wet year, there is enough water to fill the reservoir and keep the flow to Sudan and Egypt close to normal. In a multi-year drought, every decision about releases becomes a decision about whose farms go dry."),
("h2", "The missing agreement"),
("p", "Negotiations have repeatedly stalled on one question: whether rules for drought years should be binding. Egypt and Sudan insist on a legally binding agreement with a dispute-resolution mechanism. Ethiopia prefers guidelines that it can adjust as conditions change."),
("p", "Outside mediators, from the African Union to the United States, have proposed compromises that would make some rules binding and others advisory. None has been accepted."),
("p", "Without a deal, the three governments will manage the next drought in real time, under domestic pressure and with little trust in each other's data."),
])

A["ghost"] = dict(title="Notes on Writing Long-Form Analysis", author="Sara Lindqvist", date="2023-11-02", site="The Margin", body=[
("p", "Long-form analysis is not a long news story. It is an argument, and an argument needs a question that the reader cares about before the first paragraph ends."),
("p", "The most common failure I see in drafts is the inventory: a careful list of everything that is known about a topic, arranged in the order the writer learned it. Inventories are useful for the writer. They are exhausting for the reader."),
("h2", "Start with the tension"),
("p", "Good analysis begins where two reasonable claims collide. Sanctions are working; the economy they target is growing. Both statements can be true, and explaining how is worth three thousand words."),
("h2", "Earn every section"),
("p", "Each section should answer a question that the previous one raised. If a section could be moved elsewhere without anyone noticing, it probably belongs in a footnote or nowhere at all."),
("ol", ["State the question plainly.", "Give the strongest version of the view you reject.", "Show the evidence that decides between them.", "Say what would change your mind."]),
("p", "None of this is new advice. It is simply easier to give than to follow, which is why editors exist."),
])

A["medium_like"] = dict(title="What I Learned Translating Soviet Economic Journals", author="Pavel Grin", date="2021-06-14", site="Medium", body=[
("p", "For two years I spent my evenings translating articles from Soviet economic journals of the 1970s. I expected propaganda. What I found was a profession arguing with itself in a code that took me months to learn."),
("p", "The authors could not write that planning had failed. They could write that certain indicators had shown insufficient dynamism in certain sectors, and every reader understood exactly what that meant."),
("h2", "The grammar of dissent"),
("p", "Criticism was almost always framed as a call to fulfil a decision of the party more completely. An article attacking the system of plan targets would begin by quoting a congress resolution on improving economic management, then spend twenty pages showing why the current targets made improvement impossible."),
("p", "Footnotes carried the real debates. A citation of a Hungarian or Yugoslav economist was a signal that the author favoured market reforms, even when the text said nothing of the kind."),
("p", "Reading these journals today is a lesson in how expertise survives under censorship: not by speaking openly, but by building a shared language that the censors were too bored to decode."),
])

A["bignews_onetrust"] = dict(title="Central Banks Weigh the Cost of Holding Rates High", author="Marcus Bell", date="2024-05-08", site="The Global Courier", body=[
("p", "Central bankers gathering in Zurich this week face a question that seemed settled only months ago: how long can interest rates stay at their current level before the damage outweighs the benefit?"),
("p", "Inflation has fallen across most advanced economies, but not as quickly as policymakers had hoped. Services prices in particular remain stubborn, driven by wages that are still catching up with the price increases of 2022."),
("p", "At the same time, the cost of high rates is becoming visible. Commercial property values have dropped sharply in several countries, and regional lenders with large property portfolios are under strain."),
("h2", "A divided committee"),
("p", "Minutes from recent meetings show policymakers split between those who fear cutting too early and repeating the mistakes of the 1970s, and those who warn that waiting too long will cause an unnecessary recession."),
])

A["wire"] = dict(title="Grain Shipments Through Black Sea Corridor Reach New High", author="Reporting by Olena Kovalenko; Editing by Mark Heinrich", date="2024-03-21", site="Wire Service", body=[
("p", "KYIV, March 21 (Wire) - Grain shipments through Ukraine's Black Sea corridor reached their highest monthly level since the start of the war, the agriculture ministry said on Thursday, as ports near Odesa worked at close to pre-war capacity."),
("p", "About 5.2 million tonnes of grain and oilseeds left the ports in the first three weeks of March, the ministry said, compared with 4.1 million tonnes in the whole of February."),
("p", "Ukraine has used the corridor since August, when it began sending ships along the western coast of the Black Sea without guarantees from Russia. Insurance costs for the route have fallen steadily as attacks on shipping became less frequent."),
("p", "Traders said the higher volumes were putting pressure on global wheat prices, which fell to their lowest level in more than three years this month."),
("p", "The ministry said it expected exports to remain strong in April, though attacks on port infrastructure remained a risk."),
])

A["thinktank_pdf"] = dict(title="Energy Security in Central Asia: Options for 2030", author="Timur Akhmetov", date="2023-10-05", site="Center for Strategic Futures", body=[
("p", "Central Asia holds some of the world's largest reserves of gas and uranium, yet its own energy systems are among the least reliable in Eurasia. This report examines why, and what governments and their partners can do about it before the end of the decade."),
("p", "Drawing on interviews with officials and engineers in Kazakhstan, Uzbekistan and Kyrgyzstan, the authors find that ageing Soviet-era grids, underpriced electricity and weak regional coordination explain most of the winter blackouts of recent years."),
("h2", "Key findings"),
("ul", ["Regional power trading could cut winter shortages by a third at low cost.", "Tariff reform must be paired with targeted support for poor households.", "Renewable projects are growing fast but depend on grid upgrades that have not been funded."]),
("p", "The report concludes with recommendations for governments in the region, for international lenders and for neighbouring states that buy Central Asian energy."),
])

A["cambridge_chapter"] = dict(title="Frontier Diplomacy in the Russian Far East, 1860–1905", author="Elena Sokolova", date="2020-08-27", site="Cambridge University Press", body=[
("h2", "Summary"),
("p", "This chapter examines how Russian officials on the Pacific frontier conducted diplomacy with Qing China, Japan and Korea in the decades after the Treaty of Peking. Far from Saint Petersburg and often without instructions, governors-general and border commissars improvised policies that shaped the region for half a century."),
("p", "Using archival material from Vladivostok and Khabarovsk, the chapter shows that local officials were more cautious than the expansionist image of the period suggests. Their reports stress the weakness of Russian settlement, the cost of supplying garrisons and the need to keep trade with Chinese merchants flowing."),
("p", "The chapter concludes that the turn to open confrontation after 1898 was driven from the capital, against the advice of many who knew the frontier best."),
])

A["aggregator_ru"] = dict(title="Экономические факторы российско-японских отношений", author="Иван Петров", date="2021-03-15", site="КиберЛенинка", lang="ru", body=[
("h2", "Аннотация"),
("p", "В статье рассматриваются экономические факторы, влияющие на развитие российско-японских отношений в последнее десятилетие. Особое внимание уделяется энергетическому сотрудничеству, торговле и инвестициям японских компаний на Дальнем Востоке России."),
("p", "Автор приходит к выводу, что экономическое взаимодействие двух стран остаётся ограниченным из-за нерешённого территориального вопроса, санкционного давления и недостаточно развитой инфраструктуры. Вместе с тем проекты в области сжиженного природного газа показывают, что при наличии взаимной выгоды стороны способны преодолевать политические разногласия."),
("p", "Ключевые выводы статьи могут быть полезны исследователям международных отношений в Азиатско-Тихоокеанском регионе."),
])

A["japanese_sjis"] = dict(title="北方領土問題と日ロ関係の行方", author="佐藤健", date="2022-01-20", site="東京時事ニュース", lang="ja", body=[
("p", "日本とロシアの間の平和条約交渉は、長年にわたって北方領土問題をめぐり停滞してきた。両国の首脳は何度も会談を重ねたが、具体的な成果は限られている。"),
("p", "専門家によると、ロシア側は近年、領土問題を解決済みとする立場を強めており、日本側の期待とは大きな隔たりがある。また、国際情勢の変化により、交渉の環境は一段と厳しくなった。"),
("h2", "経済協力の現状"),
("p", "一方で、エネルギー分野を中心とした経済協力は続いている。サハリンでの天然ガス事業には日本企業が参加しており、日本のエネルギー安全保障にとって重要な役割を果たしている。"),
("p", "今後の日ロ関係は、国際社会の動向と両国の国内政治に大きく左右されるとみられる。"),
])

A["russian_1251"] = dict(title="Арктика как пространство сотрудничества", author="Анна Смирнова", date="2023-06-02", site="Международная аналитика", lang="ru", body=[
("p", "Арктический регион на протяжении десятилетий оставался примером того, как государства с разными интересами могут сотрудничать в решении общих задач. Научные исследования, защита окружающей среды и поиск и спасение на море объединяли страны даже в периоды политической напряжённости."),
("p", "Сегодня эта модель переживает серьёзный кризис. Приостановка работы Арктического совета в 2022 году показала, насколько уязвимы институты, основанные на консенсусе."),
("h2", "Перспективы диалога"),
("p", "Тем не менее многие эксперты считают, что полный отказ от сотрудничества невозможен. Изменение климата, судоходство по Северному морскому пути и освоение ресурсов требуют координации, которую не может обеспечить ни одно государство в одиночку."),
("p", "Вопрос заключается лишь в том, какие формы примет это сотрудничество в ближайшие годы."),
])

A["blog_comments"] = dict(title="Reading Tocqueville in a Polarised Age", author="Grace Whitfield", date="2022-11-20", site="Slow Reading", body=[
("p", "I reread Democracy in America this autumn, for the first time since university, and was struck by how little of it is about institutions. Tocqueville spends far more pages on habits, manners and the small associations that Americans formed for every purpose imaginable."),
("p", "His fear was not that democracy would produce tyranny of the old kind, but that it would produce citizens so absorbed in private life that they would hand public affairs to a gentle, all-providing state."),
("p", "What protects against that outcome, in his account, is the practice of joining others to do things together: building a road, running a school, organising a temperance society. These associations teach citizens to cooperate with people they disagree with."),
("p", "It is hard to read those chapters today without thinking of how much of our associational life has moved online, where joining requires nothing and cooperation with opponents is rarely the point."),
])

A["br_divs"] = dict(title="Memories of a Railway Town", author="Tom Achterberg", date="2019-07-03", site="Local History Society", body=[
("p", "The railway came to our town in 1872, and for a hundred years almost every family had someone who worked for it. My grandfather was a signalman, my father a fitter in the locomotive shed."),
("p", "On summer evenings the whole street would sit outside and listen to the express go through at half past eight. Children were not allowed to wave at the drivers, and every child did."),
("p", "The shed closed in 1968. Within ten years half the shops on the high street had gone, and the station building became a carpet warehouse."),
("p", "Today the line is busy again, with commuters rather than coal, and the old goods yard is a car park. Few of the people who park there know what it used to be."),
])

A["footnotes"] = dict(title="Sovereignty and the Law of the Sea", author="Nadia Haddad", date="2021-12-09", site="Journal of Maritime Affairs", body=[
("p", "The United Nations Convention on the Law of the Sea is often described as a constitution for the oceans.[1] Like most constitutions, it leaves its most contested questions to interpretation."),
("p", "Nowhere is this clearer than in the definition of islands. Article 121 distinguishes islands, which generate a full exclusive economic zone, from rocks that cannot sustain human habitation or economic life of their own.[2]"),
("p", "The 2016 arbitral award in the South China Sea case interpreted that provision narrowly, holding that none of the features in the Spratly Islands qualified as fully entitled islands. The ruling has since been cited in disputes far from the South China Sea."),
("fn", ["Tommy Koh, A Constitution for the Oceans, remarks at the final session of the conference, 1982.", "United Nations Convention on the Law of the Sea, Article 121, paragraph 3."]),
])

A["table_figures"] = dict(title="Defence Spending in Europe After 2022", author="Lukas Brandt", date="2024-01-15", site="Security Monitor", body=[
("p", "European defence budgets have grown faster since February 2022 than at any time since the end of the Cold War. The increase is uneven, however, and concentrated in states closest to Russia."),
("table", "Defence spending as a share of GDP", [["Country", "2021", "2023"], ["Poland", "2.2%", "3.9%"], ["Estonia", "2.0%", "2.7%"], ["Germany", "1.3%", "1.6%"], ["Italy", "1.5%", "1.5%"]]),
("p", "Poland's increase is the most dramatic, and it has been spent largely on tanks, artillery and aircraft bought from South Korea and the United States."),
("fig", "/images/charts/spending.png", "Figure 1. Defence spending growth by region, 2021 to 2023."),
("p", "Western European states have raised budgets more slowly, and much of their new money has gone to replenishing stocks sent to Ukraine rather than to new capabilities."),
])

A["amp"] = dict(title="Tokyo Prepares for a Summer of Record Heat", author="Keiko Tanaka", date="2023-07-01", site="Asia Daily", body=[
("p", "Tokyo's metropolitan government has opened more than two hundred cooling shelters this summer, as forecasters warn that the city could see its hottest July on record."),
("p", "The shelters, in libraries, community centres and some department stores, are meant above all for elderly residents who live alone and may not run air conditioning because of its cost."),
("p", "Heatstroke deaths in Japan have risen sharply over the past two decades, and most victims are over sixty-five and die at home."),
("p", "City officials said they would also send volunteers to check on residents registered as living alone during heat alerts."),
])

A["jsonld_only"] = dict(title="How Ports Became the Front Line of Trade Policy", author="Ruth Ellison", date="2023-09-12", site="Trade Desk", body=[
("p", "Ports used to be the least political part of the trade system. They loaded and unloaded whatever governments allowed, and their managers worried about cranes, dredging and labour contracts."),
("p", "That has changed. Investment screening, sanctions enforcement and concerns about surveillance equipment have turned port ownership into a question of national security in Europe and the United States."),
("p", "The most visible example is the debate over Chinese stakes in European terminals, from Piraeus to Hamburg. Governments that once welcomed the capital now scrutinise every new deal."),
("p", "Port operators say the new scrutiny slows investment that the industry badly needs, while security officials argue that the risks were ignored for too long."),
])

A["cookiebot"] = dict(title="The Long Decline of the Landline", author="Oliver Grant", date="2022-04-04", site="Signal Weekly", body=[
("p", "Fewer than a third of households in Britain now use a landline telephone for calls, and operators plan to switch off the old copper network entirely within a few years."),
("p", "For most people the change will pass unnoticed. For some it will not: alarm systems for elderly people, lift emergency phones and some payment terminals still depend on the old network."),
("p", "Engineers say the digital replacement is more capable in almost every respect, except one. It needs power at the customer's end, so a cut in electricity can also cut the phone line."),
("p", "Regulators have asked operators to provide battery backup for vulnerable customers, but campaigners say many people do not know they need it."),
])

A["didomi"] = dict(title="Europe's Night Trains Make a Comeback", author="Claire Dubois", date="2023-12-10", site="Voyages Today", body=[
("p", "Twenty years ago, European railways were closing their sleeper services one by one. Budget airlines were cheaper and faster, and night trains seemed a relic."),
("p", "Now new routes open every year. Austrian railways run sleepers from Vienna to Paris, Brussels and Amsterdam, and private operators have launched services between Germany and Scandinavia."),
("p", "Demand comes from travellers who want to avoid flying for environmental reasons, but operators say the economics remain difficult. Sleeper carriages are expensive, and track access charges differ from country to country."),
("p", "Advocates want the European Union to harmonise those charges and fund new rolling stock, arguing that night trains can replace many short flights."),
])

A["quantcast"] = dict(title="A Short History of the Filing Cabinet", author="Ben Adler", date="2021-02-22", site="Curious Objects", body=[
("p", "The vertical filing cabinet was shown to the public at the Chicago World's Fair of 1893, and within a generation it had transformed the office."),
("p", "Before it, businesses kept letters in bound books or in pigeonholes, where finding a single document could take an hour. Vertical files, sorted by subject and name, made information retrievable by anyone who knew the system."),
("p", "Historians of bureaucracy argue that the cabinet did more than store paper. It created the job of the file clerk, the idea of the record, and much of the modern organisation's memory."),
])

A["complianz"] = dict(title="Why Small Museums Are Digitising Their Collections", author="Maria Costa", date="2023-03-17", site="Heritage Now", body=[
("p", "Small museums hold a large share of the objects in public collections, but most of them have never been photographed, let alone catalogued online."),
("p", "New funding programmes are changing that. Volunteers trained in basic photography and data entry can now digitise thousands of items a year using inexpensive equipment."),
("p", "Curators say the benefits go beyond access. A digital record helps with insurance, loans and research, and it can bring new visitors who discover an object online."),
("p", "The hardest part is not the photography but the descriptions, which require knowledge that often lives only in the memory of long-serving staff."),
])

A["cookieyes"] = dict(title="The Economics of Urban Beekeeping", author="Jonas Weber", date="2022-06-28", site="City Green", body=[
("p", "Rooftop beehives have become a fashionable addition to office buildings and hotels, but researchers question whether they help bees at all."),
("p", "A study in London found that the number of hives had grown faster than the supply of flowers, so honeybees were competing with wild pollinators for limited food."),
("p", "Ecologists argue that planting flowering trees and leaving verges uncut would do more for pollinators than adding hives."),
])

A["usercentrics"] = dict(title="What Happened to the Four-Day Week Trials", author="Emma Nilsson", date="2024-04-02", site="Work Futures", body=[
("p", "Two years after the largest four-day week trial began in Britain, most of the companies that took part still run some version of the shorter week."),
("p", "Managers report lower staff turnover and fewer sick days. Productivity is harder to measure, and results vary by sector, with office work adapting more easily than services that must be staffed every day."),
("p", "Critics note that companies which volunteered for the trial were likely to succeed, and that the results may not apply to the economy as a whole."),
("p", "Even so, the idea has moved from the fringe to mainstream policy debate in several countries."),
])

A["osano"] = dict(title="Learning to Read Satellite Images", author="Priya Raman", date="2023-08-08", site="Open Source Lens", body=[
("p", "Commercial satellite imagery is now cheap enough that journalists and researchers use it routinely, but reading it well takes practice."),
("p", "Shadows reveal the height of buildings and the time of day. Vehicle tracks show where equipment has moved. Comparing images from different dates often matters more than any single picture."),
("p", "Analysts warn against overconfidence. Clouds, low resolution and unfamiliar landscapes make errors easy, and a confident claim based on a blurry image can do real damage."),
("p", "The best practice is to publish the images alongside the analysis so that others can check it."),
])

A["substack_like"] = dict(title="The Map Is Not the Territory, Again", author="Leo Martins", date="2024-03-03", site="Borderlines", body=[
("p", "Every few months a new map of the world's conflicts circulates online, coloured in alarming reds and oranges. Most of them tell you more about their makers than about the world."),
("p", "The problem is aggregation. A country is coloured red because of fighting in one province, while the capital and most of the population live in peace. Another is left grey because the violence is criminal rather than political."),
("p", "Maps are arguments. Reading them well means asking what was counted, what was left out, and why the colours were chosen."),
("p", "This week I look at three maps of the same conflict and show how each tells a different story."),
])

A["university_news"] = dict(title="Study Links Sleep Patterns to Exam Results", author="Communications Office", date="2023-05-25", site="Northfield University", body=[
("p", "Students who keep regular sleep schedules score higher in exams than those who sleep the same amount at irregular times, according to a study by researchers at the university."),
("p", "The team tracked more than four hundred first-year students with wearable devices over a full academic year and compared their sleep data with their grades."),
("p", "The effect of regularity remained after accounting for total sleep time, course load and prior academic performance."),
("p", "The researchers plan to test whether advice on sleep routines can improve results in a follow-up study next year."),
])

A["magazine_longread"] = dict(title="The Cartographers of the Deep Sea", author="Isabel Moreno", date="2022-10-16", site="Horizon Magazine", body=[
("p", "Less than a quarter of the ocean floor has been mapped in high resolution. We know the surface of Mars better than the bottom of our own seas."),
("p", "A global project launched in 2017 aims to change that by the end of the decade, combining data from research vessels, fishing boats and autonomous drones."),
("p", "Progress has been faster than expected. Every ship that crosses an ocean with a modern echo sounder can contribute a strip of new data, and thousands now do."),
("h2", "Who owns the seabed data"),
("p", "Not everyone is willing to share. Navies treat detailed bathymetry as sensitive, and mining companies guard the surveys they pay for."),
("p", "The project's leaders hope that the scientific value of a complete map will persuade more governments to release what they hold."),
])

A["table_layout"] = dict(title="Notes from the Village Archive", author="Walter Brooks", date="2008-03-14", site="Parish History Pages", body=[
("p", "The parish registers begin in 1563 and survive almost complete, apart from a gap during the Civil War when the vicar was ejected and no one kept the books."),
("p", "Baptisms, marriages and burials are written in a succession of hands, some careful, some barely legible. The clerk of the 1690s added notes on the weather and the price of wheat."),
("p", "Anyone wishing to consult the originals should write to the county record office, where they have been kept since 1952."),
])

A["interview"] = dict(title="Interview: The Future of Arms Control", author="Jakob Meier", date="2023-02-06", site="Strategy Talks", body=[
("p", "With the last major nuclear treaty between the United States and Russia suspended, we asked a former negotiator what comes next."),
("p", "Is arms control dead?"),
("p", "No, but it is in intensive care. The habits of verification and dialogue that took decades to build can be lost in a few years, and rebuilding them will be slow."),
("p", "What could bring the parties back to the table?"),
("p", "Paradoxically, a new arms race. Both sides know that unconstrained competition is expensive and dangerous, and at some point that cost will become a reason to talk."),
])

A["paywall_teaser"] = dict(title="Inside the Race to Build Better Batteries", author="Samuel Park", date="2024-06-11", site="Tech Business Review", body=[
("p", "Battery makers are betting billions on chemistries that could make electric cars cheaper and safer. Sodium-ion cells, which use abundant materials instead of lithium, are moving from laboratories into factories."),
("p", "Chinese manufacturers lead the field, having started mass production of sodium-ion cells for small cars and energy storage last year."),
])
