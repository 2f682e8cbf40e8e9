using System.Globalization;

namespace Reader.Ingest;

/// <summary>Why a file in <c>seeds/</c> cannot be an article at all, before any cleaning: it is empty, binary or too large.</summary>
/// <param name="Message">What is wrong, e.g. "the seed is empty".</param>
/// <param name="Hint">How to fix it, e.g. "remove it from seeds/".</param>
public sealed record SeedProblem(string Message, string Hint)
{
    public static SeedProblem Empty { get; } = new("the seed is empty", "remove it from seeds/, or save the page again");

    public static SeedProblem Binary { get; } = new("not a text or HTML page (binary data)", "remove it from seeds/");

    public static SeedProblem TooLarge(long bytes) => new(
        string.Create(CultureInfo.InvariantCulture, $"larger than the {SeedDecoder.MaxBytes / (1024 * 1024)} MB limit for one page ({bytes / (1024.0 * 1024.0):0.0} MB)"),
        "is it really one article? save the article page on its own, or remove the file from seeds/");
}
