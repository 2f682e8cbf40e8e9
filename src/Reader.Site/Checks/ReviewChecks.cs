using System.Text.RegularExpressions;
using Reader.Content;
using Reader.Site.Model;

namespace Reader.Site.Checks;

/// <summary>
/// What a reviewer would catch before merging and a build cannot call wrong: a file still as <c>reader new</c> wrote
/// it (its placeholder text, or the empty <c>authors</c> and <c>themes</c> lists it leaves to fill in), a title ingest made up and
/// nobody has read, and a theme that is another one again under a title that differs only in case or a leading
/// "The". Each is a warning, so <c>check --strict</c> (what a pull request runs) fails on it.
/// </summary>
public static partial class ReviewChecks
{
    public static void Article(string path, string text, ContentFile<ArticleFrontMatter> article, List<Diagnostic> diagnostics)
    {
        var matter = article.FrontMatter;
        if (article.Body.Trim() == Placeholders.ArticleBody)
        {
            diagnostics.Add(Diagnostic.Warning(path, article.BodyLine, "the body is still the placeholder 'reader new article' wrote", "write the article's text in Markdown below the front matter"));
        }

        if (EmptyAuthors().Match(text) is { Success: true } authors)
        {
            diagnostics.Add(Diagnostic.Warning(path, LineOf(text, authors.Index), "'authors' is an empty list: the article credits nobody",
                "name the people, e.g. authors: [Jane Doe]; if the source names nobody, remove the line"));
        }

        if (EmptyThemes().Match(text) is { Success: true } themes)
        {
            diagnostics.Add(Diagnostic.Warning(path, LineOf(text, themes.Index), "'themes' is an empty list: no theme page lists the article",
                "add the slugs of files in input/themes/, e.g. themes: [china-factor]; if none fits, remove the line"));
        }

        if (matter.TitleDerived == DerivedTitle.Unreviewed)
        {
            diagnostics.Add(Diagnostic.Warning(path, FrontMatterLines.Find(text, "title_derived", "") ?? 2,
                $"the title \"{matter.Title}\" was made by ingest from the page's text; the page states none (title_derived: true)",
                "read it against the source and correct it if needed, then acknowledge it with title_derived: reviewed"));
        }
    }

    public static void Author(string path, ContentFile<AuthorFrontMatter> author, List<Diagnostic> diagnostics)
    {
        if (author.Body.Trim() == Placeholders.AuthorBio)
        {
            diagnostics.Add(Diagnostic.Warning(path, author.BodyLine, "the bio is still the placeholder 'reader new author' wrote", "write a short bio, or remove the placeholder"));
        }
    }

    public static void Person(string path, string text, ContentFile<PersonFrontMatter> person, List<Diagnostic> diagnostics)
    {
        if (person.FrontMatter.Description?.Trim() == Placeholders.PersonDescription)
        {
            diagnostics.Add(Diagnostic.Warning(path, FrontMatterLines.Find(text, "description", "") ?? 2,
                "the description is still the placeholder 'reader new person' wrote", "say in one neutral line who the person is, e.g. description: Prime Minister of Japan in 2012–2020."));
        }
    }

    /// <summary>Placeholders in theme files, and themes whose titles differ only in case or a leading "The".</summary>
    public static void Themes(IReadOnlyList<(string Path, ContentFile<ThemeFrontMatter> Theme)> themes, List<Diagnostic> diagnostics)
    {
        var seen = new Dictionary<string, (string Path, string Title)>(StringComparer.Ordinal);
        foreach (var (path, theme) in themes)
        {
            if (theme.FrontMatter.Description?.Trim() == Placeholders.ThemeDescription || theme.Body.Trim() == Placeholders.ThemeBody)
            {
                diagnostics.Add(Diagnostic.Warning(path, 2, "the theme still has the placeholder text 'reader new theme' wrote", "describe the theme, or remove the placeholder"));
            }

            var key = SameThemeKey(theme.FrontMatter.Title);
            var stem = SameThemeKey(Path.GetFileNameWithoutExtension(path));
            if (seen.TryGetValue(key, out var other) || seen.TryGetValue(stem, out other))
            {
                diagnostics.Add(Diagnostic.Warning(path, 2,
                    $"the theme '{theme.FrontMatter.Title}' differs from '{other.Title}' in {other.Path} only in case or a leading 'The'",
                    "merge the two files and list the articles under one theme, or give this theme a title that says how it differs"));
                continue;
            }

            seen.TryAdd(key, (path, theme.FrontMatter.Title));
            seen.TryAdd(stem, (path, theme.FrontMatter.Title));
        }
    }

    /// <summary>"The China Factor", "china factor" and "the-china-factor" are one key: case, punctuation and a leading "the" do not count.</summary>
    private static string SameThemeKey(string title)
    {
        var slug = Slug.From(title);
        return slug.StartsWith("the-", StringComparison.Ordinal) ? slug["the-".Length..] : slug;
    }

    private static int LineOf(string text, int index) => 1 + text.AsSpan(0, index).Count('\n');

    // An empty list written out is what 'reader new article' leaves to be filled in; a missing key is a choice.
    [GeneratedRegex(@"^authors:[ \t]*\[[ \t]*\][ \t]*(?:#.*)?$", RegexOptions.Multiline)]
    private static partial Regex EmptyAuthors();

    [GeneratedRegex(@"^themes:[ \t]*\[[ \t]*\][ \t]*(?:#.*)?$", RegexOptions.Multiline)]
    private static partial Regex EmptyThemes();
}
