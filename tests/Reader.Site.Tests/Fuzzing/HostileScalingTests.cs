using System.Text;
using Reader.Content;
using Reader.Site.Tests.Support;
using Reader.Site.Text;
using Reader.Testing;
using Xunit.Abstractions;

namespace Reader.Site.Tests.Fuzzing;

/// <summary>
/// Hostile input whose cost grew faster than its size: many identical headings (their ids), deeply nested raw HTML
/// (the parser) and an article crediting thousands of people (every author page listed every co-author). Each is
/// held to linear growth: a CPU-time ratio of 10× the input, or a count of what is written.
/// </summary>
[Collection(nameof(TimingCollection))]
public sealed class HostileScalingTests(ITestOutputHelper output)
{
    [Fact]
    public void Heading_ids_for_many_identical_headings_take_linear_time()
    {
        var small = Headings(2_000);
        var large = Headings(20_000);

        CpuTimer.AssertGrowsLinearly("identical headings", () => HeadingAnchors.Apply(ArticleMarkdown.Parse(small)), () => HeadingAnchors.Apply(ArticleMarkdown.Parse(large)), output.WriteLine);
    }

    [Fact]
    public void Identical_headings_get_the_ids_they_always_had()
    {
        var sections = HeadingAnchors.Apply(ArticleMarkdown.Parse("## Same\n\nText.\n\n## Same 2\n\nText.\n\n## Same\n\nText.\n\n## Same\n\nText.\n\n## Contents\n\nText.\n"));

        Assert.Equal(["same", "same-2", "same-3", "same-4", "contents-2"], sections.Select(s => s.Id));
    }

    [Fact]
    public void Deeply_nested_raw_html_takes_linear_time()
    {
        var small = Divs(2_000);
        var large = Divs(20_000);

        CpuTimer.AssertGrowsLinearly("nested divs", () => ArticleMarkdown.ToHtml(small), () => ArticleMarkdown.ToHtml(large), output.WriteLine);
        Assert.Contains("deep text", ArticleMarkdown.ToHtml(large));
    }

    [Fact]
    public void Pages_written_for_an_article_with_many_authors_grow_linearly_with_the_authors()
    {
        var small = BuildWithAuthors(100);
        var large = BuildWithAuthors(1_000);

        var ratio = (double)large / small;
        output.WriteLine($"output bytes: {small:N0} for 100 authors, {large:N0} for 1,000 (ratio {ratio:F1})");
        Assert.True(ratio < 20, $"10× the authors wrote {ratio:F1}× the bytes");
    }

    [Fact]
    public void An_article_with_more_authors_than_lists_show_is_a_warning_naming_it()
    {
        using var site = MiniSite.Build(AuthorsSite(300));

        var warning = Assert.Single(site.Result.Diagnostics, d => !d.IsError && d.Message.Contains("credits 300 people", StringComparison.Ordinal));
        Assert.Equal("input/articles/many.md", warning.Path);
        Assert.Contains("person-299", site.Text("articles/many/index.html"));
    }

    private static string Headings(int count) => string.Concat(Enumerable.Repeat("## Same heading\n\nText.\n\n", count));

    private static string Divs(int depth) =>
        string.Concat(Enumerable.Repeat("<div>", depth)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", depth)) + "\n";

    private static long BuildWithAuthors(int count)
    {
        using var site = MiniSite.Build(AuthorsSite(count));
        Assert.Empty(site.Errors);
        return Directory.EnumerateFiles(site.OutputDir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
    }

    private static string AuthorsSite(int count)
    {
        var files = new StringBuilder("-- input/index.md --\n---\ntitle: Many\n---\n\nIntro.\n");
        files.Append("-- input/themes/t.md --\n---\ntitle: T\n---\n");
        files.Append("-- input/articles/many.md --\n---\ntitle: Many hands\nthemes: [t]\ndate: 2020-01-01\nauthors:\n");
        for (var i = 0; i < count; i++)
        {
            files.Append($"  - Person {i}\n");
        }

        files.Append("---\n\nText.\n");
        files.Append("-- input/articles/other.md --\n---\ntitle: Other\nthemes: [t]\ndate: 2021-01-01\nauthors: [Person 1, Person 2]\n---\n\nMore text.\n");
        return files.ToString();
    }
}
