using Reader.Content;

namespace Reader.Ingest.Tests;

/// <summary>The cleaned Markdown file of every seed and fixture, front matter included, is pinned by a reviewed golden file.</summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Seeds() => [.. RepoPaths.SeedNames()];

    public static TheoryData<string> Fixtures() => [.. RepoPaths.FixtureNames()];

    public static TheoryData<string> EvaluationPages() => [.. Evaluation.EvaluationSet.Names()];

    [Theory]
    [MemberData(nameof(EvaluationPages))]
    public void Evaluation_page_cleans_to_its_verified_article(string name) => Check("html_" + name, Evaluation.EvaluationSet.Html(name));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_cleans_to_its_verified_article(string name) => Check(name, RepoPaths.LoadSeed(name));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_cleans_to_its_verified_article(string name) => Check(name, RepoPaths.LoadFixture(name));

    private static void Check(string name, SeedPage page)
    {
        var result = new Cleaner().Clean(page);
        GoldenFile.Verify(name, FrontMatterWriter.Write(result.FrontMatter, result.Body));
    }
}
