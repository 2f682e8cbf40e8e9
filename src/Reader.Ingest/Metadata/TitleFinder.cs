using System.Text.RegularExpressions;
using Reader.Ingest.Data;
using Reader.Ingest.Text;

namespace Reader.Ingest.Metadata;

/// <summary>Recognises a page's own title among the lines above its body, and derives one when a page has none.</summary>
public static partial class TitleFinder
{
    public const int MaxDerivedLength = 120;

    /// <summary>
    /// Could be the title: a plain line of a few words that is not a known section heading, a menu entry,
    /// the site's name or a date, and does not end like a clause.
    /// </summary>
    public static bool IsCandidate(string text, string? siteName, IReadOnlySet<string> navigationTerms)
    {
        var words = LineShape.WordCount(text);
        var spaceless = words == 1 && text.Count(char.IsLetter) >= 4 && !text.Any(char.IsAscii);
        return (words >= 2 || spaceless) && text.Length <= 250
            && !text.EndsWith(':') && !text.EndsWith(',')
            && text.Any(char.IsLetter)
            && !Phrases.SectionHeadings.Matches(text)
            && !navigationTerms.Contains(LineShape.Normalize(text))
            && (siteName is null || !SiteNameFinder.SameName(siteName, text))
            && (words > 6 || DateParser.FindIn(text) is null);
    }

    /// <summary>"20 - The Role of China…" → "The Role of China…": a chapter or item number is not part of the title.</summary>
    public static string StripNumbering(string title) => NumberingPattern().Replace(title.Trim(), "").Trim();

    /// <summary>
    /// A title made from a highlight or first sentence: lead-ins like "The article analyzes" dropped,
    /// cut at a word boundary to at most <see cref="MaxDerivedLength"/> characters.
    /// </summary>
    public static string Derive(string text)
    {
        var sentence = FirstSentence(text.Trim());
        var withoutLeadIn = LeadInPattern().Replace(sentence, "");
        if (withoutLeadIn.Length > 0 && withoutLeadIn != sentence)
        {
            sentence = char.ToUpperInvariant(withoutLeadIn[0]) + withoutLeadIn[1..];
        }

        sentence = sentence.TrimEnd('.', ' ');
        if (sentence.Length <= MaxDerivedLength)
        {
            return sentence;
        }

        var cut = sentence.LastIndexOf(' ', MaxDerivedLength - 1);
        return (cut > MaxDerivedLength / 2 ? sentence[..cut] : sentence[..(MaxDerivedLength - 1)]).TrimEnd(',', ';', ':', ' ') + "…";
    }

    private static string FirstSentence(string text)
    {
        var match = SentenceEnd().Match(text);
        return match.Success ? text[..(match.Index + 1)] : text;
    }

    [GeneratedRegex(@"^(?:(?:Chapter|Ch\.|Part)\s+)?\d{1,3}(?:\.\d{1,3})*\s*[-–—.:)]\s+", RegexOptions.IgnoreCase)]
    private static partial Regex NumberingPattern();

    [GeneratedRegex(@"^(?:This|The)\s+(?:article|paper|chapter|study|report|essay|author|authors)\s+(?:analy[sz]es|examines|explores|discusses|considers|investigates|studies|describes|reviews|assesses|argues\s+that|shows\s+that)\s+(?:the\s+(?=\p{Ll}))?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadInPattern();

    // A full stop that ends a sentence: after a lower-case letter or digit, before a space and a capital.
    [GeneratedRegex(@"(?<=[\p{Ll}\d\)])[.!?](?=\s+[\p{Lu}“""])")]
    private static partial Regex SentenceEnd();
}
