using Reader.Ingest.Text;

namespace Reader.Ingest.Tests.Text;

public sealed class LynxReferencesTests
{
    [Fact]
    public void Removes_inline_markers_and_the_trailing_reference_list()
    {
        var dump = "Read the [1]report and the [12]annex.\n\nReferences\n\n   1. https://example.org/report\n  12. https://example.org/annex\n";

        Assert.Equal("Read the report and the annex.\n", LynxReferences.Strip(dump));
    }

    [Fact]
    public void Leaves_bracketed_numbers_alone_when_there_is_no_reference_list()
    {
        const string Dump = "A citation [1] in an ordinary page.\n";

        Assert.Equal(Dump, LynxReferences.Strip(Dump));
    }
}
