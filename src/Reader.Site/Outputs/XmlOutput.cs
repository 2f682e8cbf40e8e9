using System.Text;
using System.Xml;

namespace Reader.Site.Outputs;

/// <summary>XmlWriter set up for byte-identical output: UTF-8 without BOM, "\n", two-space indent.</summary>
public static class XmlOutput
{
    /// <returns>The document in UTF-8, ending in "\n".</returns>
    public static ReadOnlyMemory<byte> Write(Action<XmlWriter> write)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };

        // The bytes are handed on as written: a site feed of whole articles is megabytes, and every copy of it as
        // a string or array would be a large object, each of which brings a full collection nearer.
        var stream = new MemoryStream();
        using (var writer = new CleanXmlWriter(XmlWriter.Create(stream, settings)))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.GetBuffer().AsMemory(0, (int)stream.Length);
    }
}
