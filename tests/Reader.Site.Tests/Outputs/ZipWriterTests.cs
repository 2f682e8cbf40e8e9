using System.IO.Compression;
using System.Text;
using Reader.Site.Outputs.Epub;

namespace Reader.Site.Tests.Outputs;

public sealed class ZipWriterTests
{
    [Fact]
    public void Writes_a_zip_that_reads_back_entry_by_entry_in_order()
    {
        var chapter = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>Deflated once, stored in many books.</p>\n", 200)));
        var zip = new ZipWriter();
        zip.AddStored("mimetype", "application/epub+zip"u8);
        zip.Add("EPUB/text/a.xhtml", DeflatedFile.Of(chapter));
        zip.Add("EPUB/images/карта.png", DeflatedFile.Of([1, 2, 3]));
        zip.Add("EPUB/empty.css", DeflatedFile.Of([]));
        var bytes = zip.Finish().ToArray();

        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(["mimetype", "EPUB/text/a.xhtml", "EPUB/images/карта.png", "EPUB/empty.css"], archive.Entries.Select(e => e.FullName));
        Assert.Equal(chapter, Read(archive.Entries[1]));
        Assert.True(archive.Entries[1].CompressedLength < chapter.Length / 10);
        Assert.Equal([1, 2, 3], Read(archive.Entries[2]));
        Assert.Empty(Read(archive.Entries[3]));
        Assert.All(archive.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));

        // EPUB: the mimetype comes first, stored, with no extra field, so its text sits at byte 38.
        Assert.Equal(archive.Entries[0].Length, archive.Entries[0].CompressedLength);
        Assert.Equal("application/epub+zip", Encoding.ASCII.GetString(bytes, 38, 20));
    }

    [Fact]
    public void The_same_entries_make_the_same_bytes()
    {
        static byte[] Make()
        {
            var zip = new ZipWriter();
            zip.AddStored("mimetype", "application/epub+zip"u8);
            zip.Add("a.txt", DeflatedFile.Of("the same text"u8));
            return zip.Finish().ToArray();
        }

        Assert.Equal(Make(), Make());
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
