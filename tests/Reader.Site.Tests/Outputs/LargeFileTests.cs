using System.Globalization;
using System.Text;
using Reader.Site.Outputs;
using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Outputs;

/// <summary>A page, feed or index over 1 MB is reported by name, as a warning: the build still succeeds.</summary>
public sealed class LargeFileTests
{
    [Fact]
    public void Warns_of_each_written_page_feed_or_index_over_a_megabyte_naming_it()
    {
        // Long paragraphs, each its own: a megabyte of text without thousands of paragraphs to give ids to.
        var body = new StringBuilder();
        for (var i = 0; body.Length <= OutputWriter.LargeFileBytes; i++)
        {
            body.Append(CultureInfo.InvariantCulture, $"Meeting {i}:");
            for (var j = 0; j < 40; j++)
            {
                body.Append(" The delegations talked late into the night about fisheries near the islands.");
            }

            body.Append("\n\n");
        }

        using var site = MiniSite.Build($"""
            -- input/articles/long.md --
            ---
            title: A very long record
            date: 2020-05-01
            ---
            {body}
            -- input/articles/short.md --
            ---
            title: A short note
            date: 2020-05-02
            ---
            A short note.
            """);

        Assert.False(site.Result.HasErrors);
        var warned = site.Result.Diagnostics.Where(d => d.Message.Contains("over the 1 MB", StringComparison.Ordinal)).ToList();
        Assert.All(warned, d => Assert.False(d.IsError));
        Assert.Contains(warned, d => d.Path == "articles/long/index.html");
        Assert.StartsWith("articles/long/index.html: warning: the file is 1.", warned.Single(d => d.Path == "articles/long/index.html").ToString(), StringComparison.Ordinal);

        // Exactly the text files over the limit are named: not the short article, and not the e-book, a download.
        var large = site.Files()
            .Where(f => new FileInfo(Path.Combine(site.OutputDir, f)).Length > OutputWriter.LargeFileBytes && (f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal)))
            .ToList();
        Assert.Equal(large, warned.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(warned, d => d.Path.EndsWith(".epub", StringComparison.Ordinal) || d.Path.StartsWith("articles/short/", StringComparison.Ordinal));
    }
}
