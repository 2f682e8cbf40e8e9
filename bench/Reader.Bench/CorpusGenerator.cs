using System.Text;

namespace Reader.Bench;

/// <summary>
/// Deterministic corpus to the performance issue's recipe: 1–3 authors from a pool of about N/20, 1–4 themes
/// from about N/100, dates over 15 years, 800–2,000-word bodies with headings, lists, quotes and links,
/// about 5% of articles in Russian and 5% in Japanese.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] English =
    [
        "Japan", "Russia", "China", "treaty", "islands", "energy", "summit", "sanctions", "pipeline", "border", "Tokyo",
        "Moscow", "Beijing", "alliance", "strategy", "negotiations", "economy", "security", "cooperation", "diplomacy",
        "the", "of", "and", "in", "to", "a", "that", "for", "with", "relations", "policy", "region", "leaders", "trade",
        "investment", "influence", "balance", "crisis", "history", "future", "interests", "partnership", "dialogue",
    ];

    private static readonly string[] Russian =
    [
        "Россия", "Япония", "Китай", "договор", "острова", "энергетика", "саммит", "санкции", "граница", "сотрудничество",
        "политика", "отношения", "безопасность", "экономика", "переговоры", "и", "в", "на", "с", "по",
    ];

    private static readonly string[] Japanese = ["日本", "ロシア", "中国", "平和条約", "北方領土", "エネルギー", "首脳会談", "制裁", "協力", "安全保障", "関係", "外交"];

    private static readonly string[] Given = ["Taisuke", "Masahiro", "Kazuhiko", "Dmitry", "Anna", "Hiroshi", "Elena", "James", "Yuki", "Sergei", "Mei", "Olga", "Kenji", "Maria", "Alexei"];

    private static readonly string[] Family = ["Abiru", "Akiyama", "Togo", "Streltsov", "Ivanova", "Sato", "Petrova", "Brown", "Tanaka", "Volkov", "Chen", "Sokolova", "Suzuki", "Garcia", "Orlov"];

    public static Corpus Generate(int count, int seed)
    {
        var random = new Random(seed);
        var authors = Enumerable.Range(0, Math.Max(3, count / 20))
            .Select(i => $"{Given[i % Given.Length]} {Family[i / Given.Length % Family.Length]}{(i >= Given.Length * Family.Length ? $" {i}" : "")}")
            .ToList();
        var themes = Enumerable.Range(0, Math.Max(4, count / 100)).Select(i => $"Theme {i + 1:D3}").ToList();
        var articles = new List<CorpusArticle>(count);
        for (var i = 0; i < count; i++)
        {
            var language = (i % 20) switch { 0 => Russian, 1 => Japanese, _ => English };
            var title = Sentence(random, English, 4, 9).TrimEnd('.');
            var date = new DateOnly(2010, 1, 1).AddDays(random.Next(15 * 365));
            var credited = Pick(random, authors, random.Next(1, 4));
            var filed = Pick(random, themes, random.Next(1, 5));
            articles.Add(new CorpusArticle($"article-{i:D5}", $"{title} {i}", date, credited, filed, Sentence(random, English, 20, 35), Body(random, language, articles)));
        }

        return new Corpus(articles, authors, themes);
    }

    private static string Body(Random random, string[] words, List<CorpusArticle> earlier)
    {
        var target = random.Next(800, 2001);
        var body = new StringBuilder();
        var written = 0;
        var section = 0;
        while (written < target)
        {
            if (written == 0 || random.Next(5) == 0)
            {
                body.Append("## ").Append(Sentence(random, English, 2, 6).TrimEnd('.')).Append($" {++section}\n\n");
            }

            var kind = random.Next(10);
            string block;
            if (kind == 0)
            {
                block = string.Join('\n', Enumerable.Range(0, random.Next(3, 6)).Select(_ => "- " + Sentence(random, words, 5, 12)));
            }
            else if (kind == 1)
            {
                block = "> " + Sentence(random, words, 15, 30);
            }
            else
            {
                block = string.Join(' ', Enumerable.Range(0, random.Next(3, 7)).Select(_ => Sentence(random, words, 10, 25)));
                if (earlier.Count > 0 && random.Next(3) == 0)
                {
                    var other = earlier[random.Next(earlier.Count)];
                    block += $" See [{other.Title}](/articles/{other.Slug}/) and [the source](https://example.org/{random.Next(100000)}).";
                }
            }

            written += block.Count(c => c == ' ') + 1;
            body.Append(block).Append("\n\n");
        }

        return body.ToString();
    }

    private static string Sentence(Random random, string[] words, int min, int max)
    {
        var count = random.Next(min, max + 1);
        var text = string.Join(words == Japanese ? "" : " ", Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
        return char.ToUpperInvariant(text[0]) + text[1..] + (words == Japanese ? "。" : ".");
    }

    private static List<string> Pick(Random random, IReadOnlyList<string> pool, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => pool[random.Next(pool.Count)]).Distinct()];
}
