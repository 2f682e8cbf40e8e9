using System.Globalization;
using Reader.Content;
using Reader.Site.Incremental;
using Reader.Site.Model;
using Reader.Site.Text;
using Reader.Site.Views;

namespace Reader.Site;

/// <summary>
/// Reads <c>input/</c> once (files in parallel, results kept in file order) and assembles the
/// <see cref="Model.Site"/>: taxonomies first, then articles resolved against them.
/// </summary>
public static class SiteLoader
{
    /// <param name="cache">Parsed files of the last build: files whose text is unchanged are not parsed again.</param>
    /// <param name="assembly">The last build's site: when only article bodies changed, it is patched rather than assembled again.</param>
    /// <param name="includeDrafts">Keep articles marked <c>draft: true</c> (a preview shows them); a build leaves them out of the site entirely.</param>
    public static Model.Site Load(ReaderSettings settings, string inputDir, DiagnosticBag diagnostics, InputCache? cache = null, SiteAssembly? assembly = null, bool includeDrafts = false)
    {
        var inputs = Read(inputDir, diagnostics, cache, includeDrafts);
        if (assembly?.Patch(settings, inputs, diagnostics) is not { } site)
        {
            var own = new DiagnosticBag();
            (site, var articles) = Assemble(settings, inputs, own);
            diagnostics.AddRange(own.Items);
            assembly?.Remember(inputs, site, articles, own.Items);
        }

        // index.md is read on every build and says nothing about articles, people or themes.
        return site with
        {
            Title = inputs.Index?.FrontMatter.Title ?? settings.SiteTitle,
            Description = inputs.Index?.FrontMatter.Description ?? settings.SiteDescription,
            Introduction = inputs.Index?.Body ?? "",
        };
    }

    /// <summary>Parses every file of the input folder.</summary>
    private static SiteInputs Read(string inputDir, DiagnosticBag diagnostics, InputCache? cache, bool includeDrafts)
    {
        if (!Directory.Exists(inputDir))
        {
            diagnostics.Add(Diagnostic.Error(inputDir, null, "the input folder does not exist", "run ingest first, or set InputPath in statiq.json"));
        }

        // A draft is left out before anything is resolved, so no page, list, feed, index or book can name it.
        var articles = ReadAll(inputDir, InputFile.List(inputDir, "articles"), diagnostics, cache, ParseArticle);
        return new SiteInputs(
            includeDrafts ? articles : [.. articles.Where(a => !a.Matter.Draft)],
            ReadAll(inputDir, InputFile.List(inputDir, "authors"), diagnostics, cache, (f, text, d) => Guarded(FrontMatterReader.ReadAuthor(f.DisplayPath, text, d), d)),
            ReadAll(inputDir, InputFile.List(inputDir, "themes"), diagnostics, cache, (f, text, d) => Guarded(FrontMatterReader.ReadTheme(f.DisplayPath, text, d), d)),
            ReadAll(inputDir, InputFile.List(inputDir, "people"), diagnostics, cache, (f, text, d) => Guarded(FrontMatterReader.ReadPerson(f.DisplayPath, text, d), d)),
            ReadIndex(inputDir, diagnostics));
    }

    /// <summary>Builds the taxonomies, then resolves each article against them.</summary>
    /// <returns>The site, and its articles in the order of <see cref="SiteInputs.Articles"/>.</returns>
    private static (Model.Site Site, Article[] Articles) Assemble(ReaderSettings settings, SiteInputs inputs, DiagnosticBag diagnostics)
    {
        var themes = new ThemeTaxonomyBuilder(diagnostics);
        foreach (var content in inputs.Themes)
        {
            themes.AddProfile(Path.GetFileNameWithoutExtension(content.Path), content);
        }

        var authors = new AuthorTaxonomyBuilder(diagnostics);
        foreach (var content in inputs.Authors)
        {
            authors.AddProfile(Path.GetFileNameWithoutExtension(content.Path), content);
        }

        var articles = inputs.Articles;
        authors.AddCredited(articles.SelectMany(a => a.Matter.Authors.Select(c => (c.Name, a.Matter.Date))));

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var resolved = new Article[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            var parsed = articles[i];
            var slug = Slug.Unique(Slug.IsValid(parsed.File.Stem) ? parsed.File.Stem : Slug.From(parsed.File.Stem), slugs);
            slugs.Add(slug);
            resolved[i] = Resolve(parsed, slug, authors, themes, diagnostics);
        }

        ArticleAliases.Check(articles, resolved, diagnostics);

        foreach (var article in resolved)
        {
            foreach (var term in article.Credits.Select(c => c.Person).Distinct().Concat(article.Themes))
            {
                term.Add(article);
            }
        }

        foreach (var term in authors.Terms.Concat(themes.Terms))
        {
            term.Freeze();
        }

        var people = new PeopleBuilder(authors, diagnostics);
        foreach (var content in inputs.People)
        {
            people.Add(Path.GetFileNameWithoutExtension(content.Path), content);
        }

        var site = new Model.Site
        {
            Settings = settings,
            Title = settings.SiteTitle,
            Articles = [.. resolved.Order(ArticleOrder.NewestFirst)],
            Authors = new Taxonomy("authors", authors.Terms),
            Themes = new Taxonomy("themes", themes.Terms),
            People = people.People,
        };
        return (site, resolved);
    }

    private static ParsedArticle? ParseArticle(InputFile file, string text, DiagnosticBag diagnostics)
    {
        if (FrontMatterReader.ReadArticle(file.DisplayPath, text, diagnostics) is not { } content)
        {
            return null;
        }

        var head = text.EndsWith(content.Body, StringComparison.Ordinal) ? text[..^content.Body.Length] : text;
        var body = MarkdownNesting.Guard(file.DisplayPath, content.BodyLine, content.Body, diagnostics);
        return new ParsedArticle(file, head, content.FrontMatter, System.Text.Encoding.UTF8.GetBytes(body), content.BodyLine);
    }

    private static Article Resolve(ParsedArticle parsed, string slug, AuthorTaxonomyBuilder authors, ThemeTaxonomyBuilder themes, DiagnosticBag diagnostics)
    {
        var matter = parsed.Matter;
        var themeTerms = new List<Term>();
        foreach (var reference in matter.Themes)
        {
            if (themes.Find(reference) is { } theme)
            {
                if (!themeTerms.Contains(theme))
                {
                    themeTerms.Add(theme);
                }

                continue;
            }

            diagnostics.Add(Diagnostic.Error(
                parsed.File.DisplayPath,
                FrontMatterLines.Find(parsed.Head, "themes", reference),
                $"unknown theme '{reference}'",
                $"add input/themes/{Slug.From(reference)}.md, or use one of: {themes.KnownSlugs}"));
        }

        var credits = new List<ArticleCredit>();
        var credited = new HashSet<(Term, AuthorRole)>();
        foreach (var credit in matter.Authors)
        {
            if (authors.Find(credit.Name) is { } person && credited.Add((person, credit.Role)))
            {
                credits.Add(new ArticleCredit(person, credit.Role, credit.Affiliation, authors.DisplayName(credit.Name)));
            }
        }

        // Lists of articles and people elsewhere show a bounded number of each article's people, or an article
        // crediting thousands would put thousands of names on each of their pages.
        if (credits.Count > Bylines.ListedPeople)
        {
            diagnostics.Add(Diagnostic.Warning(parsed.File.DisplayPath, FrontMatterLines.Find(parsed.Head, "authors", ""),
                string.Create(CultureInfo.InvariantCulture, $"the article credits {credits.Count} people; its page names them all, but article lists, feeds and co-author lists name the first {Bylines.ListedPeople}"),
                "check that the list of authors is right"));
        }

        return new Article
        {
            Slug = slug,
            Path = parsed.File.DisplayPath,
            BodyLine = parsed.BodyLine,
            Matter = matter,
            MarkdownUtf8 = parsed.Markdown,
            Credits = credits,
            Themes = themeTerms,
            Aliases = ArticleAliases.Read(parsed, diagnostics),
        };
    }

    private static ContentFile<ThemeFrontMatter>? ReadIndex(string inputDir, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDir, "index.md");
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Warning(path, null, "there is no index.md, so the home page has no introduction", "add input/index.md with 'title:' and the introduction as its body"));
            return null;
        }

        var root = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputDir)));
        var display = $"{root}/index.md";
        return InputText.Read(path, inputDir, display, diagnostics) is { } text ? Guarded(FrontMatterReader.ReadTheme(display, text, diagnostics), diagnostics) : null;
    }

    /// <summary>A bio, theme description or introduction that nests too deeply becomes plain text, with a warning (see <see cref="MarkdownNesting"/>).</summary>
    private static ContentFile<T>? Guarded<T>(ContentFile<T>? file, DiagnosticBag diagnostics) =>
        file is null ? null : file with { Body = MarkdownNesting.Guard(file.Path, file.BodyLine, file.Body, diagnostics) };

    /// <summary>Parses every file in parallel; the result keeps file order so the build never depends on scheduling.</summary>
    private static List<T> ReadAll<T>(string inputDir, IReadOnlyList<InputFile> files, DiagnosticBag diagnostics, InputCache? cache, Func<InputFile, string, DiagnosticBag, T?> parse)
        where T : class
    {
        var results = new T?[files.Count];
        var bags = new DiagnosticBag[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            bags[i] = new DiagnosticBag();
            if (cache is not null && cache.TryReuse(files[i], bags[i], out T? reused))
            {
                results[i] = reused;
            }
            else if (InputText.Read(files[i].FullPath, inputDir, files[i].DisplayPath, bags[i]) is { } text)
            {
                results[i] = cache is null ? parse(files[i], text, bags[i]) : cache.Read(files[i], text, bags[i], parse);
            }
        });
        foreach (var bag in bags)
        {
            diagnostics.AddRange(bag.Items);
        }

        return [.. results.OfType<T>()];
    }
}
