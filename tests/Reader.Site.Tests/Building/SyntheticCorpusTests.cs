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

    private static readonly string[] Months = ["January", "March", "May", "July", "September", "November"];

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

        // No page, feed or index grows past 1 MB, and none is reported. The timeline's 1,350 events (about 500 KB on one
        // page, growing with the collection) are on year pages of at most a page of events each, behind an overview of
        // the latest few: no page of it comes near 64 KB.
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("over the 1 MB", StringComparison.Ordinal));
        var files = Directory.EnumerateFiles(folder.Combine("output"), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".html" or ".json" or ".xml")
            .Select(f => (Path: Path.GetRelativePath(folder.Combine("output"), f), new FileInfo(f).Length))
            .ToList();
        Assert.All(files, f => Assert.True(f.Length <= Reader.Site.Outputs.OutputWriter.LargeFileBytes, $"{f.Path}: {f.Length:N0} bytes"));
        var timeline = files.Where(f => f.Path.StartsWith("timeline", StringComparison.Ordinal)).ToList();
        Assert.True(timeline.Count > 30);
        Assert.All(timeline, f => Assert.True(f.Length < 64_000, $"{f.Path}: {f.Length:N0} bytes"));
        output.WriteLine($"Largest files: {string.Join(", ", files.OrderByDescending(f => f.Length).Take(5).Select(f => $"{f.Path} {f.Length:N0}"))}.");
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

                text.Append("Person ").Append(random.Next(60).ToString(CultureInfo.InvariantCulture)).Append(" said so.");
                if (section == 0 && i % 2 == 0)
                {
                    text.Append(" In ").Append(Months[random.Next(Months.Length)]).Append(' ').Append((1990 + random.Next(35)).ToString(CultureInfo.InvariantCulture)).Append(" the delegations met.");
                }

                text.Append("\n\n");
            }

            File.WriteAllText(Path.Combine(input, "articles", $"article-{i.ToString("D4", CultureInfo.InvariantCulture)}.md"), text.ToString());
        }
    }
}
