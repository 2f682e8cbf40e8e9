using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Reader.Content;
using Reader.Site.Model;
using Reader.Site.Text;

namespace Reader.Site.Checks;

/// <summary>
/// The checks a contributor's pull request needs beyond what a build reports: file names that are not valid
/// slugs, people credited without an author file, one person with two files, empty headings and bare URLs.
/// </summary>
public static partial class ContentChecker
{
    // Without the autolink extension a bare URL stays literal text, which is how it is found.
    private static readonly MarkdownPipeline Plain = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public static IReadOnlyList<Diagnostic> Check(string inputDir)
    {
        var diagnostics = new List<Diagnostic>();
        var people = AuthorFiles(inputDir, diagnostics);
        foreach (var folder in new[] { "articles", "authors", "themes", "people" })
        {
            CheckFileNames(inputDir, folder, diagnostics);
        }

        foreach (var path in Files(inputDir, "articles"))
        {
            var display = Display(inputDir, path);
            if (InputText.Read(path, inputDir, display, new DiagnosticBag()) is not { } text
                || FrontMatterReader.ReadArticle(display, text, new DiagnosticBag()) is not { } article)
            {
                continue; // the build reports why
            }

            foreach (var credit in article.FrontMatter.Authors.Where(c => !people.ContainsKey(PersonName.Key(c.Name))))
            {
                diagnostics.Add(Diagnostic.Error(display, FrontMatterLines.Find(text, "authors", credit.Name),
                    $"'{credit.Name}' has no author file",
                    $"add input/authors/{Slug.From(PersonName.Display(credit.Name))}.md (reader new author \"{credit.Name}\"), or add the name to an existing author's aliases"));
            }

            CheckMarkdown(display, article.Body, article.BodyLine, diagnostics);
            ReviewChecks.Article(display, text, article, diagnostics);
        }

        var themes = new List<(string, ContentFile<ThemeFrontMatter>)>();
        foreach (var path in Files(inputDir, "themes"))
        {
            var display = Display(inputDir, path);
            if (InputText.Read(path, inputDir, display, new DiagnosticBag()) is { } text && FrontMatterReader.ReadTheme(display, text, new DiagnosticBag()) is { } theme)
            {
                themes.Add((display, theme));
            }
        }

        ReviewChecks.Themes(themes, diagnostics);
        foreach (var path in Files(inputDir, "people"))
        {
            var display = Display(inputDir, path);
            if (InputText.Read(path, inputDir, display, new DiagnosticBag()) is { } text && FrontMatterReader.ReadPerson(display, text, new DiagnosticBag()) is { } person)
            {
                ReviewChecks.Person(display, text, person, diagnostics);
            }
        }

        return diagnostics;
    }

    private static Dictionary<string, string> AuthorFiles(string inputDir, List<Diagnostic> diagnostics)
    {
        var people = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Files(inputDir, "authors"))
        {
            var display = Display(inputDir, path);
            if (InputText.Read(path, inputDir, display, new DiagnosticBag()) is not { } text
                || FrontMatterReader.ReadAuthor(display, text, new DiagnosticBag()) is not { } author)
            {
                continue;
            }

            ReviewChecks.Author(display, author, diagnostics);

            foreach (var name in author.FrontMatter.Aliases.Prepend(author.FrontMatter.Name))
            {
                var key = PersonName.Key(name);
                if (people.TryGetValue(key, out var other) && other != display)
                {
                    diagnostics.Add(Diagnostic.Error(display, 2, $"'{name}' is the same person as in {other}", "merge the two files into one and list other spellings under aliases"));
                }

                people.TryAdd(key, display);
            }
        }

        return people;
    }

    private static void CheckFileNames(string inputDir, string folder, List<Diagnostic> diagnostics)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in Files(inputDir, folder))
        {
            var stem = Path.GetFileNameWithoutExtension(path);
            var display = Display(inputDir, path);
            if (!Slug.IsValid(stem))
            {
                diagnostics.Add(Diagnostic.Error(display, null, $"the file name '{stem}.md' is not a valid slug", $"rename it to '{Slug.From(stem)}.md': the file name is the page's URL, lower-case letters, digits and hyphens"));
            }

            if (seen.TryGetValue(stem, out var other))
            {
                diagnostics.Add(Diagnostic.Error(display, null, $"the slug '{stem}' is also used by {other}", "rename one of them: two pages cannot share a URL"));
            }

            seen.TryAdd(stem, display);
        }
    }

    private static void CheckMarkdown(string path, string body, int bodyLine, List<Diagnostic> diagnostics)
    {
        if (MarkdownNesting.Find(body) is not null)
        {
            return; // the build says where it nests too deeply, and reads it as plain text, which has no headings or links
        }

        var document = Markdown.Parse(body, Plain);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Inline is null || !heading.Inline.Any())
            {
                diagnostics.Add(Diagnostic.Warning(path, bodyLine + heading.Line, "empty heading", "write the heading's text after the #, or remove the line", heading.Column + 1));
            }
        }

        foreach (var literal in document.Descendants<LiteralInline>().Where(l => l.FindParentOfType<LinkInline>().FirstOrDefault() is null))
        {
            foreach (Match url in BareUrl().Matches(literal.Content.ToString()))
            {
                diagnostics.Add(Diagnostic.Warning(path, bodyLine + literal.Line, $"bare URL {url.Value}", $"write it as a link: [what it is]({url.Value}) or <{url.Value}>", literal.Column + url.Index + 1));
            }
        }
    }

    private static IEnumerable<string> Files(string inputDir, string folder)
    {
        var directory = Path.Combine(inputDir, folder);
        return Directory.Exists(directory) ? Directory.EnumerateFiles(directory, "*.md").Order(StringComparer.Ordinal) : [];
    }

    private static string Display(string inputDir, string path) =>
        Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(inputDir)), Path.GetRelativePath(inputDir, path)).Replace('\\', '/');

    [GeneratedRegex(@"https?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'""]")]
    private static partial Regex BareUrl();
}
