using System.Text;

namespace Reader.Ingest.Markdown;

/// <summary>
/// Writes body blocks as Markdown: blank-line separated blocks, <c>##</c> headings, <c>- </c> lists,
/// bold interview questions, <c>* * *</c> breaks, and passages in another language inside
/// <c>&lt;div lang="…"&gt;</c> so the site can mark them up.
/// </summary>
public static class MarkdownBodyWriter
{
    /// <param name="articleLanguage">The article's main language ("de"); passages are compared with it by script.</param>
    public static string Write(IReadOnlyList<BodyBlock> blocks, string articleLanguage)
    {
        var mainLanguage = Metadata.LanguageDetector.ScriptCode(articleLanguage);
        var parts = new List<string>();
        var group = new List<string>();
        string? groupLanguage = null;
        var languages = EffectiveLanguages(blocks, mainLanguage);

        for (var i = 0; i < blocks.Count; i++)
        {
            var language = languages[i];
            if (language != groupLanguage)
            {
                CloseGroup();
                groupLanguage = language;
            }

            (language == mainLanguage ? parts : group).Add(Render(blocks[i]));
        }

        CloseGroup();
        return parts.Count == 0 ? "" : string.Join("\n\n", parts) + "\n";

        void CloseGroup()
        {
            if (group.Count > 0)
            {
                parts.Add($"<div lang=\"{groupLanguage}\">\n\n{string.Join("\n\n", group)}\n\n</div>");
                group.Clear();
            }
        }
    }

    public static string Render(BodyBlock block) => block.Kind switch
    {
        BodyBlockKind.Heading => "## " + MarkdownEscaper.EscapeHeading(block.Text),
        BodyBlockKind.Question => "**" + MarkdownEscaper.Escape(block.Text, atLineStart: false) + "**",
        BodyBlockKind.List => string.Join('\n', block.Items.Select((item, i) => Marker(block, i) + MarkdownEscaper.Escape(item))),
        BodyBlockKind.Break => "* * *",
        _ => MarkdownEscaper.Escape(block.Text),
    };

    private static string Marker(BodyBlock block, int index) =>
        block.FirstNumber is { } first ? $"{first + index}. " : "- ";

    /// <summary>Blocks without letters (breaks, numbers) belong to the passage around them.</summary>
    private static string[] EffectiveLanguages(IReadOnlyList<BodyBlock> blocks, string mainLanguage)
    {
        var languages = new string[blocks.Count];
        var current = mainLanguage;
        for (var i = 0; i < blocks.Count; i++)
        {
            current = blocks[i].Language ?? current;
            languages[i] = blocks[i].Kind == BodyBlockKind.Break ? mainLanguage : current;
        }

        return languages;
    }
}
