using Reader.Cli.Serve;

namespace Reader.Cli.Tests;

/// <summary>A rebuild trusts the watcher's list of changed files only when nothing else could have changed input/.</summary>
public class SourceChangesTests
{
    [Fact]
    public void Content_and_theme_changes_name_the_content_files()
    {
        var changes = new SourceChanges([(SourceKind.Input, "/p/input/articles/a.md"), (SourceKind.Theme, "/p/theme/site.css")]);

        Assert.Equal(["/p/input/articles/a.md"], changes.InputFiles);
    }

    [Fact]
    public void Lost_events_mean_every_file_is_checked()
    {
        var changes = new SourceChanges([(SourceKind.Input, "/p/input")], Complete: false);

        Assert.Null(changes.InputFiles);
    }

    [Theory]
    [InlineData(SourceKind.Seeds)]
    [InlineData(SourceKind.Settings)]
    public void Seeds_and_settings_mean_every_file_is_checked(SourceKind kind)
    {
        // Ingest writes to input/ itself, and new settings may point at another input folder.
        var changes = new SourceChanges([(SourceKind.Input, "/p/input/articles/a.md"), (kind, "/p/x")]);

        Assert.Null(changes.InputFiles);
    }
}
