using YamlDotNet.RepresentationModel;

namespace Reader.Content;

/// <summary>Reads the three kinds of <c>input/</c> files into typed records, reporting every problem it finds.</summary>
public static partial class FrontMatterReader
{
    public static readonly IReadOnlyList<string> ArticleKeys =
    [
        "title", "title_derived", "subtitle", "authors", "date", "publisher", "original_publisher", "kind", "language",
        "other_languages", "themes", "summary", "container_title", "editors", "volume", "issue", "pages", "doi", "source",
        "source_url", "source_sha256", "captured", "removed_lines", "draft", "aliases", "book", "chapter", "excerpt",
    ];

    public static readonly IReadOnlyList<string> AuthorKeys = ["name", "aliases", "affiliations"];

    public static readonly IReadOnlyList<string> ThemeKeys = ["title", "description", "keywords"];

    public static readonly IReadOnlyList<string> PersonKeys = ["name", "aliases", "description", "born", "died", "in_office"];

    public static ContentFile<ArticleFrontMatter>? ReadArticle(string path, string text, DiagnosticBag diagnostics)
    {
        if (Open(path, text, diagnostics, ArticleKeys) is not var (document, fields))
        {
            return null;
        }

        var title = fields.RequiredString("title", "add 'title: …' with the article's own title");
        var matter = new ArticleFrontMatter
        {
            Title = title ?? "",
            Subtitle = fields.String("subtitle"),
            Authors = ReadCredits(fields),
            Date = fields.Date("date"),
            Publisher = fields.String("publisher"),
            OriginalPublisher = fields.String("original_publisher"),
            TitleDerived = ReadDerivedTitle(fields),
            Kind = ReadKind(fields),
            Language = fields.String("language") ?? "en",
            OtherLanguages = fields.StringList("other_languages"),
            Themes = fields.StringList("themes"),
            Summary = fields.String("summary"),
            ContainerTitle = fields.String("container_title"),
            Editors = fields.StringList("editors"),
            Volume = fields.String("volume"),
            Issue = fields.String("issue"),
            Pages = ReadPages(fields),
            Doi = ReadDoi(fields),
            Source = fields.String("source"),
            SourceUrl = fields.String("source_url"),
            SourceSha256 = fields.String("source_sha256"),
            Captured = fields.Date("captured"),
            RemovedLines = ReadRemovedLines(fields),
            Draft = fields.Boolean("draft"),
            Aliases = fields.StringList("aliases"),
            Book = fields.String("book"),
            Chapter = fields.String("chapter"),
            Excerpt = ReadExcerpt(fields),
        };
        return title is null ? null : new ContentFile<ArticleFrontMatter>(path, matter, document.Body, document.BodyLine);
    }

    public static ContentFile<AuthorFrontMatter>? ReadAuthor(string path, string text, DiagnosticBag diagnostics)
    {
        if (Open(path, text, diagnostics, AuthorKeys) is not var (document, fields))
        {
            return null;
        }

        var name = fields.RequiredString("name", "add 'name: …' with the person's name as it should be displayed");
        var matter = new AuthorFrontMatter
        {
            Name = name ?? "",
            Aliases = fields.StringList("aliases"),
            Affiliations = fields.StringList("affiliations"),
        };
        return name is null ? null : new ContentFile<AuthorFrontMatter>(path, matter, document.Body, document.BodyLine);
    }

    public static ContentFile<ThemeFrontMatter>? ReadTheme(string path, string text, DiagnosticBag diagnostics)
    {
        if (Open(path, text, diagnostics, ThemeKeys) is not var (document, fields))
        {
            return null;
        }

        var title = fields.RequiredString("title", "add 'title: …' with the theme's display title");
        var matter = new ThemeFrontMatter
        {
            Title = title ?? "",
            Description = fields.String("description"),
            Keywords = fields.StringList("keywords"),
        };
        return title is null ? null : new ContentFile<ThemeFrontMatter>(path, matter, document.Body, document.BodyLine);
    }

    public static ContentFile<PersonFrontMatter>? ReadPerson(string path, string text, DiagnosticBag diagnostics)
    {
        if (Open(path, text, diagnostics, PersonKeys) is not var (document, fields))
        {
            return null;
        }

        var name = fields.RequiredString("name", "add 'name: …' with the person's name as it should be displayed");
        var aliases = fields.StringList("aliases");
        foreach (var alias in aliases.Where(a => a.TrimEnd('*').Trim().Length == 0 || a.TrimEnd('*').Contains('*')))
        {
            fields.Error(fields.Node("aliases")!, $"the alias '{alias}' has a star that is not at its end",
                "write a spelling as it stands in the text, with a star only at the end for word endings, e.g. Путин*");
        }

        var matter = new PersonFrontMatter
        {
            Name = name ?? "",
            Aliases = aliases,
            Description = fields.String("description"),
            Born = fields.PartialDate("born"),
            Died = fields.PartialDate("died"),
            InOffice = ReadTerms(fields),
        };
        return name is null ? null : new ContentFile<PersonFrontMatter>(path, matter, document.Body, document.BodyLine);
    }

    private static (MarkdownDocument, FrontMatterFields)? Open(string path, string text, DiagnosticBag diagnostics, IReadOnlyList<string> keys)
    {
        var document = MarkdownDocument.Parse(path, text, diagnostics);
        if (document is null)
        {
            return null;
        }

        var fields = new FrontMatterFields(document, diagnostics);
        fields.WarnAboutUnknownKeys(keys);
        return (document, fields);
    }

    private static IReadOnlyList<AuthorCredit> ReadCredits(FrontMatterFields fields)
    {
        var node = fields.Node("authors");
        switch (node)
        {
            case null:
            case YamlScalarNode scalar when FrontMatterFields.IsNull(scalar):
                return [];
            case YamlSequenceNode sequence:
                return [.. sequence.Children.Select(item => ReadCredit(fields, item)).OfType<AuthorCredit>()];
            default:
                var example = node is YamlScalarNode { Value: { } v } ? v : "Jane Doe";
                fields.Error(node, $"'authors' must be a list, found {FrontMatterFields.Describe(node)}", $"write authors: [{example}]");
                return [];
        }
    }

    private static AuthorCredit? ReadCredit(FrontMatterFields fields, YamlNode item)
    {
        if (item is YamlScalarNode { Value: { } plain } && !string.IsNullOrWhiteSpace(plain))
        {
            return new AuthorCredit(fields.Clean(item, plain.Trim()));
        }

        if (item is not YamlMappingNode mapping)
        {
            fields.Error(item, $"each author must be a name or a mapping with 'name:', found {FrontMatterFields.Describe(item)}", "write '- Jane Doe' or '- name: Jane Doe'");
            return null;
        }

        string? Get(string key) =>
            mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { } s } && !string.IsNullOrWhiteSpace(s) ? fields.Clean(value, s.Trim()) : null;

        foreach (var key in mapping.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } k } && k is not ("name" or "role" or "affiliation"))
            {
                fields.Warning(key, $"unknown author key '{k}' is ignored", NearestName.Hint(k, ["name", "role", "affiliation"]) ?? "an author takes name, role and affiliation");
            }
        }

        var name = Get("name");
        if (name is null)
        {
            fields.Error(item, "an author has no 'name'", "add 'name: …' to this author");
            return null;
        }

        var role = AuthorRole.Author;
        if (Get("role") is { } roleText && !AuthorRoles.TryParse(roleText, out role))
        {
            fields.Error(mapping.Children[new YamlScalarNode("role")], $"unknown role '{roleText}' for {name}", RoleHint(roleText));
        }

        return new AuthorCredit(name, role, Get("affiliation"));
    }

    /// <summary>Years in office: <c>2012–2020</c>, <c>2012-2020</c> or <c>2012–</c> (still in office).</summary>
    private static IReadOnlyList<string> ReadTerms(FrontMatterFields fields)
    {
        var terms = new List<string>();
        foreach (var term in fields.StringList("in_office"))
        {
            var parts = term.Split('–', '-');
            var valid = parts.Length == 2 && IsYear(parts[0].Trim()) && (parts[1].Trim().Length == 0 || (IsYear(parts[1].Trim()) && string.CompareOrdinal(parts[0].Trim(), parts[1].Trim()) <= 0));
            if (!valid)
            {
                fields.Error(fields.Node("in_office")!, $"'{term}' in 'in_office' is not a span of years", "write each term as 2012–2020, or 2012– while still in office");
                continue;
            }

            terms.Add($"{parts[0].Trim()}–{parts[1].Trim()}");
        }

        return terms;

        static bool IsYear(string text) => text.Length == 4 && text.All(char.IsAsciiDigit);
    }

    /// <summary>Pages as a book or journal gives them: <c>12</c>, <c>123–145</c>, <c>xi–xx</c>.</summary>
    private static string? ReadPages(FrontMatterFields fields)
    {
        var pages = fields.String("pages");
        if (pages is not null && !PageRange().IsMatch(pages))
        {
            fields.Warning(fields.Node("pages")!, $"'pages' should be a page or a range of pages, found \"{pages}\"", "write e.g. pages: 123–145 or pages: 12");
        }

        return pages?.Replace("--", "–", StringComparison.Ordinal);
    }

    /// <summary>A DOI, kept without its resolver: "https://doi.org/10.1/x" and "doi:10.1/x" are both 10.1/x.</summary>
    private static string? ReadDoi(FrontMatterFields fields)
    {
        if (fields.String("doi") is not { } text)
        {
            return null;
        }

        var doi = DoiPrefix().Replace(text, "");
        if (!Doi().IsMatch(doi))
        {
            fields.Error(fields.Node("doi")!, $"'doi' must be a DOI such as 10.1017/9789048557202.021, found \"{text}\"", "copy the DOI from the publisher's page, without spaces");
            return null;
        }

        return doi;
    }

    /// <summary>
    /// What cleaning removed, by rule: a mapping of rule names to counts of lines, as ingest writes it.
    /// </summary>
    private static IReadOnlyList<CleaningRemoval> ReadRemovedLines(FrontMatterFields fields)
    {
        switch (fields.Node("removed_lines"))
        {
            case null:
            case YamlScalarNode scalar when FrontMatterFields.IsNull(scalar):
                return [];
            case YamlMappingNode mapping:
                var removals = new List<CleaningRemoval>();
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { Length: > 0 } rule } && value is YamlScalarNode { Value: { } count }
                        && int.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var lines))
                    {
                        removals.Add(new CleaningRemoval(fields.Clean(key, rule), lines));
                    }
                    else
                    {
                        fields.Error(value, $"each entry of 'removed_lines' must be a rule and a number of lines, found {FrontMatterFields.Describe(value)}", "ingest writes e.g. RemoveCookieNotices: 3; leave the entries as ingest wrote them");
                    }
                }

                return removals;
            case var node:
                fields.Error(node, $"'removed_lines' must be a set of 'rule: lines' fields, found {FrontMatterFields.Describe(node)}", "ingest writes it; leave it as ingest wrote it, or remove it");
                return [];
        }
    }

    private static bool ReadExcerpt(FrontMatterFields fields)
    {
        switch (fields.String("excerpt")?.ToLowerInvariant())
        {
            case null or "false" or "no":
                return false;
            case "true" or "yes":
                return true;
            case var other:
                fields.Error(fields.Node("excerpt")!, $"'excerpt' must be true or false, found \"{other}\"",
                    "write excerpt: true when only part of the original (a summary and introduction) is reproduced");
                return false;
        }
    }

    private static DerivedTitle ReadDerivedTitle(FrontMatterFields fields)
    {
        switch (fields.String("title_derived")?.ToLowerInvariant())
        {
            case null or "false" or "no":
                return DerivedTitle.No;
            case "true" or "yes":
                return DerivedTitle.Unreviewed;
            case "reviewed":
                return DerivedTitle.Reviewed;
            case var other:
                fields.Error(fields.Node("title_derived")!, $"'title_derived' must be true or reviewed, found \"{other}\"",
                    "ingest writes title_derived: true when it made the title from the text; write title_derived: reviewed once you have checked it");
                return DerivedTitle.Unreviewed;
        }
    }

    // A mistyped kind ("artcle") would show as a label above the title: warned about, with the kind it probably meant.
    private static string ReadKind(FrontMatterFields fields)
    {
        var kind = fields.String("kind") ?? "article";
        if (!ArticleKinds.IsKnown(kind))
        {
            var known = $"known kinds: {string.Join(", ", ArticleKinds.Known)}";
            fields.Warning(fields.Node("kind")!, $"unknown kind '{kind}'", NearestName.Hint(kind, ArticleKinds.Known) is { } near ? $"{near} {known}" : known);
        }

        return kind;
    }

    private static string RoleHint(string typed)
    {
        var all = $"use one of: {string.Join(", ", AuthorRoles.Names)}";
        return NearestName.Hint(typed, AuthorRoles.Names) is { } near ? $"{near} {all}" : all;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9ivxlcdmIVXLCDM]+(?:\s*(?:[–—-]|--)\s*[0-9ivxlcdmIVXLCDM]+)?$")]
    private static partial System.Text.RegularExpressions.Regex PageRange();

    [System.Text.RegularExpressions.GeneratedRegex(@"^10\.\d{4,9}/\S+$")]
    private static partial System.Text.RegularExpressions.Regex Doi();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DoiPrefix();
}
