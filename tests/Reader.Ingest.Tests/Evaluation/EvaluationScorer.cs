using System.Text.RegularExpressions;

namespace Reader.Ingest.Tests.Evaluation;

/// <summary>
/// The benchmark's metric: words (<c>\w+</c>) grouped into overlapping 4-word shingles; precision and recall per
/// page from the shingles the extraction shares with the label (counted with repeats); each averaged over pages;
/// F1 of the two averages.
/// </summary>
public static partial class EvaluationScorer
{
    private const int ShingleSize = 4;

    public static (double Precision, double Recall) Score(string expected, string extracted)
    {
        var truth = Shingles(expected);
        var found = Shingles(extracted);
        if (truth.Count == 0 && found.Count == 0)
        {
            return (1, 1);
        }

        var shared = 0;
        foreach (var (shingle, count) in found)
        {
            shared += Math.Min(count, truth.GetValueOrDefault(shingle));
        }

        var foundTotal = found.Values.Sum();
        var truthTotal = truth.Values.Sum();

        // Nothing extracted: nothing wrong was said (precision 1) but nothing was found (recall 0).
        var precision = foundTotal == 0 ? 1 : (double)shared / foundTotal;
        var recall = truthTotal == 0 ? 1 : (double)shared / truthTotal;
        return (precision, recall);
    }

    /// <summary>F1 of the average precision and the average recall over pages (not the average of per-page F1).</summary>
    public static (double Precision, double Recall, double F1) Overall(IReadOnlyCollection<(double Precision, double Recall)> pages)
    {
        var precision = pages.Average(p => p.Precision);
        var recall = pages.Average(p => p.Recall);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    public static Dictionary<string, int> Shingles(string text)
    {
        var words = WordPattern().Matches(text).Select(m => m.Value).ToList();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return shingles;
        }

        // A text shorter than a shingle is one shingle of all its words.
        var count = Math.Max(1, words.Count - ShingleSize + 1);
        for (var i = 0; i < count; i++)
        {
            var shingle = string.Join(' ', words.Skip(i).Take(ShingleSize));
            shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
        }

        return shingles;
    }

    /// <summary>The body's words as a reader sees them: front matter, Markdown markup, link targets and images removed.</summary>
    public static string PlainText(string markdown)
    {
        var text = FrontMatter().Replace(markdown, "");
        text = Image().Replace(text, "");
        text = FootnoteReference().Replace(text, "");
        text = Link().Replace(text, "$1");
        text = TableRule().Replace(text, "");
        text = HtmlTag().Replace(text, "");
        text = LineMarkers().Replace(text, "");
        text = text.Replace("\\", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal).Replace("|", " ", StringComparison.Ordinal);
        return text;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\A---\n.*?\n---\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[\^\d+\]:?")]
    private static partial Regex FootnoteReference();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^\|(?:\s*-+\s*\|)+\s*$", RegexOptions.Multiline)]
    private static partial Regex TableRule();

    [GeneratedRegex(@"</?div[^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^(?:\s*(?:#{1,6}|>|[-+]|\d+\.)\s+)+", RegexOptions.Multiline)]
    private static partial Regex LineMarkers();
}
