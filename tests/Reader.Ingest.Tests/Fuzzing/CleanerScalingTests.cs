using System.Text;
using Reader.Testing;
using Xunit.Abstractions;

namespace Reader.Ingest.Tests.Fuzzing;

/// <summary>
/// No input may make cleaning take more than linear time in its size. Compared as a ratio of two sizes on the same
/// machine (10× the input: ~10 when linear, ~100 when quadratic), never as an absolute time.
/// </summary>
[Collection(nameof(TimingCollection))]
public sealed class CleanerScalingTests(ITestOutputHelper output)
{
    private const string Paragraph =
        "The negotiations between the two governments continued through the winter, and the islands remained the central question of every meeting held in Tokyo and Moscow.";

    public static TheoryData<string> Shapes => ["text-prose", "text-menu", "text-long-line", "html-prose", "html-nested", "html-menu"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Cleaning_time_grows_linearly(string shape)
    {
        var cleaner = new Cleaner();
        var small = Page(shape, 300);
        var large = Page(shape, 3000);

        // Warm-up, so both sizes run the same optimised (tier-1) code rather than the small one running first-call code.
        for (var i = 0; i < 5; i++)
        {
            cleaner.Clean(small);
        }

        cleaner.Clean(large);

        output.WriteLine($"{shape}: {small.Text.Length:N0} → {large.Text.Length:N0} chars");
        CpuTimer.AssertGrowsLinearly(shape, () => cleaner.Clean(small), () => cleaner.Clean(large), output.WriteLine);
    }

    public static SeedPage Page(string shape, int n) => shape switch
    {
        "text-prose" => SeedPage.FromText("A Title Of The Article\n\n" + Repeat(n, i => $"{Paragraph} {i}\n\n")),
        "text-menu" => SeedPage.FromText("Example News\n\n" + Repeat(n * 10, i => $"  * Section {i % 40}\n") + "\n" + Repeat(n, i => $"{Paragraph} {i}\n\n")),
        "text-long-line" => SeedPage.FromText("A Long Line\n\n" + Repeat(n, i => $"{Paragraph} {i} ") + "\n"),
        "html-prose" => Html(Repeat(n, i => $"<p>{Paragraph} {i}</p>")),
        "html-nested" => Html(Repeat(n / 10, i => $"<div><section><div><h2>Part {i}</h2>" + Repeat(10, j => $"<p>{Paragraph} <em>{j}</em></p>") + "</div></section></div>")),
        "html-menu" => Html("<nav><ul>" + Repeat(n * 5, i => $"<li><a href=\"/s{i}\">Section {i}</a></li>") + "</ul></nav>" + Repeat(n, i => $"<p>{Paragraph} {i}</p>")),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    private static SeedPage Html(string body) =>
        SeedPage.FromText($"<!doctype html><html><head><title>A Title</title></head><body><article><h1>A Title</h1>{body}</article></body></html>", "seeds/x.html");

    private static string Repeat(int count, Func<int, string> item)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(item(i));
        }

        return builder.ToString();
    }
}
