using System.Globalization;
using System.Text;
using Reader.Testing;

namespace Reader.Browser.Tests;

/// <summary>
/// A generated collection large enough for what the real one is too small to show: lists of several pages, a
/// search index of several article shards and term shards split past their first letter. Built once with
/// <c>reader build</c>, served on loopback, with one headless Chromium for its tests.
/// </summary>
public sealed class LargeSite() : ServedSite("reader-browser-large-")
{
    public const int ArticleCount = 260;

    private static readonly string[] Words =
    [
        "sakhalin", "kuril", "treaty", "summit", "energy", "pipeline", "sanctions", "fisheries", "diplomacy", "security",
        "alliance", "negotiation", "islands", "economy", "investment", "territory", "strategy", "military", "dialogue", "visit",
        "santa", "sapporo", "sardine", "satellite", "saturn", "savings", "scale", "schedule", "scholar", "science",
    ];

    protected override void WriteProject()
    {
        Repository.CopyFolder(Path.Combine(Repository.Root, "theme"), Path.Combine(Root, "theme"));
        Directory.CreateDirectory(Path.Combine(Root, "seeds"));
        var articles = Path.Combine(Root, "input", "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(Root, "input", "index.md"), "---\ntitle: A large reader\n---\nA generated collection.\n");
        var random = new Random(18);
        for (var i = 0; i < ArticleCount; i++)
        {
            var date = new DateOnly(2010, 1, 1).AddDays(i * 11).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var body = new StringBuilder();
            for (var p = 0; p < 4; p++)
            {
                body.AppendJoin(' ', Enumerable.Range(0, 60).Select(_ => Words[random.Next(Words.Length)])).Append(".\n\n");
            }

            File.WriteAllText(Path.Combine(articles, $"article-{i:D3}.md"), $"---\ntitle: Article {i:D3}\nauthors: [Jane Roe]\ndate: {date}\nlanguage: en\n---\n{body}");
        }

        File.WriteAllText(Path.Combine(articles, "japanese.md"), "---\ntitle: 日本とロシアの平和条約交渉\nauthors: [Abe Doe]\ndate: 2012-05-05\nlanguage: ja\n---\n日本とロシアは平和条約の交渉を続けている。北方領土の問題が残る。\n");
        File.WriteAllText(Path.Combine(articles, "russian.md"), "---\ntitle: Переговоры о мирном договоре\nauthors: [Abe Doe]\ndate: 2012-06-06\nlanguage: ru\n---\nЯпония и Россия продолжают переговоры о мирном договоре.\n");
    }
}

[CollectionDefinition(Name)]
public sealed class LargeSiteCollection : ICollectionFixture<LargeSite>
{
    public const string Name = "large site";
}
