using System.Text.RegularExpressions;
using Reader.Content;
using Reader.Ingest.Markdown;
using Reader.Ingest.Text;

namespace Reader.Ingest.Metadata;

/// <summary>
/// Turns what the rules found, plus evidence in the body itself (standfirst credits, reprint notes,
/// scripts), into front matter and bios, warning about whatever had to be derived or is missing.
/// </summary>
public static partial class ArticleAssembler
{
    private const int AbstractPageMaxWords = 1200;
    private const int StandfirstReach = 3;

    public static (ArticleFrontMatter FrontMatter, IReadOnlyDictionary<string, string> Bios) Assemble(
        SeedPage page, PageMetadata metadata, IReadOnlyList<BodyBlock> blocks, bool isInterview)
    {
        AddInterviewCredits(metadata, isInterview);
        AddStandfirstCredit(metadata, blocks);
        ExpandAcronymAffiliations(metadata);

        var (language, others) = Languages(blocks);
        var publisher = metadata.Publisher ?? metadata.SiteName ?? metadata.ImprintPublisher;
        var original = OriginalPublisher(blocks)
            ?? (metadata.ImprintPublisher is { } imprint && !SiteNameFinder.SameName(imprint, publisher ?? "") ? imprint : null);
        var matter = new ArticleFrontMatter
        {
            Title = Title(metadata, blocks),
            Subtitle = metadata.Subtitle,
            Authors = [.. metadata.Authors],
            Date = metadata.Date,
            Publisher = publisher,
            OriginalPublisher = original,
            Kind = Kind(metadata, blocks, isInterview),
            Language = language,
            OtherLanguages = others,
            Summary = Summary(blocks),
            Source = page.Source,
            SourceSha256 = page.Sha256,
        };

        Warn(metadata, matter, blocks);
        return (matter, new Dictionary<string, string>(metadata.Bios, StringComparer.Ordinal));
    }

    /// <summary>The page says it is an interview: in its title or subtitle, or by crediting an interviewer.</summary>
    public static bool IsInterview(PageMetadata metadata) =>
        InterviewWord().IsMatch(metadata.Title ?? "") || InterviewWord().IsMatch(metadata.Subtitle ?? "")
        || metadata.Authors.Any(a => a.Role == AuthorRole.Interviewer);

    // "Interview with X": X is interviewed; everyone the byline credits asked the questions.
    private static void AddInterviewCredits(PageMetadata metadata, bool isInterview)
    {
        if (!isInterview)
        {
            return;
        }

        var interviewee = BylineParser.ParseInterview(metadata.Subtitle ?? "") ?? BylineParser.ParseInterview(metadata.Title ?? "");
        var others = metadata.Authors.Where(a => interviewee is null || PersonName.Key(a.Name) != PersonName.Key(interviewee.Name)).ToList();
        if (interviewee is null)
        {
            return;
        }

        metadata.ReplaceAuthors([]);
        metadata.AddAuthor(interviewee.Name, AuthorRole.Interviewee, interviewee.Affiliation, interviewee.Title);
        foreach (var other in others)
        {
            metadata.AddAuthor(other.Name, other.Role == AuthorRole.Author ? AuthorRole.Interviewer : other.Role, other.Affiliation);
        }
    }

    // A standfirst naming the writer ("…, notes Tokyo Foundation President Masahiro Akiyama"). A person it names is taken
    // as the author only when nobody else is credited or it names a credited author: standfirsts also quote other people.
    private static void AddStandfirstCredit(PageMetadata metadata, IReadOnlyList<BodyBlock> blocks)
    {
        foreach (var block in blocks.Where(b => b.Kind == BodyBlockKind.Paragraph).Take(2))
        {
            if (BylineParser.ParseAttribution(block.Text) is not { } credit)
            {
                continue;
            }

            var known = metadata.Authors.Any(a => PersonName.Key(a.Name) == PersonName.Key(credit.Name));
            if (known || metadata.Authors.Count == 0)
            {
                metadata.AddAuthor(credit.Name, AuthorRole.Author, credit.Affiliation, credit.Title);
            }

            return;
        }
    }

    // Bylines shorten the site's own name to its initials ("SPF Senior Research Fellow"); spell it out.
    private static void ExpandAcronymAffiliations(PageMetadata metadata)
    {
        if (metadata.SiteName is not { } site)
        {
            return;
        }

        var initials = SiteNameFinder.Initials(site);
        var expanded = TheRegex().Replace(site, "");
        metadata.ReplaceAuthors(metadata.Authors.Select(a =>
            a.Affiliation is { Length: >= 2 } aff && aff.All(char.IsUpper) && aff == initials ? a with { Affiliation = expanded } : a));
    }

    private static string Title(PageMetadata metadata, IReadOnlyList<BodyBlock> blocks)
    {
        if (!string.IsNullOrWhiteSpace(metadata.Title))
        {
            return metadata.Title;
        }

        var highlight = blocks.Take(StandfirstReach).FirstOrDefault(b => b.Kind == BodyBlockKind.List && LineShape.WordCount(b.Items[0]) >= 5);
        if (highlight is not null)
        {
            metadata.Warnings.Add("the page states no title; title derived from the first highlight");
            return TitleFinder.Derive(highlight.Items[0]);
        }

        var paragraph = blocks.FirstOrDefault(b => b.Kind is BodyBlockKind.Paragraph or BodyBlockKind.Question);
        if (paragraph is not null)
        {
            metadata.Warnings.Add("the page states no title; title derived from the first sentence");
            return TitleFinder.Derive(paragraph.Text);
        }

        metadata.Warnings.Add("the page states no title and has no text to derive one from; title set to 'Untitled'");
        return "Untitled";
    }

    private static string Kind(PageMetadata metadata, IReadOnlyList<BodyBlock> blocks, bool isInterview)
    {
        if (metadata.StatedKind is { } stated)
        {
            return stated;
        }

        if (isInterview)
        {
            return "interview";
        }

        var words = blocks.Sum(b => LineShape.WordCount(b.AllText));
        var startsWithAbstract = blocks.FirstOrDefault() is { Kind: BodyBlockKind.Heading } first && first.Text.Equals("Abstract", StringComparison.OrdinalIgnoreCase);
        return (metadata.PointsToFullText && words <= AbstractPageMaxWords) || startsWithAbstract ? "abstract" : "article";
    }

    /// <summary>The section a "Summary"/"Abstract" heading opens, else a standfirst before an early break, else the first paragraph.</summary>
    public static string? Summary(IReadOnlyList<BodyBlock> blocks)
    {
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            if (blocks[i].Kind == BodyBlockKind.Heading && Data.Phrases.SummaryHeadings.Matches(blocks[i].Text) && blocks[i + 1].Kind == BodyBlockKind.Paragraph)
            {
                return blocks[i + 1].Text;
            }
        }

        var firstBreak = blocks.Take(StandfirstReach + 1).ToList().FindIndex(b => b.Kind == BodyBlockKind.Break);
        if (firstBreak > 0 && blocks[firstBreak - 1].Kind == BodyBlockKind.Paragraph)
        {
            return blocks[firstBreak - 1].Text;
        }

        // Interview questions are not a summary of the answers; the first plain paragraph is.
        return blocks.FirstOrDefault(b => b.Kind == BodyBlockKind.Paragraph)?.Text;
    }

    /// <summary>"Reprinted with permission from the website of the Valdai Discussion Club", "originally published by …".</summary>
    /// <remarks>
    /// The credit line itself stays in the body, on purpose: it is the article's own text, and reprint permissions
    /// usually require it to be shown with the article. No rule removes it; front matter only repeats the publisher's name.
    /// </remarks>
    public static string? OriginalPublisher(IReadOnlyList<BodyBlock> blocks)
    {
        foreach (var block in blocks.Where(b => b.Kind == BodyBlockKind.Paragraph))
        {
            var match = ReprintPattern().Match(block.Text);
            if (match.Success)
            {
                // The name ends where its sentence does: "… the Valdai Discussion Club. Japan has …".
                var name = match.Groups["name"].Value.Trim();
                var end = name.IndexOf(". ", StringComparison.Ordinal);
                return TrailingConnector().Replace((end < 0 ? name : name[..end]).TrimEnd('.'), "");
            }
        }

        return null;
    }

    private static (string Main, IReadOnlyList<string> Others) Languages(IReadOnlyList<BodyBlock> blocks)
    {
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (language, count) in blocks.SelectMany(b => LanguageDetector.Count(b.AllText)))
        {
            totals[language] = totals.GetValueOrDefault(language) + count;
        }

        var main = LanguageDetector.Dominant(totals) ?? "en";
        var others = blocks.Select(b => b.Language).OfType<string>().Where(l => l != main).Distinct(StringComparer.Ordinal).ToList();

        // The script says Latin or Cyrillic; the function words say which language written in it.
        var named = PageLanguage.Detect(string.Join('\n', blocks.Select(b => b.AllText)));
        return (named is not null && LanguageDetector.ScriptCode(named) == main ? named : main, others);
    }

    private static void Warn(PageMetadata metadata, ArticleFrontMatter matter, IReadOnlyList<BodyBlock> blocks)
    {
        if (blocks.Count == 0)
        {
            metadata.Warnings.Add("no article body found");
        }

        if (matter.Authors.Count == 0)
        {
            metadata.Warnings.Add("no author found");
        }

        if (matter.Date is null)
        {
            metadata.Warnings.Add("no publication date stated");
        }

        if (matter.Publisher is null)
        {
            metadata.Warnings.Add("no publisher found");
        }
    }

    [GeneratedRegex(@"(?:\s+(?:of|for|and|on|&))+$")]
    private static partial Regex TrailingConnector();

    [GeneratedRegex(@"\binterview\b", RegexOptions.IgnoreCase)]
    private static partial Regex InterviewWord();

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase)]
    private static partial Regex TheRegex();

    [GeneratedRegex(@"(?:[Oo]riginally\s+(?:published|appeared)\s+(?:by|in|on)|[Rr]eprinted\s+(?:with\s+(?:kind\s+)?permission\s+)?from)\s+(?:the\s+(?:website|site|blog|pages)\s+of\s+)?(?:[Tt]he\s+)?(?<name>\p{Lu}[\p{L}&’'.-]*(?:\s+(?:of|for|and|on|&|\p{Lu}[\p{L}&’'.-]*))*)")]
    private static partial Regex ReprintPattern();
}
