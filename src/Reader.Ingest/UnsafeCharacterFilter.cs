using Reader.Content;

namespace Reader.Ingest;

/// <summary>
/// Removes from a cleaned article every character no page or feed can hold (<see cref="UnsafeCharacters"/>): a
/// U+FFFE in the text or a control character an HTML page wrote as <c>&amp;#14;</c> would otherwise be written to
/// <c>input/</c> and stop every later build. Runs on the assembled article, after the cleaner, so no rule needs to care.
/// </summary>
public static class UnsafeCharacterFilter
{
    /// <returns>The article without them; a warning saying what was removed is added to <paramref name="warnings"/>.</returns>
    public static CleanedArticle Apply(CleanedArticle article, List<string> warnings)
    {
        var removed = 0;
        var found = new List<string>();
        string Clean(string text)
        {
            if (!UnsafeCharacters.Any(text))
            {
                return text;
            }

            found.Add(UnsafeCharacters.Describe(text));
            var clean = UnsafeCharacters.Remove(text, out var count);
            removed += count;
            return clean;
        }

        string? CleanOrNull(string? text) => text is null ? null : Clean(text);

        var matter = article.FrontMatter;
        var cleaned = article with
        {
            FrontMatter = matter with
            {
                Title = Clean(matter.Title),
                Subtitle = CleanOrNull(matter.Subtitle),
                Authors = [.. matter.Authors.Select(a => a with { Name = Clean(a.Name), Affiliation = CleanOrNull(a.Affiliation) })],
                Publisher = CleanOrNull(matter.Publisher),
                OriginalPublisher = CleanOrNull(matter.OriginalPublisher),
                Kind = Clean(matter.Kind),
                Language = Clean(matter.Language),
                OtherLanguages = [.. matter.OtherLanguages.Select(Clean)],
                Summary = CleanOrNull(matter.Summary),
                SourceUrl = CleanOrNull(matter.SourceUrl),
            },
            Body = Clean(article.Body),
            AuthorBios = article.AuthorBios.ToDictionary(b => Clean(b.Key), b => Clean(b.Value), StringComparer.Ordinal),
        };
        if (removed == 0)
        {
            return article;
        }

        var kinds = string.Join(", ", found.SelectMany(f => f.Split(", ")).Where(f => f != "…").Distinct(StringComparer.Ordinal).Take(3));
        // The summary repeats the first paragraph, so a count over all fields would count one character twice.
        warnings.Add($"removed control characters or non-characters ({kinds}), which no page or feed can hold");
        return cleaned;
    }
}
