using System.Globalization;
using System.Text.RegularExpressions;

namespace Reader.Ingest.Themes;

/// <summary>
/// One piece of evidence for a theme, written in theme front matter as <c>phrase</c>, <c>phrase|weight</c>
/// or <c>prefix*|weight</c> (a trailing star matches word endings, for inflected languages such as Russian).
/// </summary>
public sealed record ThemeKeyword(string Phrase, int Weight, Regex Pattern)
{
    public static ThemeKeyword Parse(string text)
    {
        var bar = text.LastIndexOf('|');
        var weight = 1;
        var phrase = text;
        if (bar > 0 && int.TryParse(text[(bar + 1)..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            weight = parsed;
            phrase = text[..bar];
        }

        phrase = phrase.Trim();
        var prefix = phrase.EndsWith('*');
        var core = Regex.Escape(phrase.TrimEnd('*')).Replace("\\ ", "\\s+", StringComparison.Ordinal).Replace("-", "[-–]", StringComparison.Ordinal);
        var pattern = $@"(?<!\w){core}{(prefix ? @"\w*" : @"(?!\w)")}";
        // No time limit: the pattern is a literal with \s+ and \w* (linear, nothing to backtrack into), and a wall-clock
        // limit made ingest's themes depend on how busy the machine was.
        return new ThemeKeyword(phrase, weight, new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Regex.InfiniteMatchTimeout));
    }
}
