namespace Reader.Ingest.Tests;

public sealed class CleaningReportTests
{
    [Fact]
    public void Reports_removals_per_rule_in_pipeline_order_with_samples()
    {
        var report = new Cleaner().Clean(RepoPaths.LoadSeed("004_50d27fa01f8bb791")).Report;
        var order = CleaningPipeline.Rules.Select(r => r.Name).Append(Reader.Ingest.Text.DumpCleaner.ClassifierName).ToList();
        var rules = report.Removals.Select(r => r.Rule).ToList();
        Assert.Equal(rules.OrderBy(order.IndexOf), rules);
        var debug = Assert.Single(report.Removals, r => r.Rule == "RemoveRenderDebugLines");
        Assert.StartsWith("Hostname:", debug.Samples[0]);
        Assert.All(report.Removals, r => Assert.InRange(r.Samples.Count, 1, 3));
    }

    [Fact]
    public void Counts_add_up_to_the_page()
    {
        var page = RepoPaths.LoadSeed("000_554a41081c653126");
        var report = new Cleaner().Clean(page).Report;
        var nonBlank = page.Text.Split('\n').Count(l => l.Trim().Length > 0);
        Assert.Equal(nonBlank, report.LinesKept + report.LinesRemoved);
        Assert.Equal(report.LinesRemoved, report.Removals.Sum(r => r.Lines));
        Assert.Equal(report.CharactersRemoved, report.Removals.Sum(r => r.Characters));
    }

    [Fact]
    public void Warns_about_missing_date_and_publisher()
    {
        var warnings = new Cleaner().Clean(RepoPaths.LoadSeed("001_e2094788bb99359a")).Report.Warnings;
        Assert.Equal(["no publication date stated", "no publisher found"], warnings);
    }
}
