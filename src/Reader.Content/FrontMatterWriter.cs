using System.Text;

namespace Reader.Content;

/// <summary>Writes front matter in a fixed key order so the same record always gives the same bytes.</summary>
public static class FrontMatterWriter
{
    public static string Write(ArticleFrontMatter matter, string body)
    {
        var yaml = new StringBuilder();
        Field(yaml, "title", matter.Title);
        if (matter.TitleDerived != DerivedTitle.No)
        {
            yaml.Append("title_derived: ").Append(matter.TitleDerived == DerivedTitle.Unreviewed ? "true" : "reviewed").Append('\n');
        }

        Field(yaml, "subtitle", matter.Subtitle);
        if (matter.Authors.Count > 0)
        {
            yaml.Append("authors:\n");
            foreach (var author in matter.Authors)
            {
                yaml.Append("  - name: ").Append(YamlText.Scalar(author.Name)).Append('\n');
                yaml.Append("    role: ").Append(AuthorRoles.ToText(author.Role)).Append('\n');
                if (author.Affiliation is { } affiliation)
                {
                    yaml.Append("    affiliation: ").Append(YamlText.Scalar(affiliation)).Append('\n');
                }
            }
        }

        if (matter.Date is { } date)
        {
            yaml.Append("date: ").Append(YamlText.Date(date)).Append('\n');
        }

        Field(yaml, "publisher", matter.Publisher);
        Field(yaml, "original_publisher", matter.OriginalPublisher);
        Field(yaml, "book", matter.Book);
        Field(yaml, "chapter", matter.Chapter);
        if (matter.Excerpt)
        {
            yaml.Append("excerpt: true\n");
        }

        Field(yaml, "kind", matter.Kind);
        Field(yaml, "language", matter.Language);
        List(yaml, "other_languages", matter.OtherLanguages);
        List(yaml, "themes", matter.Themes);
        Field(yaml, "summary", matter.Summary);
        Field(yaml, "container_title", matter.ContainerTitle);
        List(yaml, "editors", matter.Editors);
        Field(yaml, "volume", matter.Volume);
        Field(yaml, "issue", matter.Issue);
        Field(yaml, "pages", matter.Pages);
        Field(yaml, "doi", matter.Doi);
        Field(yaml, "source", matter.Source);
        Field(yaml, "source_url", matter.SourceUrl);
        Field(yaml, "source_sha256", matter.SourceSha256);
        if (matter.Captured is { } captured)
        {
            yaml.Append("captured: ").Append(YamlText.Date(captured)).Append('\n');
        }

        if (matter.RemovedLines.Count > 0)
        {
            yaml.Append("removed_lines:\n");
            foreach (var removal in matter.RemovedLines)
            {
                yaml.Append("  ").Append(YamlText.Scalar(removal.Rule)).Append(": ").Append(removal.Lines.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        if (matter.Draft)
        {
            yaml.Append("draft: true\n");
        }

        List(yaml, "aliases", matter.Aliases);
        return Document(yaml, body);
    }

    public static string Write(AuthorFrontMatter matter, string body)
    {
        var yaml = new StringBuilder();
        Field(yaml, "name", matter.Name);
        List(yaml, "aliases", matter.Aliases);
        List(yaml, "affiliations", matter.Affiliations);
        return Document(yaml, body);
    }

    public static string Write(PersonFrontMatter matter, string body)
    {
        var yaml = new StringBuilder();
        Field(yaml, "name", matter.Name);
        List(yaml, "aliases", matter.Aliases);
        Field(yaml, "description", matter.Description);
        Field(yaml, "born", matter.Born?.Iso);
        Field(yaml, "died", matter.Died?.Iso);
        List(yaml, "in_office", matter.InOffice);
        return Document(yaml, body);
    }

    public static string Write(ThemeFrontMatter matter, string body)
    {
        var yaml = new StringBuilder();
        Field(yaml, "title", matter.Title);
        Field(yaml, "description", matter.Description);
        List(yaml, "keywords", matter.Keywords);
        return Document(yaml, body);
    }

    private static void Field(StringBuilder yaml, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            yaml.Append(key).Append(": ").Append(YamlText.Scalar(value)).Append('\n');
        }
    }

    private static void List(StringBuilder yaml, string key, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            yaml.Append(key).Append(": ").Append(YamlText.FlowList(values)).Append('\n');
        }
    }

    private static string Document(StringBuilder yaml, string body)
    {
        var text = new StringBuilder("---\n").Append(yaml).Append("---\n");
        var trimmed = body.Trim('\n');
        if (trimmed.Length > 0)
        {
            text.Append('\n').Append(trimmed).Append('\n');
        }

        return text.ToString();
    }
}
