using System.Collections.Concurrent;
using System.Text;
using Reader.Site.Checks;
using Reader.Site.Tests.Support;
using Xunit.Abstractions;

namespace Reader.Site.Tests.Fuzzing;

/// <summary>
/// Mutated mini-sites through the whole build: no exception escapes, every file written is valid UTF-8, and every
/// page passes the structural HTML checks (a doctype, a language, exactly one h1, unique ids…).
/// </summary>
public sealed class SiteBuildFuzzTests(ITestOutputHelper output)
{
    private const int Sites = 160;

    private const string Base = """
        -- input/index.md --
        ---
        title: Fuzz Reader
        ---
        An introduction with *emphasis*.
        -- input/themes/islands.md --
        ---
        title: Islands
        description: The islands question.
        ---
        About the islands.
        -- input/authors/jane-doe.md --
        ---
        name: Jane Doe
        aliases: [Doe Jane]
        ---
        A bio.
        -- input/articles/first.md --
        ---
        title: Talks on the islands
        authors: [Jane Doe]
        date: 2020-05-12
        themes: [islands]
        summary: A summary.
        ---

        ## Background

        The talks continued through the winter, [as reported](/articles/second/), with *emphasis* and `code`.

        > A quotation.

        1. one
        2. two
        -- input/articles/second.md --
        ---
        title: "Second: a reply"
        authors:
          - name: Jane Doe
            role: interviewee
        themes: [islands]
        ---

        **Q:** A question?

        An answer with a footnote.[^1]

        [^1]: The note.

        | a | b |
        |---|---|
        | 1 | 2 |
        """;

    private static readonly string[] Insertions =
    [
        "<script>alert(1)</script>", "<h1>Second heading</h1>", "# Another h1\n", "<div>", "</div>", "<!--", "-->", "<img src=x onerror=alert(1)>",
        "[link](javascript:alert(1))", "[broken](/nowhere/)", "<a href=\"#\" id=\"main\">", "\0", "subtitle: \"\\uD800 half an emoji\"\n", "\uFEFF", "\u202E", "🗾", "&#0;", "&#xD800;",
        "```\n", "~~~", "| x |\n|---|\n", "[^9]", "[^1]: again\n", "<table>", "<style>", "{{Page.Title}}", "{{{x}}}", "\n---\n", "\n", "\t", "\"", "'", ":", "- ",
        "title: Duplicate\n", "themes: [nowhere]\n", "authors: 5\n", "date: yesterday\n", "&a [x]\n", "*a\n", "<h1 id=\"x\">", "<details><summary>", "<math>", "<svg><h1>",
    ];

    [Fact]
    public void Mutated_mini_sites_build_into_valid_pages()
    {
        var failures = new ConcurrentBag<string>();
        var started = DateTime.UtcNow;
        Parallel.For(0, Sites, new ParallelOptions { MaxDegreeOfParallelism = 2 }, seed =>
        {
            var files = Mutate(Base, new Random(seed));
            try
            {
                using var site = MiniSite.Build(files);
                if (site.Result.PagesWritten == 0)
                {
                    return; // content errors may stop the build; what matters is that it said so rather than threw
                }

                foreach (var file in Directory.EnumerateFiles(site.OutputDir, "*", SearchOption.AllDirectories).Where(f => Path.GetExtension(f) is ".html" or ".xml" or ".json" or ".txt"))
                {
                    if (!System.Text.Unicode.Utf8.IsValid(File.ReadAllBytes(file)))
                    {
                        failures.Add($"site {seed}: {Path.GetRelativePath(site.OutputDir, file)} is not valid UTF-8");
                    }
                }

                foreach (var problem in HtmlChecker.Check(site.Output))
                {
                    failures.Add($"site {seed}: {problem}");
                }
            }
            catch (Exception e)
            {
                failures.Add($"site {seed}: threw {e}\n{files}");
            }
        });
        output.WriteLine($"{Sites} sites in {(DateTime.UtcNow - started).TotalSeconds:F1} s");

        Assert.True(failures.IsEmpty, string.Join("\n\n", failures.Order(StringComparer.Ordinal).Take(10)));
    }

    /// <summary>Inserts hostile snippets into the content sections, never into the <c>-- path --</c> lines.</summary>
    private static string Mutate(string files, Random random)
    {
        var lines = files.ReplaceLineEndings("\n").Split('\n').ToList();
        for (var edits = 1 + random.Next(8); edits > 0; edits--)
        {
            var index = random.Next(lines.Count);
            if (lines[index].TrimStart().StartsWith("-- ", StringComparison.Ordinal))
            {
                continue;
            }

            var line = new StringBuilder(lines[index]);
            var insert = Insertions[random.Next(Insertions.Length)];
            switch (random.Next(4))
            {
                case 0:
                    lines.RemoveAt(index);
                    break;
                case 1:
                    lines.Insert(index, insert.TrimEnd('\n'));
                    break;
                default:
                    lines[index] = line.Insert(random.Next(line.Length + 1), insert).ToString();
                    break;
            }
        }

        return string.Join('\n', lines);
    }
}
