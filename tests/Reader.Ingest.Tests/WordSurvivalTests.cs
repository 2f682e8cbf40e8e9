namespace Reader.Ingest.Tests;

/// <summary>Every word of the article region of each seed reaches the body, in order.</summary>
public sealed class WordSurvivalTests
{
    /// <summary>Article regions: from a start marker (inclusive) to an end marker (exclusive), as read in the seeds.</summary>
    public static TheoryData<string, string, string> Regions() => new()
    {
        { "000_554a41081c653126", "How has the COVID-19", "\nAdditional links:" },
        { "001_e2094788bb99359a", "With Russian President", "  • Ambassador" },
        { "002_e081191c5fe33cf7", "Sergey Naryshkin", "    • President" },
        { "003_d85b9e6b9118eab7", "The article analyzes", "Read more" },
        { "003_d85b9e6b9118eab7", "Московский", "Full Text" },
        { "004_50d27fa01f8bb791", "Summary\n", "Type\nChapter" },
    };

    [Theory]
    [MemberData(nameof(Regions))]
    public void Every_word_of_the_article_survives_in_order(string seed, string start, string end)
    {
        var page = RepoPaths.LoadSeed(seed);
        var from = page.Text.IndexOf(start, StringComparison.Ordinal);
        var to = page.Text.IndexOf(end, from, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"markers not found in {seed}");

        var expected = Words(page.Text[from..to]);
        var actual = Words(Unmark(new Cleaner().Clean(page).Body));
        var position = 0;
        foreach (var word in expected)
        {
            var found = actual.IndexOf(word, position);
            Assert.True(found >= 0, $"'{word}' is missing (or out of order) after output word {position} in {seed}");
            position = found + 1;
        }
    }

    // Bullet marks and separator stars are layout, not words; the writer turns them into list markers and breaks. A full
    // stop or comma is compared without the space a dump may set before it ("Club ." is "Club.").
    private static List<string> Words(string text) =>
        [.. text.Split((char[]?)[' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.All(c => c is '•' or '*' or '.' or ','))
            .Select(w => w.TrimEnd('.', ','))];

    // Undo the Markdown the writer adds: escapes, bold markers, heading and list markers, language blocks.
    private static string Unmark(string markdown)
    {
        var lines = markdown.Split('\n').Where(l => !l.StartsWith("<div", StringComparison.Ordinal) && l != "</div>" && l != "* * *")
            .Select(l => l.StartsWith("## ", StringComparison.Ordinal) ? l[3..] : l.StartsWith("- ", StringComparison.Ordinal) ? l[2..] : l)
            .Select(l => l.Replace("**", "", StringComparison.Ordinal));
        return System.Text.RegularExpressions.Regex.Replace(string.Join('\n', lines), @"\\(\p{P}|\p{S})", "$1");
    }
}
