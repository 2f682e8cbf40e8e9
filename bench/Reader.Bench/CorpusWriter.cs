using System.Globalization;
using System.Text;
using Reader.Content;

namespace Reader.Bench;

/// <summary>Writes a corpus as a Reader project (front matter via Reader's own writer) and as an equivalent Hugo site.</summary>
public static class CorpusWriter
{
    public static void WriteReader(Corpus corpus, string root)
    {
        var input = Path.Combine(root, "input");
        Directory.CreateDirectory(Path.Combine(input, "articles"));
        Directory.CreateDirectory(Path.Combine(input, "authors"));
        Directory.CreateDirectory(Path.Combine(input, "themes"));
        File.WriteAllText(Path.Combine(input, "index.md"), "---\ntitle: Benchmark reader\n---\n\nA generated collection.\n");
        foreach (var article in corpus.Articles)
        {
            var matter = new ArticleFrontMatter
            {
                Title = article.Title,
                Authors = [.. article.Authors.Select(a => new AuthorCredit(a))],
                Date = article.Date,
                Themes = [.. article.Themes.Select(Slug.From)],
                Summary = article.Summary,
            };
            File.WriteAllText(Path.Combine(input, "articles", article.Slug + ".md"), FrontMatterWriter.Write(matter, article.Body));
        }

        foreach (var author in corpus.Authors)
        {
            File.WriteAllText(Path.Combine(input, "authors", Slug.From(author) + ".md"), FrontMatterWriter.Write(new AuthorFrontMatter { Name = author }, $"{author} writes on Japan and Russia."));
        }

        foreach (var theme in corpus.Themes)
        {
            File.WriteAllText(Path.Combine(input, "themes", Slug.From(theme) + ".md"), FrontMatterWriter.Write(new ThemeFrontMatter { Title = theme, Description = $"Articles on {theme}." }, ""));
        }

        File.WriteAllText(Path.Combine(root, "statiq.json"), "{ \"SiteTitle\": \"Benchmark reader\", \"Host\": \"bench.example.org\" }\n");
    }

    public static void WriteHugo(Corpus corpus, string root)
    {
        var content = Path.Combine(root, "content");
        Directory.CreateDirectory(Path.Combine(content, "articles"));
        File.WriteAllText(Path.Combine(content, "_index.md"), "---\ntitle: Benchmark reader\n---\n\nA generated collection.\n");
        foreach (var article in corpus.Articles)
        {
            var yaml = new StringBuilder("---\n")
                .Append("title: ").Append(YamlText.Scalar(article.Title)).Append('\n')
                .Append("date: ").Append(article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
                .Append("authors: ").Append(YamlText.FlowList(article.Authors)).Append('\n')
                .Append("themes: ").Append(YamlText.FlowList(article.Themes)).Append('\n')
                .Append("summary: ").Append(YamlText.Scalar(article.Summary)).Append('\n')
                .Append("---\n\n").Append(article.Body);
            File.WriteAllText(Path.Combine(content, "articles", article.Slug + ".md"), yaml.ToString());
        }

        foreach (var (taxonomy, terms, body) in new[] { ("authors", corpus.Authors, " writes on Japan and Russia."), ("themes", corpus.Themes, ": articles on this theme.") })
        {
            foreach (var term in terms)
            {
                var folder = Path.Combine(content, taxonomy, Slug.From(term));
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, "_index.md"), $"---\ntitle: {YamlText.Scalar(term)}\n---\n\n{term}{body}\n");
            }
        }
    }
}
