using System.Globalization;
using System.Text;
using Reader.Site.Tests.Support;
using Xunit.Abstractions;

namespace Reader.Site.Tests.Building;

public sealed class SyntheticCorpusTests(ITestOutputHelper output)
{
    private static readonly string[] Vocabulary =
    [
        "sanctions", "pipeline", "islands", "summit", "treaty", "Beijing", "Moscow", "Tokyo", "Washington", "alliance",
        "energy", "Sakhalin", "Arctic", "fisheries", "security", "deterrence", "trade", "investment", "Kuril", "diplomacy",
        "Россия", "Япония", "日本", "ロシア", "Shinzō", "economy", "navy", "Crimea", "Ukraine", "pandemic",
    ];

    [Fact]
    public void A_thousand_article_corpus_builds_without_errors()
    {
        using var folder = new TempFolder();
        var input = folder.Combine("input");
        Write(input);
        var started = DateTime.UtcNow;
        var result = SiteBuilder.Build(new Content.ReaderSettings { Host = "reader.example.org" }, input, RepoPaths.Theme, folder.Combine("output"));
        output.WriteLine($"Built {result.PagesWritten} pages ({result.FilesWritten} files) in {result.Elapsed.TotalMilliseconds:F0} ms (wall {(DateTime.UtcNow - started).TotalMilliseconds:F0} ms).");

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.True(result.PagesWritten > 1000);
    }

    /// <summary>A deterministic corpus: 1,000 articles, 60 people, 8 themes, short bodies with a few sections.</summary>
    private static void Write(string input)
    {
        var random = new Random(20240326);
        string[] themes = ["japan-russia-relations", "peace-treaty-northern-territories", "china-factor", "us-russia-relations", "ukraine-crisis-sanctions", "energy-economic-cooperation", "leaders-personal-diplomacy", "covid-19"];
        Directory.CreateDirectory(Path.Combine(input, "articles"));
        Directory.CreateDirectory(Path.Combine(input, "themes"));
        File.WriteAllText(Path.Combine(input, "index.md"), "---\ntitle: Synthetic\n---\nA synthetic collection.\n");
        foreach (var theme in themes)
        {
            File.WriteAllText(Path.Combine(input, "themes", theme + ".md"), $"---\ntitle: {theme}\n---\nAbout {theme}.\n");
        }

        for (var i = 0; i < 1000; i++)
        {
            var text = new StringBuilder();
            text.Append("---\ntitle: Article ").Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
            text.Append("authors: [Person ").Append(random.Next(60).ToString(CultureInfo.InvariantCulture)).Append(", Person ").Append(random.Next(60).ToString(CultureInfo.InvariantCulture)).Append("]\n");
            if (i % 7 != 0)
            {
                text.Append("date: ").Append(new DateOnly(2005, 1, 1).AddDays(random.Next(7000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
            }

            text.Append("themes: [").Append(themes[random.Next(themes.Length)]).Append(", ").Append(themes[random.Next(themes.Length)]).Append("]\n---\n");
            for (var section = 0; section < 4; section++)
            {
                text.Append("## Section ").Append(section.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
                for (var word = 0; word < 60; word++)
                {
                    text.Append(Vocabulary[random.Next(Vocabulary.Length)]).Append(word % 12 == 11 ? ".\n" : " ");
                }

                text.Append("Person ").Append(random.Next(60).ToString(CultureInfo.InvariantCulture)).Append(" said so.\n\n");
            }

            File.WriteAllText(Path.Combine(input, "articles", $"article-{i.ToString("D4", CultureInfo.InvariantCulture)}.md"), text.ToString());
        }
    }
}
